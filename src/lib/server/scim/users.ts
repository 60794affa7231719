import { sql, type InferResult, type Transaction } from 'kysely';
import type { Database, Db } from '../db';
import { recordChange } from '../audit/changes';
import { normaliseLocale } from '../../domain/org-fields';
import { isUuid } from '../../domain/ids';
import { parseEqualityFilter, parsePagination } from '../../domain/scim/filter';
import { ENTERPRISE_USER_SCHEMA, ScimError, USER_SCHEMA } from '../../domain/scim/schemas';
import {
	applyUserPatch,
	parseUserResource,
	personEmail,
	personName,
	type ScimUserState
} from '../../domain/scim/user-input';
import { findPersonByEmail } from '../org/people';
import { createPerson, setPersonActive, updatePersonDetails } from '../org/people-admin';
import { resolveDepartment } from './departments';
import { findResource, listPage, listResponse } from './resources';

type Trx = Transaction<Database>;

/** What one person looks like to a SCIM client, read in one query. */
function userQuery(db: Db) {
	return db
		.selectFrom('people')
		.leftJoin('scim_users', 'scim_users.person_id', 'people.id')
		.leftJoin('departments', 'departments.id', 'people.department_id')
		.leftJoin('people as manager', 'manager.id', 'scim_users.manager_id')
		.select([
			'people.id',
			'people.email',
			'people.name',
			'people.employee_id as employeeId',
			'people.locale',
			'people.active',
			'people.created_at as createdAt',
			'people.updated_at as updatedAt',
			'scim_users.user_name as userName',
			'scim_users.external_id as externalId',
			'scim_users.manager_id as managerId',
			'scim_users.given_name as givenName',
			'scim_users.family_name as familyName',
			'manager.name as managerName',
			'departments.name as department'
		])
		.where('scim_users.deleted_at', 'is', null);
}

type UserRow = InferResult<ReturnType<typeof userQuery>>[number];

function toResource(row: UserRow, base: string) {
	return {
		schemas: [USER_SCHEMA, ENTERPRISE_USER_SCHEMA],
		id: row.id,
		...(row.externalId ? { externalId: row.externalId } : {}),
		userName: row.userName ?? row.email,
		name: { formatted: row.name },
		displayName: row.name,
		emails: [{ value: row.email, type: 'work', primary: true }],
		preferredLanguage: row.locale,
		active: row.active,
		[ENTERPRISE_USER_SCHEMA]: {
			...(row.employeeId ? { employeeNumber: row.employeeId } : {}),
			...(row.department ? { department: row.department } : {}),
			...(row.managerId
				? {
						manager: {
							value: row.managerId,
							$ref: `${base}/Users/${row.managerId}`,
							displayName: row.managerName
						}
					}
				: {})
		},
		meta: {
			resourceType: 'User',
			created: row.createdAt.toISOString(),
			lastModified: row.updatedAt.toISOString(),
			location: `${base}/Users/${row.id}`
		}
	};
}

export type ScimUser = ReturnType<typeof toResource>;

function findUser(db: Db, id: string): Promise<UserRow> {
	return findResource('user', id, () =>
		userQuery(db).where('people.id', '=', id).executeTakeFirst()
	);
}

export async function getUser(db: Db, id: string, base: string): Promise<ScimUser> {
	return toResource(await findUser(db, id), base);
}

export async function listUsers(db: Db, params: URLSearchParams, base: string) {
	const filter = parseEqualityFilter(params.get('filter'), [
		'userName',
		'externalId',
		'emails.value'
	]);
	const { startIndex, count } = parsePagination(params);
	let query = userQuery(db);
	if (filter?.attribute === 'userName') {
		const value = filter.value.toLowerCase();
		query = query.where((eb) =>
			eb.or([
				eb(sql`lower(scim_users.user_name)`, '=', value),
				eb.and([eb('scim_users.user_name', 'is', null), eb(sql`lower(people.email)`, '=', value)])
			])
		);
	} else if (filter?.attribute === 'externalId') {
		query = query.where('scim_users.external_id', '=', filter.value);
	} else if (filter?.attribute === 'emails.value') {
		query = query.where(sql`lower(people.email)`, '=', filter.value.toLowerCase());
	}
	const { total, rows } = await listPage(
		query,
		(q) => q.orderBy('people.created_at').orderBy('people.id'),
		{ startIndex, count }
	);
	return listResponse(
		total,
		startIndex,
		rows.map((r) => toResource(r, base))
	);
}

function stateOf(row: UserRow): ScimUserState {
	return {
		userName: row.userName ?? row.email,
		externalId: row.externalId,
		displayName: row.name,
		givenName: row.givenName,
		familyName: row.familyName,
		email: row.email,
		active: row.active,
		locale: row.locale,
		employeeNumber: row.employeeId,
		department: row.department,
		managerId: row.managerId
	};
}

async function defaultLocale(trx: Trx): Promise<string> {
	const row = await trx.selectFrom('org_settings').select('default_locale').executeTakeFirst();
	return row?.default_locale ?? 'en';
}

