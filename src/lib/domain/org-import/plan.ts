import {
	emailProblem,
	employeeIdProblem,
	normaliseLocale,
	parseRole,
	personNameProblem
} from '../org-fields';
import { createDepartmentResolver } from './department-paths';
import { parseEmploymentStatus, takesPart } from './employment-status';
import {
	IMPORT_ACCEPTED_COLUMNS,
	type ChangeField,
	type CsvRead,
	type DepartmentRef,
	type FieldChange,
	type ImportColumn,
	type ImportPlan,
	type ImportProblem,
	type OrgSnapshot,
	type PersonValues,
	type PlannedCreate,
	type PlannedUpdate
} from './types';
import { ENGLISH_IMPORT_WORDS, type ImportWords } from './words';

type Person = OrgSnapshot['people'][number];
type PendingRow = { line: number; existing: Person | undefined; values: PersonValues };
type ImportRecordValues = CsvRead['records'][number]['values'];

/** A row whose status says the person is not at work (left, on leave, not started). */
function isLeaverRow(values: ImportRecordValues): boolean {
	const status = parseEmploymentStatus(values.status ?? '');
	return status !== null && !takesPart(status);
}

const NONE = '—';

/**
 * What importing the file would do to the organisation: pure, so the preview and the apply (which
 * plans again inside its transaction) reach the same answer from the same file and database.
 */
