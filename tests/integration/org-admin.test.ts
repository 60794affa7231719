import { addDepartment, addPerson } from '../helpers/org-writes';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../helpers/db';
import { listAuditEntries } from '../../src/lib/server/audit/log';
import {
	createSession,
	generateSessionToken,
	validateSessionToken
} from '../../src/lib/server/auth/session';
import {
	ancestorDepartmentIds,
	getDepartment,
	listDepartmentChoices
} from '../../src/lib/server/org/departments';
import {
	archiveDepartment,
	createDepartment,
	moveDepartment,
	restoreDepartment,
	updateDepartmentDetails
} from '../../src/lib/server/org/departments-admin';
import { getPerson, getPersonProfile } from '../../src/lib/server/org/people';
import { i18n } from '../../src/lib/i18n';
import {
	createPerson,
	setDepartmentHead,
	setHrRole,
	setPersonActive,
	updatePersonDetails
} from '../../src/lib/server/org/people-admin';

const db = useTestDatabase();
let hrId: string;

beforeAll(async () => {
	hrId = (await addPerson(db(), { email: 'hr@admin.test', name: 'Hana HR', role: 'hr' })).id;
});

async function department(code: string, parentCode?: string) {
	const parent = parentCode
		? (await listDepartmentChoices(db())).find((c) => c.path.endsWith(parentCode))
		: undefined;
	const result = await createDepartment(db(), hrId, {
		code,
		name: code,
		kind: 'internal',
		parentId: parent?.id ?? null
	});
	if (!result.ok) throw new Error(JSON.stringify(result.errors));
	return result.department;
}

