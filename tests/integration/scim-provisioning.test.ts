import { addDepartment, addPerson } from '../helpers/org-writes';
import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { useTestDatabase } from '../helpers/db';
import { createScimKey, scimClient } from '../helpers/scim';
import { listAuditEntries } from '../../src/lib/server/audit/log';
import { getPerson } from '../../src/lib/server/org/people';
import type { ScimCaller } from '../../src/lib/server/scim/dispatch';

const db = useTestDatabase();
let caller: ScimCaller;
const scim = scimClient(db, () => caller);

const CORE = 'urn:ietf:params:scim:schemas:core:2.0:User';
const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
const GROUP = 'urn:ietf:params:scim:schemas:core:2.0:Group';
const PATCH = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
const ERROR = 'urn:ietf:params:scim:api:messages:2.0:Error';

let managerId: string;

beforeAll(async () => {
	const hr = await addPerson(db(), { email: 'hr@scim.test', name: 'Hana HR', role: 'hr' });
	caller = await createScimKey(db(), hr.id);
	await addDepartment(db(), { code: 'SALES', name: 'Sales', parentId: null });
	managerId = (await addPerson(db(), { email: 'boss@scim.test', name: 'Bo Boss' })).id;
});

async function actions(entityId: string) {
	return (await listAuditEntries(db(), { entityType: 'person', entityId, limit: 100 }))
		.map((e) => e.action)
		.reverse();
}