export function planImport(
	csv: CsvRead,
	snapshot: OrgSnapshot,
	options: { actorId: string | null },
	words: ImportWords = ENGLISH_IMPORT_WORDS
): ImportPlan {
	const w = words.serverMessages.orgImport;
	const fields = words.serverMessages.fields;
	const problems: ImportProblem[] = [...csv.problems];
	const notes: string[] = [];
	const has = (column: ImportColumn) => csv.columns.includes(column);
	if (csv.ignoredColumns.length > 0) {
		notes.push(w.ignoredColumns(csv.ignoredColumns.join(', ')));
	}
	if (csv.columns.length > 0 && !has('employee_id')) notes.push(w.noEmployeeId);
	for (const column of ['head_of', 'locale', 'role'] as const) {
		if (csv.columns.length > 0 && !has(column)) notes.push(w.noColumn(column));
	}
	if (csv.columns.length > 0 && csv.records.length === 0 && problems.length === 0) {
		problems.push({ line: null, column: null, message: w.noRows });
	}
	const describe = (p: Person) => w.person(p.name, p.employeeId);

	const resolver = createDepartmentResolver(snapshot, words);
	const byEmployeeId = new Map<string, Person>();
	const byEmail = new Map<string, Person>();
	for (const p of snapshot.people) {
		if (p.employeeId) byEmployeeId.set(p.employeeId, p);
		byEmail.set(p.email.toLowerCase(), p);
	}
	const headsOf = new Map<string, DepartmentRef[]>();
	for (const h of snapshot.heads)
		headsOf.set(h.personId, [...(headsOf.get(h.personId) ?? []), h.departmentId]);

	// Paths first, so that a bare top-level name can refer to a department another row's path
	// creates, whichever row comes first. Resolving is idempotent: the main pass gets the same.
	for (const { line, values } of csv.records) {
		if (isLeaverRow(values)) continue;
		if (values.department?.includes('/')) resolver.resolve(values.department, line, 'department');
		for (const entry of (values.head_of ?? '').split(';')) {
			if (entry.includes('/')) resolver.resolve(entry, line, 'head_of');
		}
	}

	const seenEmployeeIds = new Map<string, number>();
	const seenEmails = new Map<string, number>();
	const matchedOn = new Map<string, number>();
	const pending: PendingRow[] = [];
	const leavers: CsvRead['records'] = [];

	for (const { line, values: v } of csv.records) {
		const rowProblems: ImportProblem[] = [];
		const add = (column: ImportColumn | null, message: string, value?: string) =>
			rowProblems.push({ line, column, message, ...(value ? { value: value.slice(0, 200) } : {}) });
		const statusText = (v.status ?? '').trim();
		if (statusText && !parseEmploymentStatus(statusText)) {
			add('status', w.unknownStatus(statusText), statusText);
		} else if (isLeaverRow(v)) {
			// After the rows of people at work, so that a rehire's current row wins over the old one.
			leavers.push({ line, values: v });
			continue;
		}

		const employeeId = (v.employee_id ?? '').trim();
		const email = (v.email ?? '').trim();
		const name = (v.name ?? '').trim();
		if (employeeId) {
			const problem = employeeIdProblem(employeeId, fields);
			const earlier = seenEmployeeIds.get(employeeId);
			if (problem) add('employee_id', problem, employeeId);
			else if (earlier) add('employee_id', w.duplicateEmployeeId(earlier), employeeId);
			else seenEmployeeIds.set(employeeId, line);
		}
		const badEmail = emailProblem(email, fields);
		const earlierEmail = seenEmails.get(email.toLowerCase());
		if (badEmail) add('email', badEmail, email);
		else if (earlierEmail) add('email', w.duplicateEmail(earlierEmail), email);
		else seenEmails.set(email.toLowerCase(), line);
		const badName = personNameProblem(name, fields);
		if (badName) add('name', badName, name);

		const localeText = (v.locale ?? '').trim();
		const locale = localeText ? normaliseLocale(localeText) : null;
		if (localeText && !locale) add('locale', w.notLocale(localeText), localeText);
		const roleText = (v.role ?? '').trim();
		const role = roleText ? parseRole(roleText) : null;
		if (roleText && !role) add('role', w.notRole(roleText), roleText);

		const department = resolver.resolve(v.department ?? '', line, 'department');
		if ('problem' in department) add('department', department.problem, v.department);
		const headOf = new Set<DepartmentRef>();
		if (has('head_of')) {
			for (const entry of (v.head_of ?? '').split(';')) {
				if (entry.trim() === '') continue;
				const resolved = resolver.resolve(entry, line, 'head_of');
				if ('problem' in resolved) add('head_of', resolved.problem, entry.trim());
				else headOf.add(resolved.ref);
			}
		}

		let existing = employeeId ? byEmployeeId.get(employeeId) : undefined;
		const emailOwner = badEmail ? undefined : byEmail.get(email.toLowerCase());
		if (existing && emailOwner && emailOwner.id !== existing.id) {
			add('email', w.emailOfAnother(email, describe(emailOwner), employeeId), email);
		} else if (!existing && emailOwner) {
			if (employeeId && emailOwner.employeeId && emailOwner.employeeId !== employeeId) {
				add('employee_id', w.emailOfEmployee(email, emailOwner.employeeId, employeeId), employeeId);
			} else existing = emailOwner;
		}
		if (existing) {
			const earlier = matchedOn.get(existing.id);
			if (earlier) add(null, w.samePerson(earlier, describe(existing)));
			else matchedOn.set(existing.id, line);
		}
		if (
			existing &&
			existing.id === options.actorId &&
			existing.role === 'hr' &&
			role === 'employee'
		) {
			add('role', w.ownHrRole, roleText);
		}
		if (rowProblems.length > 0 || 'problem' in department) {
			problems.push(...rowProblems);
			continue;
		}
		pending.push({
			line,
			existing,
			values: {
				employeeId: employeeId || existing?.employeeId || null,
				email,
				name,
				departmentRef: department.ref,
				locale: locale ?? existing?.locale ?? snapshot.defaultLocale,
				role: role ?? existing?.role ?? 'employee',
				active: true,
				headOf: has('head_of')
					? [...headOf].sort()
					: [...(existing ? (headsOf.get(existing.id) ?? []) : [])].sort()
			}
		});
	}

	let leaversNotInRapport = 0;
	for (const { line, values: v } of leavers) {
		const employeeId = (v.employee_id ?? '').trim();
		const email = (v.email ?? '').trim().toLowerCase();
		const existing =
			(employeeId ? byEmployeeId.get(employeeId) : undefined) ??
			(email ? byEmail.get(email) : undefined);
		if (!existing) {
			leaversNotInRapport++;
			continue;
		}
		if (matchedOn.has(existing.id)) continue;
		matchedOn.set(existing.id, line);
		if (existing.id === options.actorId) {
			problems.push({
				line,
				column: 'status',
				value: (v.status ?? '').slice(0, 200),
				message: w.ownDeactivation
			});
			continue;
		}
		pending.push({
			line,
			existing,
			values: { ...personValues(existing), active: false, headOf: [] }
		});
	}
	if (leaversNotInRapport > 0) notes.push(w.leaversNotInRapport(leaversNotInRapport));

	const departments = resolver.finish();
	problems.push(...departments.problems);
	const pathOf = (ref: DepartmentRef | null) => (ref ? (departments.paths.get(ref) ?? '?') : '');

	const creates: PlannedCreate[] = [];
	const updates: PlannedUpdate[] = [];
	let unchanged = 0;
	for (const { line, existing, values } of pending) {
		const departmentPath = pathOf(values.departmentRef);
		if (!existing) {
			creates.push({ line, values, departmentPath });
			continue;
		}
		const before: PersonValues = {
			...personValues(existing),
			active: existing.active,
			headOf: [...(headsOf.get(existing.id) ?? [])].sort()
		};
		const changes = diffPerson(before, values, pathOf);
		if (changes.length === 0) unchanged++;
		else updates.push({ line, id: existing.id, before, after: values, changes, departmentPath });
	}

	const notInFile = snapshot.people
		.filter((p) => p.active && !matchedOn.has(p.id))
		.filter((p) => {
			if (p.id !== options.actorId) return true;
			notes.push(w.youNotInFile);
			return false;
		})
		.map((p) => ({
			id: p.id,
			name: p.name,
			email: p.email,
			employeeId: p.employeeId,
			departmentPath: pathOf(p.departmentId),
			role: p.role
		}))
		.sort((a, b) => a.name.localeCompare(b.name) || a.email.localeCompare(b.email));

	const paths: Record<DepartmentRef, string> = {};
	for (const [ref, path] of departments.paths) paths[ref] = path;
	return {
		rowsRead: csv.records.length,
		delimiter: csv.columns.length > 0 ? csv.delimiter : null,
		columns: csv.columns,
		problems: sortProblems(problems),
		notes,
		newDepartments: departments.newDepartments,
		moves: departments.moves,
		creates,
		updates,
		unchanged,
		notInFile,
		paths
	};
}