describe('departments', () => {
	it('renames, changes the code and the kind, and records before and after', async () => {
		const d = await department('REN');
		const result = await updateDepartmentDetails(db(), hrId, d.id, {
			name: 'Renamed',
			code: 'RN',
			kind: 'customer_facing'
		});
		expect(result).toMatchObject({
			ok: true,
			department: { name: 'Renamed', code: 'RN', kind: 'customer_facing' }
		});
		const [entry] = await listAuditEntries(db(), { entityId: d.id });
		expect(entry).toMatchObject({
			action: 'department.updated',
			actorId: hrId,
			actorName: 'Hana HR',
			before: { name: 'REN', code: 'REN', kind: 'internal' },
			after: { name: 'Renamed', code: 'RN', kind: 'customer_facing' }
		});
	});

	it('explains a taken code, a taken sibling name and a bad name, field by field', async () => {
		const a = await department('TAKEN');
		await department('SIB-A', 'TAKEN');
		const b = await department('SIB-B', 'TAKEN');
		expect(
			await updateDepartmentDetails(db(), hrId, b.id, {
				name: 'x',
				code: 'taken',
				kind: 'internal'
			})
		).toEqual({
			ok: false,
			errors: { code: 'The code “taken” is already used by another department.' }
		});
		expect(
			await updateDepartmentDetails(db(), hrId, b.id, {
				name: 'sib-a',
				code: 'SIB-B',
				kind: 'internal'
			})
		).toEqual({
			ok: false,
			errors: { name: 'There is already a department named “sib-a” there.' }
		});
		expect(
			await createDepartment(db(), hrId, {
				name: 'A/B',
				code: 'a b',
				kind: 'internal',
				parentId: a.id
			})
		).toEqual({
			ok: false,
			errors: {
				name: 'A department name cannot contain “/” or “;”.',
				code: 'Use letters, digits, “.”, “_” and “-” only, starting with a letter or digit.'
			}
		});
	});

	it('moves a department with its sub-departments, people and history, and refuses a cycle', async () => {
		const top = await department('MV-TOP');
		const mid = await department('MV-MID', 'MV-TOP');
		const leaf = await department('MV-LEAF', 'MV-MID');
		const other = await department('MV-OTHER');
		const person = await addPerson(db(), {
			email: 'mover@admin.test',
			name: 'Mover',
			departmentId: leaf.id
		});
		const historyBefore = await listAuditEntries(db(), { entityId: mid.id });

		expect(await moveDepartment(db(), hrId, mid.id, other.id)).toMatchObject({ ok: true });
		expect(await ancestorDepartmentIds(db(), leaf.id)).toEqual([leaf.id, mid.id, other.id]);
		expect((await getPerson(db(), person.id))?.departmentId).toBe(leaf.id);
		const history = await listAuditEntries(db(), { entityId: mid.id });
		expect(history.slice(1)).toEqual(historyBefore);
		expect(history[0]).toMatchObject({
			action: 'department.moved',
			before: { parent: 'MV-TOP', path: 'MV-TOP/MV-MID' },
			after: { parent: 'MV-OTHER', path: 'MV-OTHER/MV-MID' }
		});

		expect(await moveDepartment(db(), hrId, other.id, leaf.id)).toEqual({
			ok: false,
			errors: { parentId: 'A department cannot move under one of its own sub-departments.' }
		});
		expect(await moveDepartment(db(), hrId, other.id, other.id)).toMatchObject({ ok: false });
		expect(await ancestorDepartmentIds(db(), leaf.id)).toEqual([leaf.id, mid.id, other.id]);
		expect((await getDepartment(db(), top.id))?.parentId).toBeNull();
	});

	it('archives only an empty department, keeps it and its history, and restores it', async () => {
		const d = await department('ARCH');
		const child = await department('ARCH-CHILD', 'ARCH');
		const person = await addPerson(db(), {
			email: 'arch@admin.test',
			name: 'Arch',
			departmentId: d.id
		});
		expect(await archiveDepartment(db(), hrId, d.id)).toEqual({
			ok: false,
			errors: { archive: 'Move or archive its 1 active person and 1 sub-department in use first.' }
		});
		await setPersonActive(db(), hrId, person.id, false);
		expect(await archiveDepartment(db(), hrId, child.id)).toMatchObject({ ok: true });
		expect(await archiveDepartment(db(), hrId, d.id)).toMatchObject({
			ok: true,
			department: { archived: true }
		});
		expect((await listDepartmentChoices(db())).some((c) => c.id === d.id)).toBe(false);
		expect((await getPerson(db(), person.id))?.departmentId).toBe(d.id);
		expect((await listAuditEntries(db(), { entityId: d.id })).map((e) => e.action)).toEqual([
			'department.archived',
			'department.created'
		]);
		expect(await restoreDepartment(db(), hrId, child.id)).toMatchObject({
			ok: false,
			errors: { archive: expect.stringMatching(/Restore its parent first/) }
		});
		expect(await restoreDepartment(db(), hrId, d.id)).toMatchObject({
			ok: true,
			department: { archived: false }
		});
	});
});