describe("Okta's provisioning sequence", () => {
	let id: string;

	it('looks the user up by userName, finds nobody, creates them', async () => {
		const search = await scim(
			'GET',
			'/Users?filter=' +
				encodeURIComponent('userName eq "ok.jones@scim.test"') +
				'&startIndex=1&count=100'
		);
		expect(search.status).toBe(200);
		expect(search.body).toMatchObject({ totalResults: 0, Resources: [] });

		const created = await scim('POST', '/Users', {
			schemas: [CORE],
			userName: 'ok.jones@scim.test',
			name: { givenName: 'Olive', familyName: 'Jones' },
			emails: [{ primary: true, value: 'ok.jones@scim.test', type: 'work' }],
			displayName: 'Olive Jones',
			locale: 'en-US',
			externalId: '00u1abcd',
			groups: [],
			password: 'never-stored-1',
			active: true
		});
		expect(created.status).toBe(201);
		expect(created.body).toMatchObject({
			userName: 'ok.jones@scim.test',
			displayName: 'Olive Jones',
			active: true,
			externalId: '00u1abcd'
		});
		id = created.body.id;
		const person = await getPerson(db(), id);
		expect(person).toMatchObject({
			email: 'ok.jones@scim.test',
			name: 'Olive Jones',
			locale: 'en-US'
		});
		const row = await db()
			.selectFrom('people')
			.select('password_hash')
			.where('id', '=', id)
			.executeTakeFirstOrThrow();
		expect(row.password_hash).toBeNull();

		const again = await scim(
			'GET',
			'/Users?filter=' + encodeURIComponent('userName eq "OK.Jones@scim.test"')
		);
		expect(again.body.totalResults).toBe(1);
		expect(again.body.Resources[0].id).toBe(id);
		expect((await scim('GET', `/Users/${id}`)).body.id).toBe(id);
	});

	it('updates the profile with PUT, department and manager included', async () => {
		const current = (await scim('GET', `/Users/${id}`)).body;
		const updated = await scim('PUT', `/Users/${id}`, {
			...current,
			name: { givenName: 'Olive', familyName: 'Jones-Smith' },
			displayName: 'Olive Jones-Smith',
			[ENTERPRISE]: { department: 'Sales', manager: { value: managerId }, employeeNumber: 'E-77' }
		});
		expect(updated.status).toBe(200);
		expect(updated.body[ENTERPRISE]).toMatchObject({
			department: 'Sales',
			employeeNumber: 'E-77',
			manager: { value: managerId, displayName: 'Bo Boss' }
		});
		const person = await getPerson(db(), id);
		expect(person?.name).toBe('Olive Jones-Smith');
		expect(person?.employeeId).toBe('E-77');
	});

	it('deactivates with PATCH replace {active: false}, keeping the person', async () => {
		const patched = await scim('PATCH', `/Users/${id}`, {
			schemas: [PATCH],
			Operations: [{ op: 'replace', value: { active: false } }]
		});
		expect(patched.status).toBe(200);
		expect(patched.body.active).toBe(false);
		expect((await getPerson(db(), id))?.active).toBe(false);
		expect(await actions(id)).toEqual([
			'person.created',
			'person.updated',
			'person.manager_changed',
			'person.deactivated'
		]);
	});

	it('creates a group, renames it, adds and removes a member, deletes it', async () => {
		const member = (
			await scim('POST', '/Users', {
				schemas: [CORE],
				userName: 'ok.member@scim.test',
				name: { givenName: 'Max', familyName: 'Member' },
				emails: [{ primary: true, value: 'ok.member@scim.test', type: 'work' }],
				active: true
			})
		).body.id;
		const group = await scim('POST', '/Groups', {
			schemas: [GROUP],
			displayName: 'Okta Team',
			members: []
		});
		expect(group.status).toBe(201);
		const groupId = group.body.id;
		const department = await db()
			.selectFrom('departments')
			.selectAll()
			.where('id', '=', groupId)
			.executeTakeFirstOrThrow();
		expect(department.name).toBe('Okta Team');

		await scim('PATCH', `/Groups/${groupId}`, {
			schemas: [PATCH],
			Operations: [{ op: 'replace', value: { id: groupId, displayName: 'Okta Crew' } }]
		});
		await scim('PATCH', `/Groups/${groupId}`, {
			schemas: [PATCH],
			Operations: [
				{ op: 'add', path: 'members', value: [{ value: member, display: 'ok.member@scim.test' }] }
			]
		});
		expect((await getPerson(db(), member))?.departmentId).toBe(groupId);
		const read = await scim('GET', `/Groups/${groupId}`);
		expect(read.body).toMatchObject({ displayName: 'Okta Crew', members: [{ value: member }] });

		await scim('PATCH', `/Groups/${groupId}`, {
			schemas: [PATCH],
			Operations: [{ op: 'remove', path: `members[value eq "${member}"]` }]
		});
		expect((await getPerson(db(), member))?.departmentId).toBeNull();

		expect((await scim('DELETE', `/Groups/${groupId}`)).status).toBe(204);
		expect((await scim('GET', `/Groups/${groupId}`)).status).toBe(404);
		const archived = await db()
			.selectFrom('departments')
			.select('archived_at')
			.where('id', '=', groupId)
			.executeTakeFirstOrThrow();
		expect(archived.archived_at).not.toBeNull();
		const departmentLog = await listAuditEntries(db(), {
			entityType: 'department',
			entityId: groupId
		});
		expect(departmentLog.map((e) => e.action).reverse()).toEqual([
			'department.created',
			'department.updated',
			'department.archived'
		]);
	});
});

