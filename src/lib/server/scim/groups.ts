import { sql, type InferResult, type Transaction } from 'kysely';
import type { Database, Db } from '../db';
import { isUuid } from '../../domain/ids';
import { parseEqualityFilter, parsePagination, parsePatchPath } from '../../domain/scim/filter';
import { GROUP_SCHEMA, ScimError } from '../../domain/scim/schemas';
import { isObject, parsePatchOperations, pathlessValue } from '../../domain/scim/user-input';
import { departmentNameProblem } from '../../domain/org-fields';
import { archiveDepartment, updateDepartmentDetails } from '../org/departments-admin';
import { getDepartment } from '../org/departments';
import { createDepartmentForScim, movePerson } from './departments';
import { findResource, listPage, listResponse } from './resources';

type Trx = Transaction<Database>;

// A SCIM group is a department in use; its members are the active people in it (not below it).
function groupQuery(db: Db) {
	return db
		.selectFrom('departments')
		.leftJoin('scim_groups', 'scim_groups.department_id', 'departments.id')
		.select([
			'departments.id',
			'departments.name',
			'departments.created_at as createdAt',
			'scim_groups.external_id as externalId'
		])
		.where('departments.archived_at', 'is', null);
}

type GroupRow = InferResult<ReturnType<typeof groupQuery>>[number];

async function membersOf(db: Db, ids: string[]) {
	if (ids.length === 0) return new Map<string, { value: string; display: string }[]>();
	const rows = await db
		.selectFrom('people')
		.select(['id', 'name', 'department_id'])
		.where('department_id', 'in', ids)
		.where('active', '=', true)
		.orderBy('name')
		.execute();
	const byGroup = new Map<string, { value: string; display: string }[]>();
	for (const r of rows) {
		const list = byGroup.get(r.department_id!) ?? [];
		list.push({ value: r.id, display: r.name });
		byGroup.set(r.department_id!, list);
	}
	return byGroup;
}

function toResource(
	row: GroupRow,
	members: { value: string; display: string }[] | null,
	base: string
) {
	return {
		schemas: [GROUP_SCHEMA],
		id: row.id,
		...(row.externalId ? { externalId: row.externalId } : {}),
		displayName: row.name,
		...(members
			? { members: members.map((m) => ({ ...m, $ref: `${base}/Users/${m.value}` })) }
			: {}),
		meta: {
			resourceType: 'Group',
			created: row.createdAt.toISOString(),
			location: `${base}/Groups/${row.id}`
		}
	};
}

function wantsMembers(params: URLSearchParams): boolean {
	const excluded = (params.get('excludedAttributes') ?? '').toLowerCase().split(',');
	return !excluded.map((s) => s.trim()).includes('members');
}

function findGroup(db: Db, id: string): Promise<GroupRow> {
	return findResource('group', id, () =>
		groupQuery(db).where('departments.id', '=', id).executeTakeFirst()
	);
}

export async function getGroup(db: Db, id: string, base: string, params = new URLSearchParams()) {
	const row = await findGroup(db, id);
	const members = wantsMembers(params) ? ((await membersOf(db, [id])).get(id) ?? []) : null;
	return toResource(row, members, base);
}

export async function listGroups(db: Db, params: URLSearchParams, base: string) {
	const filter = parseEqualityFilter(params.get('filter'), ['displayName', 'externalId']);
	const { startIndex, count } = parsePagination(params);
	let query = groupQuery(db);
	if (filter?.attribute === 'displayName') {
		query = query.where(sql`lower(departments.name)`, '=', filter.value.toLowerCase());
	} else if (filter?.attribute === 'externalId') {
		query = query.where('scim_groups.external_id', '=', filter.value);
	}
	const { total, rows } = await listPage(
		query,
		(q) => q.orderBy('departments.created_at').orderBy('departments.id'),
		{ startIndex, count }
	);
	const members = wantsMembers(params)
		? await membersOf(
				db,
				rows.map((r) => r.id)
			)
		: null;
	const resources = rows.map((r) =>
		toResource(r, members ? (members.get(r.id) ?? []) : null, base)
	);
	return listResponse(total, startIndex, resources);
}

function displayNameOf(value: unknown): string {
	if (typeof value !== 'string') {
		throw new ScimError(400, '"displayName" must be a string.', 'invalidValue');
	}
	const problem = departmentNameProblem(value.trim());
	if (problem) throw new ScimError(400, `"displayName": ${problem}`, 'invalidValue');
	return value.trim();
}

function memberIds(value: unknown): string[] {
	const list = value === null || value === undefined ? [] : Array.isArray(value) ? value : [value];
	return list.map((m) => {
		const id = isObject(m) ? m.value : m;
		if (typeof id !== 'string') {
			throw new ScimError(400, 'Each member needs a "value" (a user id).', 'invalidValue');
		}
		return id;
	});
}