describe('people', () => {
	it('creates and edits people, moving them between departments, with every change audited', async () => {
		const a = await addDepartment(db(), { code: 'P-A', name: 'People A' });
		const b = await addDepartment(db(), { code: 'P-B', name: 'People B' });
		const created = await createPerson(db(), hrId, {
			name: 'Pat',
			email: 'pat@admin.test',
			employeeId: 'P1',
			departmentId: a.id,
			locale: 'es-mx'
		});
		expect(created).toMatchObject({ ok: true, person: { locale: 'es-MX', departmentId: a.id } });
		if (!created.ok) return;
		const id = created.person.id;
		expect(
			await updatePersonDetails(db(), hrId, id, {
				name: 'Pat Smith',
				email: 'pat@admin.test',
				employeeId: 'P1',
				departmentId: b.id,
				locale: 'en'
			})
		).toMatchObject({ ok: true });
		const [entry] = await listAuditEntries(db(), { entityId: id });
		expect(entry).toMatchObject({
			action: 'person.updated',
			before: { name: 'Pat', department: 'People A', locale: 'es-MX' },
			after: { name: 'Pat Smith', department: 'People B', locale: 'en' }
		});
		expect(
			await updatePersonDetails(db(), hrId, id, {
				name: 'Pat',
				email: 'HR@admin.test',
				employeeId: null,
				departmentId: b.id,
				locale: 'klingon!'
			})
		).toEqual({ ok: false, errors: { locale: 'Enter a language code such as en, es or en-GB.' } });
		expect(
			await updatePersonDetails(db(), hrId, id, {
				name: 'Pat',
				email: 'HR@admin.test',
				employeeId: null,
				departmentId: b.id,
				locale: 'en'
			})
		).toEqual({ ok: false, errors: { email: 'Another person already has this email address.' } });
	});

	it('deactivating a person ends their sessions at once; reactivating lets them sign in again', async () => {
		const person = await addPerson(db(), { email: 'leaver@admin.test', name: 'Leaver' });
		const token = generateSessionToken();
		await createSession(db(), token, person.id);
		expect((await validateSessionToken(db(), token)).user?.id).toBe(person.id);

		expect(await setPersonActive(db(), hrId, person.id, false)).toEqual({ ok: true });
		expect(
			await db().selectFrom('sessions').where('person_id', '=', person.id).selectAll().execute()
		).toEqual([]);
		expect((await validateSessionToken(db(), token)).user).toBeNull();
		expect(await getPerson(db(), person.id)).toMatchObject({ active: false });

		expect(await setPersonActive(db(), hrId, person.id, true)).toEqual({ ok: true });
		expect((await listAuditEntries(db(), { entityId: person.id })).map((e) => e.action)).toEqual([
			'person.reactivated',
			'person.deactivated',
			'person.created'
		]);
	});

	it('grants and revokes HR and department headships; nobody removes their own HR role or account', async () => {
		const d = await addDepartment(db(), { code: 'HEADED', name: 'Headed' });
		const person = await addPerson(db(), { email: 'rise@admin.test', name: 'Rise' });
		expect(await setHrRole(db(), hrId, person.id, true)).toEqual({ ok: true });
		expect((await getPerson(db(), person.id))?.role).toBe('hr');
		expect(await setHrRole(db(), hrId, person.id, false)).toEqual({ ok: true });
		expect(await setHrRole(db(), hrId, hrId, false)).toEqual({
			ok: false,
			message: 'You cannot revoke your own HR role: ask another HR person.'
		});
		expect(await setPersonActive(db(), hrId, hrId, false)).toEqual({
			ok: false,
			message: 'You cannot deactivate your own account.'
		});
		// A page passes its reader's words.
		const spanish = i18n('es').t.serverMessages;
		expect(await setPersonActive(db(), hrId, hrId, false, spanish)).toEqual({
			ok: false,
			message: 'No puedes desactivar tu propia cuenta.'
		});
		expect(
			await createPerson(
				db(),
				hrId,
				{ name: '', email: '', employeeId: null, departmentId: null, locale: 'en' },
				spanish
			)
		).toEqual({
			ok: false,
			errors: { email: 'Escribe una dirección de correo.', name: 'Escribe un nombre.' }
		});

		expect(await setDepartmentHead(db(), hrId, person.id, d.id, true)).toEqual({ ok: true });
		expect(await setDepartmentHead(db(), hrId, person.id, d.id, true)).toEqual({ ok: true });
		expect((await getPersonProfile(db(), person.id))?.headOf).toEqual([
			{ id: d.id, path: 'Headed', archived: false }
		]);
		expect(await setDepartmentHead(db(), hrId, person.id, d.id, false)).toEqual({ ok: true });
		expect((await listAuditEntries(db(), { entityId: person.id })).map((e) => e.action)).toEqual([
			'person.head_removed',
			'person.head_added',
			'person.hr_revoked',
			'person.hr_granted',
			'person.created'
		]);
	});
});
