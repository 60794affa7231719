import { parseEmploymentStatus, takesPart } from '../employment-status';
import type {
	CsvRead,
	ImportColumn,
	ImportProblem,
	ImportRecord,
	ImportTable,
	OrgSnapshot
} from '../types';
import { createDepartmentMatcher, withoutManagerSuffix } from './department-values';
import { deriveHeads, type HeadBasis, type HeadRow } from './derive-heads';
import { FIELD_LABELS, type ColumnMapping, type MappedField } from './fields';
import { presetById, type PresetId } from './presets';
import { ENGLISH_IMPORT_WORDS, type ImportWords } from '../words';

/** HR's corrections of derived heads: department key → the head's email, or '' for none. */
export type HeadChoices = Record<string, string>;

export type DerivedHead = {
	departmentKey: string;
	department: string;
	head: { name: string; email: string; line: number } | null;
	basis: HeadBasis;
	votes: number;
	members: number;
	/** People HR can choose from: the department's members and the derived head, by name. */
	candidates: { name: string; email: string }[];
};

export type MappedRead = { read: CsvRead; heads: DerivedHead[] };

const MAX_CANDIDATES = 60;
const LANGUAGES: Record<string, string> = {
	english: 'en',
	spanish: 'es',
	español: 'es',
	espanol: 'es',
	french: 'fr',
	français: 'fr',
	german: 'de',
	deutsch: 'de',
	portuguese: 'pt',
	italian: 'it',
	dutch: 'nl'
};

function localeOf(value: string): string {
	const text = value.trim();
	return LANGUAGES[text.toLowerCase()] ?? text.replaceAll('_', '-');
}

/**
 * A vendor file under a confirmed mapping, as the records of Rapport's own format: names built
 * from first and last names, departments matched against the tree, heads derived from the
 * manager column. The planner takes it from there, exactly as for Rapport's own files.
 */