async function addMembers(trx: Trx, groupId: string, ids: string[]) {
	for (const id of ids) {
		if (!isUuid(id)) throw new ScimError(400, `There is no user ${id}.`, 'invalidValue');
		await movePerson(trx, id, groupId);
	}
}

/** Removing a member takes the person out of this department (into none), if they are in it. */
async function removeMembers(trx: Trx, groupId: string, ids: string[] | null) {
	let query = trx
		.selectFrom('people')
		.select('id')
		.where('department_id', '=', groupId)
		.where('active', '=', true);
	if (ids !== null) {
		const valid = ids.filter(isUuid);
		if (valid.length === 0) return;
		query = query.where('id', 'in', valid);
	}
	for (const { id } of await query.execute()) await movePerson(trx, id, null);
}

async function rename(trx: Trx, id: string, name: string) {
	const department = (await getDepartment(trx, id))!;
	if (department.name === name) return;
	const result = await updateDepartmentDetails(trx, null, id, { ...department, name });
	if (result && !result.ok) {
		throw new ScimError(409, Object.values(result.errors).join(' '), 'uniqueness');
	}
}

async function setExternalId(trx: Trx, id: string, externalId: unknown) {
	if (externalId !== null && externalId !== undefined && typeof externalId !== 'string') {
		throw new ScimError(400, '"externalId" must be a string.', 'invalidValue');
	}
	await trx
		.insertInto('scim_groups')
		.values({ department_id: id, external_id: externalId ?? null })
		.onConflict((oc) => oc.column('department_id').doUpdateSet({ external_id: externalId ?? null }))
		.execute();
}

export async function createGroup(trx: Trx, body: unknown, base: string) {
	if (!isObject(body)) throw new ScimError(400, 'The body must be a JSON object.', 'invalidSyntax');
	const name = displayNameOf(body.displayName);
	const taken = await groupQuery(trx)
		.where(sql`lower(departments.name)`, '=', name.toLowerCase())
		.where('departments.parent_id', 'is', null)
		.executeTakeFirst();
	if (taken) throw new ScimError(409, `A group named "${name}" already exists.`, 'uniqueness');
	const members = memberIds(body.members);
	const id = await createDepartmentForScim(trx, name);
	await setExternalId(trx, id, body.externalId);
	await addMembers(trx, id, members);
	return getGroup(trx, id, base);
}

export async function replaceGroup(trx: Trx, id: string, body: unknown, base: string) {
	await findGroup(trx, id);
	if (!isObject(body)) throw new ScimError(400, 'The body must be a JSON object.', 'invalidSyntax');
	await rename(trx, id, displayNameOf(body.displayName));
	if (body.externalId !== undefined) await setExternalId(trx, id, body.externalId);
	const members = memberIds(body.members);
	await removeMembers(trx, id, null);
	await addMembers(trx, id, members);
	return getGroup(trx, id, base);
}

export async function patchGroup(trx: Trx, id: string, body: unknown, base: string) {
	await findGroup(trx, id);
	for (const { op, path, value } of parsePatchOperations(body)) {
		if (path === null) {
			const fields = pathlessValue(value);
			if (fields.displayName !== undefined)
				await rename(trx, id, displayNameOf(fields.displayName));
			if (fields.externalId !== undefined) await setExternalId(trx, id, fields.externalId);
			if (fields.members !== undefined) {
				if (op === 'replace') await removeMembers(trx, id, null);
				await addMembers(trx, id, memberIds(fields.members));
			}
			continue;
		}
		const target = parsePatchPath(path, [GROUP_SCHEMA]);
		const attribute = target.attribute.replace(`${GROUP_SCHEMA}:`, '').toLowerCase();
		if (attribute === 'displayname') {
			if (op === 'remove') throw new ScimError(400, 'A group keeps its name.', 'mutability');
			await rename(trx, id, displayNameOf(value));
		} else if (attribute === 'externalid') {
			await setExternalId(trx, id, op === 'remove' ? null : value);
		} else if (attribute === 'members') {
			if (op === 'remove') {
				const filtered =
					target.valueFilter?.attribute === 'value' ? [target.valueFilter.value] : null;
				await removeMembers(trx, id, filtered ?? (value === undefined ? null : memberIds(value)));
			} else {
				if (op === 'replace') await removeMembers(trx, id, null);
				await addMembers(trx, id, memberIds(value));
			}
		} else {
			throw new ScimError(
				400,
				`A group has no attribute "${path}" Rapport can change.`,
				'invalidPath'
			);
		}
	}
	return getGroup(trx, id, base);
}

/** Deleting a group takes its members out of the department and archives it; history stays. */
export async function deleteGroup(trx: Trx, id: string): Promise<void> {
	await findGroup(trx, id);
	await removeMembers(trx, id, null);
	const result = await archiveDepartment(trx, null, id);
	if (result && !result.ok) {
		throw new ScimError(409, Object.values(result.errors).join(' '), 'mutability');
	}
}
