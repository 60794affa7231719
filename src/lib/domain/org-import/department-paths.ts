import { departmentNameProblem, suggestDepartmentCode } from '../org-fields';
import type {
	DepartmentRef,
	ImportColumn,
	ImportProblem,
	OrgSnapshot,
	PlannedDepartment,
	PlannedMove
} from './types';
import { ENGLISH_IMPORT_WORDS, type ImportWords } from './words';

type Department = OrgSnapshot['departments'][number];
type Placement = { parentRef: DepartmentRef | null; line: number; column: ImportColumn };

const ROOT = '';
const key = (parentRef: DepartmentRef | null, name: string) =>
	`${parentRef ?? ROOT}\u0000${name.toLowerCase()}`;

export type DepartmentResolution = { ref: DepartmentRef } | { problem: string };

/**
 * Resolves the department column and head_of entries. A value without “/” is a department code
 * (any case) or a top-level department's name. A path (Operations/Customer Support) is walked
 * from the top by name; a segment that names no department there but is exactly the code of one
 * elsewhere moves that department there; any other missing segment is a new department.
 */
export function createDepartmentResolver(
	snapshot: OrgSnapshot,
	words: ImportWords = ENGLISH_IMPORT_WORDS
) {
	const w = words.serverMessages.orgImport;
	const byId = new Map(snapshot.departments.map((d) => [d.id, d]));
	const byCode = new Map(snapshot.departments.map((d) => [d.code.toLowerCase(), d]));
	const active = new Map<string, Department>();
	const archived = new Map<string, Department>();
	for (const d of snapshot.departments)
		(d.archived ? archived : active).set(key(d.parentId, d.name), d);

	const created = new Map<string, PlannedDepartment>();
	const createdByRef = new Map<DepartmentRef, PlannedDepartment>();
	const placements = new Map<DepartmentRef, Placement>();
	const placedChildren = new Map<string, DepartmentRef>();
	const usedCodes = new Set(snapshot.departments.map((d) => d.code.toLowerCase()));

	const nameOf = (ref: DepartmentRef) => byId.get(ref)?.name ?? createdByRef.get(ref)?.name ?? '?';
	const pathSoFar = (ref: DepartmentRef): string => {
		const names: string[] = [];
		for (let r: DepartmentRef | null = ref; r !== null && names.length < 100;) {
			names.unshift(nameOf(r));
			// Where existing departments are now, and where new ones would go.
			const existing = byId.get(r);
			r = existing ? existing.parentId : (createdByRef.get(r)?.parentRef ?? null);
		}
		return names.join('/');
	};

	function place(
		ref: DepartmentRef,
		parentRef: DepartmentRef | null,
		line: number,
		column: ImportColumn
	) {
		const earlier = placements.get(ref);
		if (earlier && earlier.parentRef !== parentRef) {
			const where = (p: DepartmentRef | null) => (p ? pathSoFar(p) : null);
			return w.placedTwice(nameOf(ref), where(earlier.parentRef), earlier.line, where(parentRef));
		}
		if (!earlier) {
			placements.set(ref, { parentRef, line, column });
			placedChildren.set(key(parentRef, nameOf(ref)), ref);
		}
		return null;
	}

	function createUnder(parentRef: DepartmentRef | null, name: string, line: number): DepartmentRef {
		const existing = created.get(key(parentRef, name));
		if (existing) return existing.ref;
		const ref = `new:${created.size + 1}`;
		const code = suggestDepartmentCode(name, (c) => usedCodes.has(c.toLowerCase()));
		usedCodes.add(code.toLowerCase());
		const planned: PlannedDepartment = { ref, name, code, parentRef, path: '', line };
		created.set(key(parentRef, name), planned);
		createdByRef.set(ref, planned);
		return ref;
	}

	function resolveSingle(text: string): DepartmentResolution {
		const d = byCode.get(text.toLowerCase()) ?? active.get(key(null, text));
		if (d && !d.archived) return { ref: d.id };
		const planned = created.get(key(null, text));
		if (planned) return { ref: planned.ref };
		if (d || archived.has(key(null, text))) return { problem: w.archived(text) };
		return { problem: w.noSuchDepartment(text) };
	}

	function resolve(value: string, line: number, column: ImportColumn): DepartmentResolution {
		const text = value.trim();
		if (text === '') return { problem: w.enterDepartment };
		if (!text.includes('/')) return resolveSingle(text);
		const segments = text
			.replace(/^\/|\/$/g, '')
			.split('/')
			.map((s) => s.trim());
		if (segments.some((s) => s === '')) return { problem: w.emptyPart(text) };
		let parent: DepartmentRef | null = null;
		for (const [i, segment] of segments.entries()) {
			const nameProblem = departmentNameProblem(segment, words.serverMessages.fields);
			if (nameProblem) return { problem: w.inPath(segment, nameProblem) };
			const parentIsExisting = parent === null || byId.has(parent);
			const here = parentIsExisting ? active.get(key(parent, segment)) : undefined;
			// Inside a path only the exact code counts, so that a name never moves a department by
			// coincidence with a code made from it.
			const byExactCode = byCode.get(segment.toLowerCase());
			const coded = byExactCode?.code === segment ? byExactCode : undefined;
			let ref: DepartmentRef;
			if (here) ref = here.id;
			else if (created.has(key(parent, segment))) ref = createUnder(parent, segment, line);
			else if (placedChildren.has(key(parent, segment)))
				ref = placedChildren.get(key(parent, segment))!;
			else if (coded && !coded.archived) ref = coded.id;
			else if (coded || (parentIsExisting && archived.has(key(parent, segment)))) {
				return { problem: w.archived(segment) };
			} else ref = createUnder(parent, segment, line);
			// The first segment only anchors the path; later ones say where a department sits.
			if (i > 0 || !byId.has(ref)) {
				const conflict = place(ref, parent, line, column);
				if (conflict) return { problem: conflict };
			}
			parent = ref;
		}
		return { ref: parent as DepartmentRef };
	}

	function finish(): {
		newDepartments: PlannedDepartment[];
		moves: PlannedMove[];
		problems: ImportProblem[];
		paths: Map<DepartmentRef, string>;
	} {
		const problems: ImportProblem[] = [];
		const parentOf = (ref: DepartmentRef): DepartmentRef | null =>
			placements.has(ref)
				? (placements.get(ref)?.parentRef ?? null)
				: (byId.get(ref)?.parentId ?? createdByRef.get(ref)?.parentRef ?? null);

		for (const [ref, placement] of [...placements]) {
			const d = byId.get(ref);
			if (!d || d.parentId === placement.parentRef) continue;
			const seen = new Set<DepartmentRef>();
			for (let p = placement.parentRef; p !== null && !seen.has(p); p = parentOf(p)) {
				seen.add(p);
				if (p !== ref) continue;
				const target = placement.parentRef as string;
				problems.push({
					line: placement.line,
					column: placement.column,
					message: target === ref ? w.cycleItself(d.name) : w.cycleBelow(d.name, nameOf(target))
				});
				placements.delete(ref);
				break;
			}
		}

		const currentPath = memoPath((ref) => byId.get(ref)?.parentId ?? null, nameOf);
		const finalPath = memoPath(parentOf, nameOf);

		const siblings = new Map<string, DepartmentRef[]>();
		const all = [
			...snapshot.departments.filter((d) => !d.archived).map((d) => d.id),
			...createdByRef.keys()
		];
		for (const ref of all) {
			const k = key(parentOf(ref), nameOf(ref));
			siblings.set(k, [...(siblings.get(k) ?? []), ref]);
		}
		for (const refs of siblings.values()) {
			if (refs.length < 2) continue;
			for (const ref of refs) {
				const placed = placements.get(ref);
				if (!placed || byId.get(ref)?.parentId === placed.parentRef) continue;
				problems.push({
					line: placed.line,
					column: placed.column,
					message: w.twoNamed(nameOf(ref), finalPath(parentOf(ref)))
				});
			}
		}

		const moves: PlannedMove[] = [];
		for (const [ref, placement] of placements) {
			const d = byId.get(ref);
			if (!d || d.parentId === placement.parentRef) continue;
			moves.push({
				id: d.id,
				code: d.code,
				name: d.name,
				fromParentId: d.parentId,
				toParentRef: placement.parentRef,
				fromPath: currentPath(d.id),
				toPath: finalPath(d.id),
				line: placement.line
			});
		}
		const newDepartments = [...createdByRef.values()].map((d) => ({
			...d,
			path: finalPath(d.ref)
		}));
		const paths = new Map<DepartmentRef, string>();
		for (const ref of [...byId.keys(), ...createdByRef.keys()]) paths.set(ref, finalPath(ref));
		return { newDepartments, moves, problems, paths };
	}

	return { resolve, finish };
}

function memoPath(
	parentOf: (ref: DepartmentRef) => DepartmentRef | null,
	nameOf: (ref: DepartmentRef) => string
): (ref: DepartmentRef | null) => string {
	const memo = new Map<DepartmentRef, string>();
	const path = (ref: DepartmentRef | null, depth = 0): string => {
		if (ref === null) return '';
		const known = memo.get(ref);
		if (known !== undefined) return known;
		const parent = parentOf(ref);
		// A guard against a cycle the checks above already reported.
		const prefix = parent === null || depth > 1000 ? '' : path(parent, depth + 1);
		const result = prefix ? `${prefix}/${nameOf(ref)}` : nameOf(ref);
		memo.set(ref, result);
		return result;
	};
	return path;
}
