import { sql, type Transaction, type UpdateObject } from 'kysely';
import type { Database, Db } from '../db';
import type { DepartmentKind, JsonValue } from '../db/schema';
import { recordChange } from '../audit/changes';
import { recordAudit } from '../audit/log';
import type { AuditAction } from '../../domain/audit';
import type { FieldErrors } from '../http/forms';
import { departmentCodeProblem, departmentNameProblem } from '../../domain/org-fields';
import { departmentPaths, getDepartment, type Department } from './departments';
import { pgError } from '../db/transaction';
import { formOrgEdit, inOrgEdit } from './org-lock';
import { ENGLISH_SERVER_WORDS as ENGLISH, type ServerWords } from '../../i18n/server-words';

export type DepartmentChange =
	{ ok: true; department: Department } | { ok: false; errors: FieldErrors };

export type DepartmentDetails = { name: string; code: string; kind: DepartmentKind };

function validate(details: DepartmentDetails, w: ServerWords): FieldErrors {
	const errors: FieldErrors = {};
	const name = departmentNameProblem(details.name, w.fields);
	const code = departmentCodeProblem(details.code, w.fields);
	if (name) errors.name = name;
	if (code) errors.code = code;
	return errors;
}

/** Turns the database's refusals into messages for the field concerned; rethrows anything else. */
function explain(err: unknown, details: Partial<DepartmentDetails>, w: ServerWords): FieldErrors {
	const pg = pgError(err);
	if (pg?.code === '23505' && pg.constraint === 'departments_code_key') {
		return { code: w.departments.codeTaken(details.code ?? '') };
	}
	if (pg?.code === '23505' && pg.constraint === 'departments_sibling_name_key') {
		return { name: w.departments.nameTaken(details.name ?? '') };
	}
	if (pg?.code === '23514' && pg.constraint === 'departments_no_cycle') {
		return { parentId: w.departments.underItself };
	}
	throw err;
}

async function auditView(trx: Transaction<Database>, id: string) {
	const d = await getDepartment(trx, id);
	if (!d) return null;
	const paths = await departmentPaths(trx, d.parentId ? [id, d.parentId] : [id]);
	return {
		department: d,
		label: paths.get(id) ?? d.name,
		view: {
			name: d.name,
			code: d.code,
			kind: d.kind,
			parent: d.parentId ? (paths.get(d.parentId) ?? null) : null,
			archived: d.archived
		}
	};
}

type AuditView = NonNullable<Awaited<ReturnType<typeof auditView>>>;

/**
 * Applies `values` to the department and logs the edit, `shown` picking what its entry records
 * of the department before and after.
 */
async function editDepartment(
	trx: Transaction<Database>,
	actorId: string | null,
	action: AuditAction,
	before: AuditView,
	values: UpdateObject<Database, 'departments'>,
	shown: (view: AuditView) => JsonValue
): Promise<DepartmentChange> {
	const id = before.department.id;
	await trx.updateTable('departments').set(values).where('id', '=', id).execute();
	const after = (await auditView(trx, id))!;
	await recordChange(trx, {
		actorId,
		action,
		entityType: 'department',
		entityId: id,
		entityLabel: after.label,
		before: shown(before),
		after: shown(after)
	});
	return { ok: true, department: after.department };
}

/** Why `id` cannot take people or sub-departments: `missing` when there is none, or archived. */
export async function unusableDepartment(
	trx: Transaction<Database>,
	id: string,
	missing: string,
	w: ServerWords
): Promise<string | null> {
	const department = await getDepartment(trx, id);
	if (!department) return missing;
	if (department.archived) return w.people.archivedDepartment(department.name);
	return null;
}

async function usableParent(
	trx: Transaction<Database>,
	parentId: string | null,
	w: ServerWords
): Promise<string | null> {
	return parentId === null
		? null
		: unusableDepartment(trx, parentId, w.departments.noSuchParent, w);
}

/** The one way a department comes into being (pages, SCIM, fixtures): audited. */
export async function createDepartment(
	db: Db,
	actorId: string | null,
	input: DepartmentDetails & { parentId: string | null },
	w: ServerWords = ENGLISH
): Promise<DepartmentChange> {
	const explained = (err: unknown) => explain(err, input, w);
	return formOrgEdit(db, validate(input, w), explained, async (trx) => {
		const parentProblem = await usableParent(trx, input.parentId, w);
		if (parentProblem) return { ok: false, errors: { parentId: parentProblem } };
		const row = await trx
			.insertInto('departments')
			.values({ code: input.code, name: input.name, kind: input.kind, parent_id: input.parentId })
			.returning('id')
			.executeTakeFirstOrThrow();
		const created = (await auditView(trx, row.id))!;
		await recordAudit(trx, {
			actorId,
			action: 'department.created',
			entityType: 'department',
			entityId: row.id,
			entityLabel: created.label,
			after: created.view
		});
		return { ok: true, department: created.department };
	});
}