describe("Entra ID's provisioning sequence", () => {
	let id: string;
	const userName = 'Test_User_dfeef4c5@scim.test';

	it('creates a user with the enterprise extension and finds it by userName', async () => {
		const none = await scim(
			'GET',
			'/Users?filter=' + encodeURIComponent(`userName eq "${userName}"`)
		);
		expect(none.body.totalResults).toBe(0);
		const created = await scim('POST', '/Users', {
			schemas: [CORE, ENTERPRISE],
			externalId: '0a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef',
			userName,
			active: true,
			emails: [{ primary: true, type: 'work', value: 'Test_User_11bb6c3c@scim.test' }],
			meta: { resourceType: 'User' },
			name: { formatted: 'givenName familyName', familyName: 'familyName', givenName: 'givenName' },
			roles: []
		});
		expect(created.status).toBe(201);
		id = created.body.id;
		expect((await getPerson(db(), id))?.email).toBe('Test_User_11bb6c3c@scim.test');
		const found = await scim(
			'GET',
			'/Users?filter=' + encodeURIComponent(`userName eq "${userName}"`)
		);
		expect(found.body.Resources.map((u: { id: string }) => u.id)).toEqual([id]);
		const conflict = await scim('POST', '/Users', {
			schemas: [CORE],
			userName,
			emails: [{ primary: true, type: 'work', value: 'Test_User_11bb6c3c@scim.test' }]
		});
		expect(conflict.status).toBe(409);
		expect(conflict.body).toMatchObject({
			schemas: [ERROR],
			status: '409',
			scimType: 'uniqueness'
		});
	});

	it('replaces the email and family name by path', async () => {
		const patched = await scim('PATCH', `/Users/${id}`, {
			schemas: [PATCH],
			Operations: [
				{ op: 'Replace', path: 'emails[type eq "work"].value', value: 'updatedEmail@scim.test' },
				{ op: 'Replace', path: 'name.familyName', value: 'updatedFamilyName' }
			]
		});
		expect(patched.status).toBe(200);
		expect(await getPerson(db(), id)).toMatchObject({
			email: 'updatedEmail@scim.test',
			name: 'givenName updatedFamilyName'
		});
	});

	it('sets department and manager, then removes the manager', async () => {
		await scim('PATCH', `/Users/${id}`, {
			schemas: [PATCH],
			Operations: [
				{ op: 'Add', path: `${ENTERPRISE}:department`, value: 'Field Service' },
				{ op: 'Add', path: `${ENTERPRISE}:manager`, value: managerId }
			]
		});
		const person = await getPerson(db(), id);
		const department = await db()
			.selectFrom('departments')
			.selectAll()
			.where('id', '=', person!.departmentId!)
			.executeTakeFirstOrThrow();
		expect(department).toMatchObject({ name: 'Field Service', parent_id: null });
		expect((await scim('GET', `/Users/${id}`)).body[ENTERPRISE].manager.value).toBe(managerId);

		await scim('PATCH', `/Users/${id}`, {
			schemas: [PATCH],
			Operations: [{ op: 'Remove', path: `${ENTERPRISE}:manager` }]
		});
		expect((await scim('GET', `/Users/${id}`)).body[ENTERPRISE].manager).toBeUndefined();
	});

	it('refuses a manager that would close a loop, changing nothing', async () => {
		await scim('PATCH', `/Users/${managerId}`, {
			schemas: [PATCH],
			Operations: [{ op: 'Add', path: `${ENTERPRISE}:manager`, value: id }]
		});
		const before = await listAuditEntries(db(), { limit: 1 });
		const loop = await scim('PATCH', `/Users/${id}`, {
			schemas: [PATCH],
			Operations: [
				{ op: 'Replace', path: 'displayName', value: 'Someone Else' },
				{ op: 'Add', path: `${ENTERPRISE}:manager`, value: managerId }
			]
		});
		expect(loop.status).toBe(400);
		expect(loop.body.scimType).toBe('invalidValue');
		expect((await getPerson(db(), id))?.name).toBe('givenName updatedFamilyName');
		expect((await listAuditEntries(db(), { limit: 1 }))[0].id).toBe(before[0].id);
	});

	it('moves people between groups and renames a group', async () => {
		const group = await scim('POST', '/Groups', {
			schemas: [GROUP],
			externalId: '8aa1a0c0-c4c3-4bc0-b4a5-2ef676900159',
			displayName: 'Group1DisplayName',
			meta: { resourceType: 'Group' }
		});
		expect(group.status).toBe(201);
		const groupId = group.body.id;
		const listed = await scim(
			'GET',
			'/Groups?excludedAttributes=members&filter=' +
				encodeURIComponent('displayName eq "Group1DisplayName"')
		);
		expect(listed.body.Resources).toEqual([expect.objectContaining({ id: groupId })]);
		expect(listed.body.Resources[0].members).toBeUndefined();

		await scim('PATCH', `/Groups/${groupId}`, {
			schemas: [PATCH],
			Operations: [{ op: 'Add', path: 'members', value: [{ $ref: null, value: id }] }]
		});
		expect((await getPerson(db(), id))?.departmentId).toBe(groupId);
		await scim('PATCH', `/Groups/${groupId}`, {
			schemas: [PATCH],
			Operations: [{ op: 'Remove', path: 'members', value: [{ $ref: null, value: id }] }]
		});
		expect((await getPerson(db(), id))?.departmentId).toBeNull();
		await scim('PATCH', `/Groups/${groupId}`, {
			schemas: [PATCH],
			Operations: [
				{
					op: 'Replace',
					path: 'displayName',
					value: '1879db59-3bdf-4490-ad68-ab880a269474updatedDisplayName'
				}
			]
		});
		expect((await scim('GET', `/Groups/${groupId}`)).body.displayName).toBe(
			'1879db59-3bdf-4490-ad68-ab880a269474updatedDisplayName'
		);
	});

	it('disables with active "False", then deletes as deactivation', async () => {
		await scim('PATCH', `/Users/${id}`, {
			schemas: [PATCH],
			Operations: [{ op: 'Replace', path: 'active', value: 'False' }]
		});
		expect((await getPerson(db(), id))?.active).toBe(false);
		expect((await scim('DELETE', `/Users/${id}`)).status).toBe(204);
		expect((await scim('GET', `/Users/${id}`)).status).toBe(404);
		expect((await scim('DELETE', `/Users/${id}`)).status).toBe(404);
		// The person and their history stay: deletion never removes anyone.
		expect(await getPerson(db(), id)).toMatchObject({ active: false });
	});

	it('records every change with the key that asked for it', async () => {
		const requests = await listAuditEntries(db(), {
			entityType: 'api_key',
			entityId: caller.keyId,
			limit: 200
		});
		expect(requests.filter((e) => e.action === 'scim.request').length).toBeGreaterThan(10);
		expect(requests[0].action).toBe('scim.request');
		expect(requests[0].after).toMatchObject({
			method: 'DELETE',
			resource: `/Users/${id}`,
			status: 204
		});
	});
});

