import type { DerivedHead } from './mapping/map-table';
import type { MappedField } from './mapping/fields';
import type { PresetId } from './mapping/presets';
import type { FieldChange, ImportPlan, ImportProblem, TableDelimiter } from './types';

/** How the file was read and what its columns were taken to mean: shown with the preview. */
export type PreviewSource = {
	format: 'csv' | 'xlsx';
	encoding: string | null;
	/** Rapport's own columns: no mapping step. */
	native: boolean;
	preset: PresetId | null;
	confirmed: boolean;
	columns: { header: string; field: MappedField | null; examples: string[] }[];
	/** Each department's derived head, the first PREVIEW_LIST_LIMIT by path. */
	heads: DerivedHead[];
	headCount: number;
};

/** Longest list of each kind kept in a stored preview; counts are always complete. */
export const PREVIEW_LIST_LIMIT = 200;
export const PREVIEW_PROBLEM_LIMIT = 1000;

export type ImportCounts = {
	newDepartments: number;
	departmentMoves: number;
	created: number;
	updated: number;
	moved: number;
	reactivated: number;
	/** People the file says are not at work (left, on leave, not started). */
	deactivated: number;
	unchanged: number;
	notInFile: number;
};

/** A person as the preview lists them, department as its path. */
export type PreviewPerson = {
	name: string;
	email: string;
	employeeId: string | null;
	department: string;
	role: string;
};

/** What the preview page shows: plain data, safe to store as JSON and to send to the browser. */
export type ImportPreview = {
	rowsRead: number;
	delimiter: TableDelimiter | null;
	columns: string[];
	notes: string[];
	problems: ImportProblem[];
	problemCount: number;
	counts: ImportCounts;
	newDepartments: { path: string; code: string; line: number }[];
	moves: { name: string; code: string; fromPath: string; toPath: string; line: number }[];
	created: (PreviewPerson & { line: number })[];
	updated: { line: number; name: string; email: string; changes: FieldChange[] }[];
	notInFile: PreviewPerson[];
	/** Absent from previews stored before vendor files could be mapped. */
	source?: PreviewSource;
};

export function countPlan(plan: ImportPlan): ImportCounts {
	return {
		newDepartments: plan.newDepartments.length,
		departmentMoves: plan.moves.length,
		created: plan.creates.length,
		updated: plan.updates.length,
		moved: plan.updates.filter((u) => u.changes.some((c) => c.field === 'department')).length,
		reactivated: plan.updates.filter((u) => u.after.active && !u.before.active).length,
		deactivated: plan.updates.filter((u) => !u.after.active && u.before.active).length,
		unchanged: plan.unchanged,
		notInFile: plan.notInFile.length
	};
}

/** True when applying would write something, not counting a full import's deactivations. */
export function planChangesSomething(plan: ImportPlan): boolean {
	return (
		plan.newDepartments.length + plan.moves.length + plan.creates.length + plan.updates.length > 0
	);
}

export function summarisePlan(plan: ImportPlan, limit = PREVIEW_LIST_LIMIT): ImportPreview {
	// People whose department changes first: they are what HR most wants to check.
	const updated = [...plan.updates].sort(
		(a, b) =>
			Number(b.changes.some((c) => c.field === 'department')) -
				Number(a.changes.some((c) => c.field === 'department')) || a.line - b.line
	);
	return {
		rowsRead: plan.rowsRead,
		delimiter: plan.delimiter,
		columns: plan.columns,
		notes: plan.notes,
		problems: plan.problems.slice(0, PREVIEW_PROBLEM_LIMIT),
		problemCount: plan.problems.length,
		counts: countPlan(plan),
		newDepartments: plan.newDepartments
			.slice(0, limit)
			.map((d) => ({ path: d.path, code: d.code, line: d.line })),
		moves: plan.moves.slice(0, limit).map((m) => ({
			name: m.name,
			code: m.code,
			fromPath: m.fromPath,
			toPath: m.toPath,
			line: m.line
		})),
		created: plan.creates.slice(0, limit).map((c) => ({
			line: c.line,
			name: c.values.name,
			email: c.values.email,
			employeeId: c.values.employeeId,
			department: c.departmentPath,
			role: c.values.role
		})),
		updated: updated.slice(0, limit).map((u) => ({
			line: u.line,
			name: u.after.name,
			email: u.after.email,
			changes: u.changes
		})),
		notInFile: plan.notInFile.slice(0, limit).map((p) => ({
			name: p.name,
			email: p.email,
			employeeId: p.employeeId,
			department: p.departmentPath,
			role: p.role
		}))
	};
}

/**
 * Everything applying the plan would write, in a canonical form. Apply plans again inside its
 * transaction and refuses when this differs from the preview's: the database changed meanwhile.
 */
export function planFingerprint(plan: ImportPlan): string {
	return JSON.stringify({
		departments: plan.newDepartments.map((d) => [d.ref, d.name, d.code, d.parentRef]),
		moves: plan.moves.map((m) => [m.id, m.fromParentId, m.toParentRef]),
		creates: plan.creates.map((c) => c.values),
		updates: plan.updates.map((u) => [u.id, u.before, u.after]),
		notInFile: plan.notInFile.map((p) => p.id)
	});
}
