import type { Transaction } from 'kysely';
import type { Database, Db } from '../db';
import type { Role } from '../db/schema';
import { recordChange } from '../audit/changes';
import { recordAudit } from '../audit/log';
import type { FieldErrors } from '../http/forms';
import { invalidateAllSessions } from '../auth/session';
import {
	emailProblem,
	employeeIdProblem,
	normaliseLocale,
	personNameProblem
} from '../../domain/org-fields';
import { departmentPaths, getDepartment } from './departments';
import { unusableDepartment } from './departments-admin';
import { getPerson, type Person } from './people';
import { pgError } from '../db/transaction';
import { formOrgEdit, inOrgEdit } from './org-lock';
import { ENGLISH_SERVER_WORDS as ENGLISH, type ServerWords } from '../../i18n/server-words';

export type PersonDetails = {
	name: string;
	email: string;
	employeeId: string | null;
	departmentId: string | null;
	locale: string;
};
/** A new person: their details, and what seeds, set-up and fixtures may also give. */
export type NewPerson = PersonDetails & {
	role?: Role;
	passwordHash?: string | null;
	/** When they joined their department; now unless the caller knows better (seeds, fixtures). */
	departmentSince?: Date;
};
export type PersonChange = { ok: true; person: Person } | { ok: false; errors: FieldErrors };
/** Refusals of a status or role change, worded for HR. */
export type Refusal = { ok: false; message: string };

function validate(details: PersonDetails, w: ServerWords): FieldErrors {
	const errors: FieldErrors = {};
	const name = personNameProblem(details.name, w.fields);
	const email = emailProblem(details.email, w.fields);
	const employeeId = details.employeeId ? employeeIdProblem(details.employeeId, w.fields) : null;
	if (name) errors.name = name;
	if (email) errors.email = email;
	if (employeeId) errors.employeeId = employeeId;
	if (!normaliseLocale(details.locale)) {
		errors.locale = w.fields.languageCode;
	}
	return errors;
}

function explain(err: unknown, w: ServerWords): FieldErrors {
	const pg = pgError(err);
	if (pg?.code === '23505' && pg.constraint === 'people_email_key') {
		return { email: w.people.emailTaken };
	}
	if (pg?.code === '23505' && pg.constraint === 'people_employee_id_key') {
		return { employeeId: w.people.employeeIdTaken };
	}
	throw err;
}

/** The person as the audit log records them: readable values, department as its path. */
async function auditView(trx: Transaction<Database>, id: string) {
	const person = await getPerson(trx, id);
	if (!person) return null;
	const path = person.departmentId
		? (await departmentPaths(trx, [person.departmentId])).get(person.departmentId)
		: null;
	return {
		person,
		view: {
			employeeId: person.employeeId,
			email: person.email,
			name: person.name,
			department: path ?? null,
			locale: person.locale,
			role: person.role,
			active: person.active
		}
	};
}

async function departmentProblem(
	trx: Transaction<Database>,
	id: string | null,
	current: string | null,
	w: ServerWords
) {
	if (id === null || id === current) return null;
	return unusableDepartment(trx, id, w.people.noSuchDepartment, w);
}

/** The one way a person comes into being (pages, SCIM, sign-in, set-up, fixtures): audited. */
export async function createPerson(
	db: Db,
	actorId: string | null,
	details: NewPerson,
	w: ServerWords = ENGLISH
): Promise<PersonChange> {
	const explained = (err: unknown) => explain(err, w);
	return formOrgEdit(db, validate(details, w), explained, async (trx) => {
		const problem = await departmentProblem(trx, details.departmentId, null, w);
		if (problem) return { ok: false, errors: { departmentId: problem } };
		const row = await trx
			.insertInto('people')
			.values({
				name: details.name,
				email: details.email,
				employee_id: details.employeeId,
				department_id: details.departmentId,
				locale: normaliseLocale(details.locale) as string,
				role: details.role ?? 'employee',
				password_hash: details.passwordHash ?? null,
				department_since: details.departmentSince ?? new Date()
			})
			.returning('id')
			.executeTakeFirstOrThrow();
		const created = (await auditView(trx, row.id))!;
		await recordAudit(trx, {
			actorId,
			action: 'person.created',
			entityType: 'person',
			entityId: row.id,
			entityLabel: created.person.name,
			after: created.view
		});
		return { ok: true, person: created.person };
	});
}