export function mapTable(
	table: ImportTable,
	input: {
		preset: PresetId;
		mapping: ColumnMapping;
		snapshot: OrgSnapshot;
		headChoices?: HeadChoices;
	},
	words: ImportWords = ENGLISH_IMPORT_WORDS
): MappedRead {
	const { mapping, snapshot } = input;
	const at = (field: MappedField) => mapping.indexOf(field);
	const index = Object.fromEntries(
		(Object.keys(FIELD_LABELS) as MappedField[]).map((f) => [f, at(f)])
	) as Record<MappedField, number>;
	const cleanDepartment = presetById(input.preset)?.stripManagerFromDepartment
		? withoutManagerSuffix
		: (s: string) => s.trim();
	const get = (cells: string[], field: MappedField) =>
		index[field] < 0 ? '' : (cells[index[field]] ?? '').trim();
	const isAtWork = (cells: string[]) => {
		const status = parseEmploymentStatus(get(cells, 'status'));
		return status === null || takesPart(status);
	};

	const pairs = table.rows
		.filter((r) => isAtWork(r.cells))
		.map((r) => ({
			division: cleanDepartment(get(r.cells, 'division')),
			department: cleanDepartment(get(r.cells, 'department'))
		}))
		.filter((p) => p.division && p.department);
	const matcher = createDepartmentMatcher(snapshot, pairs, words);

	const manager: HeadRow['manager'] extends infer M ? (cells: string[]) => M : never = (cells) => {
		for (const [field, by] of [
			['manager_email', 'email'],
			['manager_id', 'id'],
			['manager_name', 'name']
		] as const) {
			const value = get(cells, field);
			if (value) return { by, value };
		}
		return null;
	};
	const deriving = index.manager_email >= 0 || index.manager_id >= 0 || index.manager_name >= 0;
	const hasHeadColumn = index.head_of >= 0;

	const problems: ImportProblem[] = [...table.problems];
	const records: ImportRecord[] = [];
	const headRows: HeadRow[] = [];
	const labels = new Map<string, string>();
	const departmentIds = new Map<string, string | null>();
	for (const { line, cells } of table.rows) {
		const first = get(cells, 'first_name');
		const last = get(cells, 'last_name');
		const name = get(cells, 'full_name') || [first, last].filter(Boolean).join(' ');
		const values: Partial<Record<ImportColumn, string>> = {
			employee_id: get(cells, 'employee_id'),
			email: get(cells, 'email'),
			name,
			status: get(cells, 'status'),
			locale: index.locale >= 0 ? localeOf(get(cells, 'locale')) : undefined,
			role: get(cells, 'role'),
			head_of: get(cells, 'head_of')
		};
		if (!isAtWork(cells)) {
			records.push({ line, values });
			continue;
		}
		const division = cleanDepartment(get(cells, 'division'));
		const found = matcher.match({
			path: get(cells, 'department_path'),
			division,
			department: cleanDepartment(get(cells, 'department'))
		});
		if ('problem' in found) {
			const value = get(cells, 'department') || get(cells, 'department_path');
			problems.push({ line, column: 'department', message: found.problem, value });
			continue;
		}
		const key = found.department.value.toLowerCase();
		labels.set(key, found.department.label);
		departmentIds.set(key, found.department.existingId);
		values.department = found.department.value;
		const divisionValue = division ? matcher.divisionValue(division) : null;
		if (divisionValue && divisionValue.value.toLowerCase() !== key) {
			const divisionKey = divisionValue.value.toLowerCase();
			labels.set(divisionKey, divisionValue.label);
			departmentIds.set(divisionKey, divisionValue.existingId);
		}
		headRows.push({
			index: headRows.length,
			line,
			email: values.email ?? '',
			employeeId: values.employee_id ?? '',
			name,
			nameReversed: first && last ? `${last}, ${first}` : '',
			departmentKey: key,
			divisionKey: divisionValue ? divisionValue.value.toLowerCase() : null,
			manager: manager(cells)
		});
		records.push({ line, values });
	}

	const recordOf = new Map(headRows.map((r) => [r.index, records.find((x) => x.line === r.line)!]));
	const heads =
		deriving || hasHeadColumn
			? decideHeads(headRows, recordOf, {
					labels,
					departmentIds,
					snapshot,
					deriving,
					headChoices: input.headChoices ?? {}
				})
			: [];

	const columns: ImportColumn[] = ['email', 'name', 'department'];
	if (index.employee_id >= 0) columns.push('employee_id');
	if (deriving || hasHeadColumn) columns.push('head_of');
	if (index.locale >= 0) columns.push('locale');
	if (index.role >= 0) columns.push('role');
	if (index.status >= 0) columns.push('status');
	return {
		read: {
			delimiter: table.delimiter,
			columns,
			ignoredColumns: table.headers
				.filter((h, i) => mapping[i] === null && h.trim() !== '')
				.map((h) => h.slice(0, 60)),
			records,
			problems
		},
		heads
	};
}

type HeadContext = {
	labels: Map<string, string>;
	departmentIds: Map<string, string | null>;
	snapshot: OrgSnapshot;
	deriving: boolean;
	headChoices: HeadChoices;
};

const lower = (s: string) => s.trim().toLowerCase();

/**
 * Decides every department's head (head column, then HR's choices, then the manager column) and
 * writes each row's head_of: the departments it heads, plus those it heads in Rapport today that
 * the file decides nothing about.
 */
