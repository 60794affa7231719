import { sql, type Transaction } from 'kysely';
import type { Database, Db } from '../db';
import type { DepartmentKind } from '../db/schema';
import { recordChange } from '../audit/changes';
import { recordAudit } from '../audit/log';
import type { FieldErrors } from '../http/forms';
import { departmentCodeProblem, departmentNameProblem } from '../../domain/org-fields';
import { departmentPaths, getDepartment, type Department } from './departments';
import { pgError } from '../db/transaction';
import { inOrgEdit } from './org-lock';

export type DepartmentChange =
	{ ok: true; department: Department } | { ok: false; errors: FieldErrors };

export type DepartmentDetails = { name: string; code: string; kind: DepartmentKind };

function validate(details: DepartmentDetails): FieldErrors {
	const errors: FieldErrors = {};
	const name = departmentNameProblem(details.name);
	const code = departmentCodeProblem(details.code);
	if (name) errors.name = name;
	if (code) errors.code = code;
	return errors;
}

/** Turns the database's refusals into messages for the field concerned; rethrows anything else. */
function explain(err: unknown, details: Partial<DepartmentDetails>): FieldErrors {
	const pg = pgError(err);
	if (pg?.code === '23505' && pg.constraint === 'departments_code_key') {
		return { code: `The code “${details.code}” is already used by another department.` };
	}
	if (pg?.code === '23505' && pg.constraint === 'departments_sibling_name_key') {
		return { name: `There is already a department named “${details.name}” there.` };
	}
	if (pg?.code === '23514' && pg.constraint === 'departments_no_cycle') {
		return { parentId: 'A department cannot move under one of its own sub-departments.' };
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

async function usableParent(
	trx: Transaction<Database>,
	parentId: string | null
): Promise<string | null> {
	if (parentId === null) return null;
	const parent = await getDepartment(trx, parentId);
	if (!parent) return 'That parent department does not exist.';
	if (parent.archived) return `“${parent.name}” is archived: choose a department in use.`;
	return null;
}

/** The one way a department comes into being (pages, SCIM, fixtures): audited. */
export async function createDepartment(
	db: Db,
	actorId: string | null,
	input: DepartmentDetails & { parentId: string | null }
): Promise<DepartmentChange> {
	const errors = validate(input);
	if (Object.keys(errors).length > 0) return { ok: false, errors };
	try {
		return await inOrgEdit(db, async (trx) => {
			const parentProblem = await usableParent(trx, input.parentId);
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
	} catch (err) {
		return { ok: false, errors: explain(err, input) };
	}
}

/** Renames, changes the code, marks customer-facing or internal. */
export async function updateDepartmentDetails(
	db: Db,
	actorId: string | null,
	id: string,
	details: DepartmentDetails
): Promise<DepartmentChange | null> {
	const errors = validate(details);
	if (Object.keys(errors).length > 0) return { ok: false, errors };
	try {
		return await inOrgEdit(db, async (trx) => {
			const before = await auditView(trx, id);
			if (!before) return null;
			await trx
				.updateTable('departments')
				.set({ name: details.name, code: details.code, kind: details.kind })
				.where('id', '=', id)
				.execute();
			const after = (await auditView(trx, id))!;
			await recordChange(trx, {
				actorId,
				action: 'department.updated',
				entityType: 'department',
				entityId: id,
				entityLabel: after.label,
				before: before.view,
				after: after.view
			});
			return { ok: true, department: after.department };
		});
	} catch (err) {
		return { ok: false, errors: explain(err, details) };
	}
}

/** Moves the department (and everything below it, people included) under another parent. */
export async function moveDepartment(
	db: Db,
	actorId: string | null,
	id: string,
	parentId: string | null
): Promise<DepartmentChange | null> {
	let name = '';
	try {
		return await inOrgEdit(db, async (trx) => {
			const before = await auditView(trx, id);
			if (!before) return null;
			name = before.department.name;
			if (before.department.archived) {
				return { ok: false, errors: { parentId: 'Restore this department before moving it.' } };
			}
			if (parentId === id) {
				return { ok: false, errors: { parentId: 'A department cannot be its own parent.' } };
			}
			const parentProblem = await usableParent(trx, parentId);
			if (parentProblem) return { ok: false, errors: { parentId: parentProblem } };
			if (before.department.parentId === parentId)
				return { ok: true, department: before.department };
			await trx
				.updateTable('departments')
				.set({ parent_id: parentId })
				.where('id', '=', id)
				.execute();
			const after = (await auditView(trx, id))!;
			await recordChange(trx, {
				actorId,
				action: 'department.moved',
				entityType: 'department',
				entityId: id,
				entityLabel: after.label,
				before: { parent: before.view.parent, path: before.label },
				after: { parent: after.view.parent, path: after.label }
			});
			return { ok: true, department: after.department };
		});
	} catch (err) {
		return { ok: false, errors: { parentId: Object.values(explain(err, { name }))[0] } };
	}
}

/**
 * Archives an empty department: it leaves the tree and the pickers, and keeps its history (its
 * survey results and audit entries stay attached to it).
 */
export async function archiveDepartment(
	db: Db,
	actorId: string | null,
	id: string
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
		const blockers = [
			Number(people) > 0 ? `${people} active ${Number(people) === 1 ? 'person' : 'people'}` : '',
			Number(children) > 0
				? `${children} sub-department${Number(children) === 1 ? '' : 's'} in use`
				: ''
		].filter(Boolean);
		if (blockers.length > 0) {
			return {
				ok: false,
				errors: { archive: `Move or archive its ${blockers.join(' and ')} first.` }
			};
		}
		await trx
			.updateTable('departments')
			.set({ archived_at: sql`now()` })
			.where('id', '=', id)
			.execute();
		const after = (await auditView(trx, id))!;
		await recordChange(trx, {
			actorId,
			action: 'department.archived',
			entityType: 'department',
			entityId: id,
			entityLabel: after.label,
			before: { archived: false },
			after: { archived: true }
		});
		return { ok: true, department: after.department };
	});
}

export async function restoreDepartment(
	db: Db,
	actorId: string | null,
	id: string
): Promise<DepartmentChange | null> {
	try {
		return await inOrgEdit(db, async (trx) => {
			const before = await auditView(trx, id);
			if (!before) return null;
			if (!before.department.archived) return { ok: true, department: before.department };
			const parentProblem = await usableParent(trx, before.department.parentId);
			if (parentProblem) {
				return { ok: false, errors: { archive: `Restore its parent first: ${parentProblem}` } };
			}
			await trx
				.updateTable('departments')
				.set({ archived_at: null })
				.where('id', '=', id)
				.execute();
			const after = (await auditView(trx, id))!;
			await recordChange(trx, {
				actorId,
				action: 'department.restored',
				entityType: 'department',
				entityId: id,
				entityLabel: after.label,
				before: { archived: true },
				after: { archived: false }
			});
			return { ok: true, department: after.department };
		});
	} catch (err) {
		if (pgError(err)?.constraint !== 'departments_sibling_name_key') throw err;
		const message = 'A department in use has the same name in the same place: rename one first.';
		return { ok: false, errors: { archive: message } };
	}
}