async function checkManager(trx: Trx, personId: string, managerId: string | null) {
	if (managerId === null) return;
	if (managerId === personId) {
		throw new ScimError(400, 'A user cannot be their own manager.', 'invalidValue');
	}
	const exists = isUuid(managerId)
		? await trx.selectFrom('people').select('id').where('id', '=', managerId).executeTakeFirst()
		: undefined;
	if (!exists)
		throw new ScimError(400, `The manager ${managerId} is not a known user.`, 'invalidValue');
	// Walk up from the new manager: reaching the person again would close a loop.
	const seen = new Set<string>();
	for (let id: string | null = managerId; id !== null;) {
		if (id === personId) {
			throw new ScimError(
				400,
				'That manager would make the reporting lines circular.',
				'invalidValue'
			);
		}
		if (seen.has(id)) break;
		seen.add(id);
		const next: { manager_id: string | null } | undefined = await trx
			.selectFrom('scim_users')
			.select('manager_id')
			.where('person_id', '=', id)
			.executeTakeFirst();
		id = next?.manager_id ?? null;
	}
}

function refusal(errors: Record<string, string>): ScimError {
	const email = errors.email;
	if (email?.startsWith('Another person')) return new ScimError(409, email, 'uniqueness');
	const employeeId = errors.employeeId;
	if (employeeId?.startsWith('Another person')) return new ScimError(409, employeeId, 'uniqueness');
	return new ScimError(400, Object.values(errors).join(' '), 'invalidValue');
}

/** Writes the state through the audited org functions; returns the person's id. */
async function writeUser(
	trx: Trx,
	existingId: string | null,
	state: ScimUserState,
	before?: ScimUserState
) {
	const email = personEmail(state);
	const locale =
		(state.locale && normaliseLocale(state.locale)) ?? before?.locale ?? (await defaultLocale(trx));
	const departmentId = await resolveDepartment(trx, state.department);
	const details = {
		name: personName(state),
		email,
		employeeId: state.employeeNumber,
		departmentId,
		locale
	};
	let id = existingId;
	if (id === null) {
		const created = await createPerson(trx, null, details);
		if (!created.ok) throw refusal(created.errors);
		id = created.person.id;
	} else {
		const updated = await updatePersonDetails(trx, null, id, details);
		if (!updated) throw new ScimError(404, `There is no user ${id}.`);
		if (!updated.ok) throw refusal(updated.errors);
	}
	const activation = await setPersonActive(trx, null, id, state.active);
	if (activation && !activation.ok) throw new ScimError(400, activation.message, 'invalidValue');
	await checkManager(trx, id, state.managerId);
	const link = await trx
		.insertInto('scim_users')
		.values({
			person_id: id,
			user_name: state.userName,
			external_id: state.externalId,
			given_name: state.givenName,
			family_name: state.familyName,
			manager_id: state.managerId
		})
		.onConflict((oc) =>
			oc.column('person_id').doUpdateSet({
				user_name: state.userName,
				external_id: state.externalId,
				given_name: state.givenName,
				family_name: state.familyName,
				manager_id: state.managerId,
				deleted_at: null,
				updated_at: new Date()
			})
		)
		.returning('person_id')
		.executeTakeFirst()
		.catch((err: unknown) => {
			throw (err as { code?: string }).code === '23505'
				? new ScimError(409, `Another user has the userName "${state.userName}".`, 'uniqueness')
				: err;
		});
	if (link) {
		await recordChange(trx, {
			actorId: null,
			action: 'person.manager_changed',
			entityType: 'person',
			entityId: id,
			entityLabel: details.name,
			before: { manager: before?.managerId ?? null },
			after: { manager: state.managerId }
		});
	}
	return id;
}

export async function createUser(trx: Trx, body: unknown, base: string): Promise<ScimUser> {
	const state = parseUserResource(body);
	const taken = await userQuery(trx)
		.where((eb) =>
			eb.or([
				eb(sql`lower(scim_users.user_name)`, '=', state.userName.toLowerCase()),
				eb(sql`lower(people.email)`, '=', personEmail(state).toLowerCase())
			])
		)
		.executeTakeFirst();
	if (taken) {
		throw new ScimError(
			409,
			`A user with userName "${state.userName}" already exists.`,
			'uniqueness'
		);
	}
	// A person deleted through SCIM earlier comes back as the same person, history and all.
	const returning = await findPersonByEmail(trx, personEmail(state));
	const id = await writeUser(trx, returning?.id ?? null, state);
	return getUser(trx, id, base);
}

export async function replaceUser(trx: Trx, id: string, body: unknown, base: string) {
	const before = stateOf(await findUser(trx, id));
	await writeUser(trx, id, parseUserResource(body), before);
	return getUser(trx, id, base);
}

export async function patchUser(trx: Trx, id: string, body: unknown, base: string) {
	const before = stateOf(await findUser(trx, id));
	const after = applyUserPatch(before, body);
	if (JSON.stringify(after) !== JSON.stringify(before)) await writeUser(trx, id, after, before);
	return getUser(trx, id, base);
}

/** Deletion is deactivation: the person, their history and what they answered all stay. */
export async function deleteUser(trx: Trx, id: string): Promise<void> {
	const row = await findUser(trx, id);
	await setPersonActive(trx, null, id, false);
	await trx
		.insertInto('scim_users')
		.values({ person_id: id, user_name: row.userName ?? row.email, deleted_at: new Date() })
		.onConflict((oc) => oc.column('person_id').doUpdateSet({ deleted_at: new Date() }))
		.execute();
}