function decideHeads(
	rows: HeadRow[],
	recordOf: Map<number, ImportRecord>,
	context: HeadContext
): DerivedHead[] {
	const { labels, departmentIds, snapshot } = context;
	const keyOf = new Map<string, string>();
	for (const [key, label] of labels) {
		keyOf.set(key, key);
		keyOf.set(lower(label), key);
		keyOf.set(lower(label.split('/').at(-1) ?? label), key);
	}
	const fixed = new Map<string, { head: number | null; basis: 'head_column' | 'chosen' }>();
	const unmatchedEntries = new Map<number, string[]>();
	for (const row of rows) {
		const entries = (recordOf.get(row.index)?.values.head_of ?? '').split(';').map((e) => e.trim());
		for (const entry of entries.filter(Boolean)) {
			const key = keyOf.get(lower(entry).replace(/^\//, ''));
			if (key) fixed.set(key, { head: row.index, basis: 'head_column' });
			else unmatchedEntries.set(row.index, [...(unmatchedEntries.get(row.index) ?? []), entry]);
		}
	}
	const rowByEmail = new Map(rows.filter((r) => r.email).map((r) => [lower(r.email), r.index]));
	for (const [key, email] of Object.entries(context.headChoices)) {
		if (!labels.has(key)) continue;
		const head = email ? rowByEmail.get(lower(email)) : null;
		if (head !== undefined) fixed.set(key, { head, basis: 'chosen' });
	}

	const decisions = deriveHeads(rows, fixed);
	const valueOf = new Map<string, string>();
	for (const row of rows)
		valueOf.set(row.departmentKey, recordOf.get(row.index)?.values.department ?? '');
	const codes = new Map(snapshot.departments.filter((d) => !d.archived).map((d) => [d.id, d.code]));
	const headOf = new Map<number, string[]>(unmatchedEntries);
	const add = (index: number, value: string) =>
		headOf.set(index, [...(headOf.get(index) ?? []), value]);
	const decided = new Set<string>();
	for (const d of decisions) {
		const existingId = departmentIds.get(d.departmentKey) ?? null;
		if (d.basis !== 'none' && existingId) decided.add(existingId);
		if (d.head === null) continue;
		const value =
			valueOf.get(d.departmentKey) ??
			(existingId ? codes.get(existingId) : null) ??
			`/${labels.get(d.departmentKey)}`;
		add(d.head, value);
	}
	const rowOfPerson = new Map<string, number>();
	const byEmployeeId = new Map(
		rows.filter((r) => r.employeeId).map((r) => [r.employeeId, r.index])
	);
	for (const p of snapshot.people) {
		const row =
			(p.employeeId ? byEmployeeId.get(p.employeeId) : undefined) ?? rowByEmail.get(lower(p.email));
		if (row !== undefined) rowOfPerson.set(p.id, row);
	}
	for (const h of snapshot.heads) {
		const row = rowOfPerson.get(h.personId);
		const code = codes.get(h.departmentId);
		if (row !== undefined && code && !decided.has(h.departmentId)) add(row, code);
	}
	for (const row of rows) {
		const record = recordOf.get(row.index);
		if (record) record.values.head_of = [...new Set(headOf.get(row.index) ?? [])].join(';');
	}

	const person = (index: number) => ({ name: rows[index].name, email: rows[index].email });
	return decisions
		.map((d) => {
			const members = [...d.memberRows].sort((a, b) => rows[a].name.localeCompare(rows[b].name));
			const candidates: number[] = d.head === null ? [] : [d.head];
			const emails = new Set(candidates.map((i) => lower(rows[i].email)));
			// One entry per email: a row with a missing or repeated email is not a choice.
			for (const i of members) {
				const email = lower(rows[i].email);
				if (candidates.length >= MAX_CANDIDATES || email === '' || emails.has(email)) continue;
				emails.add(email);
				candidates.push(i);
			}
			candidates.sort((a, b) => rows[a].name.localeCompare(rows[b].name));
			return {
				departmentKey: d.departmentKey,
				department: labels.get(d.departmentKey) ?? d.departmentKey,
				head: d.head === null ? null : { ...person(d.head), line: rows[d.head].line },
				basis: d.basis,
				votes: d.votes,
				members: d.members,
				candidates: candidates.map(person)
			};
		})
		.sort((a, b) => a.department.localeCompare(b.department));
}