describe('SCIM listing and discovery', () => {
	it('pages through users with startIndex and count', async () => {
		const all = await scim('GET', '/Users?count=200');
		const page = await scim('GET', '/Users?startIndex=2&count=2');
		expect(page.body).toMatchObject({
			startIndex: 2,
			itemsPerPage: 2,
			totalResults: all.body.totalResults
		});
		expect(page.body.Resources.map((u: { id: string }) => u.id)).toEqual(
			all.body.Resources.slice(1, 3).map((u: { id: string }) => u.id)
		);
	});

	it('describes itself', async () => {
		expect((await scim('GET', '/ServiceProviderConfig')).body.patch.supported).toBe(true);
		expect(
			(await scim('GET', '/ResourceTypes')).body.Resources.map((r: { id: string }) => r.id)
		).toEqual(['User', 'Group']);
		expect((await scim('GET', `/Schemas/${ENTERPRISE}`)).status).toBe(200);
	});

	it('answers unsupported filters and unknown paths in SCIM error format', async () => {
		const filter = await scim(
			'GET',
			'/Users?filter=' + encodeURIComponent('name.familyName co "x"')
		);
		expect(filter.body).toMatchObject({
			schemas: [ERROR],
			status: '400',
			scimType: 'invalidFilter'
		});
		expect((await scim('GET', '/Nothing')).status).toBe(404);
		expect((await scim('PATCH', '/Users', {})).status).toBe(405);
		const count = await db()
			.selectFrom('people')
			.select(sql<string>`count(*)`.as('n'))
			.executeTakeFirstOrThrow();
		expect(Number(count.n)).toBeGreaterThan(0);
	});
});