/** A person's values as they stand in Rapport, apart from what each caller sets itself. */
function personValues(p: Person): Omit<PersonValues, 'active' | 'headOf'> {
	return {
		employeeId: p.employeeId,
		email: p.email,
		name: p.name,
		departmentRef: p.departmentId,
		locale: p.locale,
		role: p.role
	};
}

function diffPerson(
	before: PersonValues,
	after: PersonValues,
	pathOf: (ref: DepartmentRef | null) => string
): FieldChange[] {
	const changes: FieldChange[] = [];
	const push = (field: ChangeField, from: string, to: string) => {
		if (from !== to) changes.push({ field, from: from || NONE, to: to || NONE });
	};
	push('employeeId', before.employeeId ?? '', after.employeeId ?? '');
	push('email', before.email, after.email);
	push('name', before.name, after.name);
	if (before.departmentRef !== after.departmentRef) {
		changes.push({
			field: 'department',
			from: pathOf(before.departmentRef) || NONE,
			to: pathOf(after.departmentRef) || NONE
		});
	}
	push('locale', before.locale, after.locale);
	push('role', before.role, after.role);
	if (before.active !== after.active) {
		const state = (active: boolean) => (active ? 'active' : 'deactivated');
		changes.push({ field: 'active', from: state(before.active), to: state(after.active) });
	}
	if (before.headOf.join() !== after.headOf.join()) {
		const list = (refs: DepartmentRef[]) => refs.map(pathOf).sort().join('; ');
		changes.push({
			field: 'headOf',
			from: list(before.headOf) || NONE,
			to: list(after.headOf) || NONE
		});
	}
	return changes;
}

function sortProblems(problems: ImportProblem[]): ImportProblem[] {
	const order = (c: ImportColumn | null) => (c ? IMPORT_ACCEPTED_COLUMNS.indexOf(c) : -1);
	return problems
		.map((p, i) => ({ p, i }))
		.sort(
			(a, b) =>
				(a.p.line ?? 0) - (b.p.line ?? 0) || order(a.p.column) - order(b.p.column) || a.i - b.i
		)
		.map(({ p }) => p);
}