/** Name, email, employee id, language and department (a move keeps all history in place). */
export async function updatePersonDetails(
	db: Db,
	actorId: string | null,
	id: string,
	details: PersonDetails,
	w: ServerWords = ENGLISH
): Promise<PersonChange | null> {
	const explained = (err: unknown) => explain(err, w);
	return formOrgEdit(db, validate(details, w), explained, async (trx) => {
		const before = await auditView(trx, id);
		if (!before) return null;
		const problem = await departmentProblem(
			trx,
			details.departmentId,
			before.person.departmentId,
			w
		);
		if (problem) return { ok: false, errors: { departmentId: problem } };
		const now = new Date();
		const moved = details.departmentId !== before.person.departmentId;
		await trx
			.updateTable('people')
			.set({
				name: details.name,
				email: details.email,
				employee_id: details.employeeId,
				department_id: details.departmentId,
				locale: normaliseLocale(details.locale) as string,
				...(moved ? { department_since: now } : {}),
				updated_at: now
			})
			.where('id', '=', id)
			.execute();
		const after = (await auditView(trx, id))!;
		await recordChange(trx, {
			actorId,
			action: 'person.updated',
			entityType: 'person',
			entityId: id,
			entityLabel: after.person.name,
			before: before.view,
			after: after.view
		});
		return { ok: true, person: after.person };
	});
}

/**
 * Deactivation keeps the person and their history but ends their sessions and any reset link
 * at once; nobody deactivates themselves, so an active HR account always remains.
 */
export async function setPersonActive(
	db: Db,
	actorId: string | null,
	id: string,
	active: boolean,
	w: ServerWords = ENGLISH
): Promise<{ ok: true } | Refusal | null> {
	return inOrgEdit(db, async (trx) => {
		const person = await getPerson(trx, id);
		if (!person) return null;
		if (!active && id === actorId) {
			return { ok: false, message: w.people.ownAccount };
		}
		if (person.active === active) return { ok: true };
		const now = new Date();
		await trx
			.updateTable('people')
			// Coming back counts as joining the department anew (see domain/group-changes.ts).
			.set({ active, updated_at: now, ...(active ? { department_since: now } : {}) })
			.where('id', '=', id)
			.execute();
		if (!active) {
			await invalidateAllSessions(trx, id);
			await trx
				.deleteFrom('password_reset_tokens')
				.where('person_id', '=', id)
				.where('used_at', 'is', null)
				.execute();
		}
		await recordChange(trx, {
			actorId,
			action: active ? 'person.reactivated' : 'person.deactivated',
			entityType: 'person',
			entityId: id,
			entityLabel: person.name,
			before: { active: !active },
			after: { active }
		});
		return { ok: true };
	});
}

/** Grants or revokes HR. Nobody revokes their own, so an active HR account always remains. */
export async function setHrRole(
	db: Db,
	actorId: string | null,
	id: string,
	hr: boolean,
	w: ServerWords = ENGLISH
): Promise<{ ok: true } | Refusal | null> {
	return inOrgEdit(db, async (trx) => {
		const person = await getPerson(trx, id);
		if (!person) return null;
		if (!hr && id === actorId) {
			return { ok: false, message: w.people.ownHrRole };
		}
		if (hr && !person.active) return { ok: false, message: w.people.reactivateFirst };
		const role = hr ? 'hr' : 'employee';
		if (person.role === role) return { ok: true };
		await trx
			.updateTable('people')
			.set({ role, updated_at: new Date() })
			.where('id', '=', id)
			.execute();
		await recordChange(trx, {
			actorId,
			action: hr ? 'person.hr_granted' : 'person.hr_revoked',
			entityType: 'person',
			entityId: id,
			entityLabel: person.name,
			before: { role: person.role },
			after: { role }
		});
		return { ok: true };
	});
}

/** Makes the person head of the department (true) or no longer (false). */
export async function setDepartmentHead(
	db: Db,
	actorId: string | null,
	personId: string,
	departmentId: string,
	head: boolean,
	w: ServerWords = ENGLISH
): Promise<{ ok: true } | Refusal | null> {
	return inOrgEdit(db, async (trx) => {
		const person = await getPerson(trx, personId);
		const department = await getDepartment(trx, departmentId);
		if (!person || !department) return null;
		if (head && department.archived) {
			return { ok: false, message: w.people.departmentArchived(department.name) };
		}
		if (head && !person.active) return { ok: false, message: w.people.reactivateFirst };
		const existing = await trx
			.selectFrom('department_heads')
			.select('person_id')
			.where('person_id', '=', personId)
			.where('department_id', '=', departmentId)
			.executeTakeFirst();
		if (head === (existing !== undefined)) return { ok: true };
		if (head) {
			await trx
				.insertInto('department_heads')
				.values({ person_id: personId, department_id: departmentId })
				.execute();
		} else {
			await trx
				.deleteFrom('department_heads')
				.where('person_id', '=', personId)
				.where('department_id', '=', departmentId)
				.execute();
		}
		const path = (await departmentPaths(trx, [departmentId])).get(departmentId) ?? department.name;
		await recordAudit(trx, {
			actorId,
			action: head ? 'person.head_added' : 'person.head_removed',
			entityType: 'person',
			entityId: personId,
			entityLabel: person.name,
			...(head ? { after: { headOf: path } } : { before: { headOf: path } })
		});
		return { ok: true };
	});
}
