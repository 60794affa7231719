import type { OrgSnapshot } from '../types';
import { ENGLISH_IMPORT_WORDS, type ImportWords } from '../words';

/**
 * A department as the planner's department column takes it: an existing department's code, or a
 * path from the top (a leading “/” for one at the top level); `existingId` when it is one already.
 */
export type DepartmentValue = { value: string; label: string; existingId: string | null };
export type DepartmentLookup = { department: DepartmentValue } | { problem: string };

const SEPARATORS = /\s*(?:>|\/|\||\\)\s*/;
const lower = (s: string) => s.trim().toLowerCase();

/** "Customer Support (Maria Lopez)" → "Customer Support": Workday names an organisation so. */
export function withoutManagerSuffix(name: string): string {
	return name.replace(/\s*\([^()]*\)\s*$/, '').trim() || name.trim();
}

/**
 * Turns the department, division and path columns of a vendor file into department values,
 * matched against the existing tree: a name is the existing department of that name wherever it
 * is; a division places it, and moves an existing department only when the file puts that name
 * under one division only and never under the department's current parent.
 */
export function createDepartmentMatcher(
	snapshot: OrgSnapshot,
	pairsInFile: { division: string; department: string }[],
	words: ImportWords = ENGLISH_IMPORT_WORDS
) {
	const w = words.serverMessages.orgImport;
	const departments = snapshot.departments.filter((d) => !d.archived);
	const byId = new Map(snapshot.departments.map((d) => [d.id, d]));
	const byName = new Map<string, typeof departments>();
	for (const d of departments) byName.set(lower(d.name), [...(byName.get(lower(d.name)) ?? []), d]);
	const pathOf = (id: string): string => {
		const names: string[] = [];
		for (
			let d = byId.get(id);
			d && names.length < 100;
			d = d.parentId ? byId.get(d.parentId) : undefined
		)
			names.unshift(d.name);
		return names.join('/');
	};
	const divisionsOf = new Map<string, Set<string>>();
	for (const { division, department } of pairsInFile) {
		const set = divisionsOf.get(lower(department)) ?? new Set<string>();
		set.add(lower(division));
		divisionsOf.set(lower(department), set);
	}
	const several = (name: string, found: typeof departments) =>
		w.severalDepartments(name, found.map((d) => pathOf(d.id)).join(', '));

	function byNameAnywhere(name: string): DepartmentLookup {
		const found = byName.get(lower(name)) ?? [];
		if (found.length > 1) return { problem: several(name, found) };
		if (found.length === 1) {
			const d = found[0];
			return { department: { value: d.code, label: pathOf(d.id), existingId: d.id } };
		}
		return { department: { value: `/${name.trim()}`, label: name.trim(), existingId: null } };
	}

	function underDivision(division: string, name: string): DepartmentLookup {
		if (lower(division) === lower(name)) return byNameAnywhere(name);
		const parent = byNameAnywhere(division);
		if ('problem' in parent) return parent;
		const prefix = parent.department.existingId
			? pathOf(parent.department.existingId)
			: division.trim();
		const found = byName.get(lower(name)) ?? [];
		const here = found.find(
			(d) => d.parentId !== null && d.parentId === parent.department.existingId
		);
		if (here)
			return {
				department: {
					value: `${prefix}/${here.name}`,
					label: `${prefix}/${here.name}`,
					existingId: here.id
				}
			};
		const divisions = divisionsOf.get(lower(name)) ?? new Set();
		const only = found.length === 1 ? found[0] : null;
		const currentParent = only?.parentId ? lower(byId.get(only.parentId)?.name ?? '') : '';
		if (only && divisions.size === 1 && !divisions.has(currentParent)) {
			// The exact code as a path segment moves that department under the division.
			return {
				department: {
					value: `${prefix}/${only.code}`,
					label: `${prefix}/${only.name}`,
					existingId: only.id
				}
			};
		}
		return {
			department: {
				value: `${prefix}/${name.trim()}`,
				label: `${prefix}/${name.trim()}`,
				existingId: null
			}
		};
	}

	function fromPath(path: string): DepartmentLookup {
		const segments = path
			.split(SEPARATORS)
			.map((s) => s.trim())
			.filter((s) => s !== '');
		if (segments.length === 0) return { problem: w.noDepartment };
		if (segments.length === 1) return byNameAnywhere(segments[0]);
		const value = segments.join('/');
		const top = departments.find(
			(d) => d.parentId === null && lower(d.name) === lower(segments[0])
		);
		let existing: (typeof departments)[number] | undefined = top;
		for (const segment of segments.slice(1)) {
			existing =
				existing &&
				departments.find((d) => d.parentId === existing?.id && lower(d.name) === lower(segment));
		}
		return { department: { value, label: value, existingId: existing?.id ?? null } };
	}

	/** The department of one row, from whichever of the three columns the mapping has. */
	function match(input: { path: string; division: string; department: string }): DepartmentLookup {
		if (input.path) return fromPath(input.path);
		if (!input.division && /\/| > /.test(input.department)) return fromPath(input.department);
		if (!input.department) {
			return input.division ? byNameAnywhere(input.division) : { problem: w.noDepartment };
		}
		return input.division
			? underDivision(input.division, input.department)
			: byNameAnywhere(input.department);
	}

	/** A division as a head_of entry: the planner takes a path or a code. */
	function divisionValue(division: string): DepartmentValue | null {
		const found = byNameAnywhere(division);
		return 'problem' in found ? null : found.department;
	}

	return { match, divisionValue };
}