/** Renames, changes the code, marks customer-facing or internal. */
export async function updateDepartmentDetails(
	db: Db,
	actorId: string | null,
	id: string,
	details: DepartmentDetails,
	w: ServerWords = ENGLISH
): Promise<DepartmentChange | null> {
	const explained = (err: unknown) => explain(err, details, w);
	return formOrgEdit(db, validate(details, w), explained, async (trx) => {
		const before = await auditView(trx, id);
		if (!before) return null;
		const values = { name: details.name, code: details.code, kind: details.kind };
		return editDepartment(trx, actorId, 'department.updated', before, values, (d) => d.view);
	});
}

const ARCHIVE = { archived_at: sql<Date>`now()` };
const RESTORE = { archived_at: null };
/** What a move, an archiving or a restoring records of the department. */
const place = (d: AuditView) => ({ parent: d.view.parent, path: d.label });
const archived = (d: AuditView) => ({ archived: d.department.archived });

/** Moves the department (and everything below it, people included) under another parent. */
export async function moveDepartment(
	db: Db,
	actorId: string | null,
	id: string,
	parentId: string | null,
	w: ServerWords = ENGLISH
): Promise<DepartmentChange | null> {
	let name = '';
	// A refusal of the move is about the parent, whichever constraint the database names.
	const explained = (err: unknown) => ({
		parentId: Object.values(explain(err, { name }, w))[0]
	});
	return formOrgEdit(db, {}, explained, async (trx) => {
		const before = await auditView(trx, id);
		if (!before) return null;
		name = before.department.name;
		if (before.department.archived) {
			return { ok: false, errors: { parentId: w.departments.restoreFirst } };
		}
		if (parentId === id) {
			return { ok: false, errors: { parentId: w.departments.ownParent } };
		}
		const parentProblem = await usableParent(trx, parentId, w);
		if (parentProblem) return { ok: false, errors: { parentId: parentProblem } };
		if (before.department.parentId === parentId) return { ok: true, department: before.department };
		return editDepartment(trx, actorId, 'department.moved', before, { parent_id: parentId }, place);
	});
}

/**
 * Archives an empty department: it leaves the tree and the pickers, and keeps its history (its
 * survey results and audit entries stay attached to it).
 */
export async function archiveDepartment(
	db: Db,
	actorId: string | null,
	id: string,
	w: ServerWords = ENGLISH
): Promise<DepartmentChange | null> {
	return inOrgEdit(db, async (trx) => {
		const before = await auditView(trx, id);
		if (!before) return null;
		if (before.department.archived) return { ok: true, department: before.department };
		const [{ people }] = await trx
			.selectFrom('people')
			.select((eb) => eb.fn.countAll<string>().as('people'))
			.where('department_id', '=', id)
			.where('active', '=', true)
			.execute();
		const [{ children }] = await trx
			.selectFrom('departments')
			.select((eb) => eb.fn.countAll<string>().as('children'))
			.where('parent_id', '=', id)
			.where('archived_at', 'is', null)
			.execute();
		if (Number(people) > 0 || Number(children) > 0) {
			return {
				ok: false,
				errors: { archive: w.departments.archiveBlocked(Number(people), Number(children)) }
			};
		}
		return editDepartment(trx, actorId, 'department.archived', before, ARCHIVE, archived);
	});
}

export async function restoreDepartment(
	db: Db,
	actorId: string | null,
	id: string,
	w: ServerWords = ENGLISH
): Promise<DepartmentChange | null> {
	const explained = (err: unknown) => {
		if (pgError(err)?.constraint !== 'departments_sibling_name_key') throw err;
		return { archive: w.departments.restoreClash };
	};
	return formOrgEdit(db, {}, explained, async (trx) => {
		const before = await auditView(trx, id);
		if (!before) return null;
		if (!before.department.archived) return { ok: true, department: before.department };
		const parentProblem = await usableParent(trx, before.department.parentId, w);
		if (parentProblem) {
			return { ok: false, errors: { archive: `Restore its parent first: ${parentProblem}` } };
		}
		return editDepartment(trx, actorId, 'department.restored', before, RESTORE, archived);
	});
}
