import { addDepartment, addPerson } from '../helpers/org-writes';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../helpers/db';
import { LONG_AGO } from '../helpers/org-fixture';
import { findPersonByEmail } from '../../src/lib/server/org/people';
import {
	createPerson,
	setPersonActive,
	updatePersonDetails
} from '../../src/lib/server/org/people-admin';
import { applyImport, stageImport } from '../../src/lib/server/org/import/imports';

// When each person joined their department: set on every write that creates a person, moves one
// or brings one back, and on nothing else (see domain/group-changes.ts for what it is used for).

const db = useTestDatabase();
let hrId: string;
let legal: string;
let finance: string;

async function since(email: string): Promise<Date> {
	return (await findPersonByEmail(db(), email))!.department_since;
}

/** Puts the person's department date far back, as if they had been there for years. */
async function settle(email: string) {
	await db()
		.updateTable('people')
		.set({ department_since: LONG_AGO })
		.where(sql`lower(email)`, '=', email)
		.execute();
}

const recent = (date: Date) => Date.now() - date.getTime() < 60_000;

beforeAll(async () => {
	hrId = (await addPerson(db(), { email: 'hr@since.test', name: 'HR', role: 'hr' })).id;
	legal = (await addDepartment(db(), { code: 'LEG', name: 'Legal' })).id;
	finance = (await addDepartment(db(), { code: 'FIN', name: 'Finance' })).id;
});

describe('department_since', () => {
	const details = (departmentId: string, name = 'Ida Lund') => ({
		name,
		email: 'ida@since.test',
		employeeId: 'S1',
		departmentId,
		locale: 'en'
	});

	it('is now for a new person, and stays put when nothing but details change', async () => {
		const created = await createPerson(db(), hrId, details(legal));
		if (!created.ok) throw new Error('not created');
		expect(recent(await since('ida@since.test'))).toBe(true);
		await settle('ida@since.test');
		await updatePersonDetails(db(), hrId, created.person.id, details(legal, 'Ida Lund-Berg'));
		expect(await since('ida@since.test')).toEqual(LONG_AGO);
	});

	it('moves with the person, and starts again when they come back', async () => {
		const person = (await findPersonByEmail(db(), 'ida@since.test'))!;
		await updatePersonDetails(db(), hrId, person.id, details(finance));
		expect(recent(await since('ida@since.test'))).toBe(true);
		await settle('ida@since.test');
		await setPersonActive(db(), hrId, person.id, false);
		expect(await since('ida@since.test')).toEqual(LONG_AGO);
		await setPersonActive(db(), hrId, person.id, true);
		expect(recent(await since('ida@since.test'))).toBe(true);
	});

	it('is set by a CSV import that moves someone, not by one that leaves them be', async () => {
		await settle('ida@since.test');
		await addPerson(db(), {
			email: 'jon@since.test',
			name: 'Jon Sato',
			employeeId: 'S2',
			departmentId: legal,
			departmentSince: LONG_AGO
		});
		const csv = [
			'employee_id,email,name,department,head_of,locale,role',
			'S1,ida@since.test,Ida Lund-Berg,Legal,,en,employee',
			'S2,jon@since.test,Jon Sato,Legal,,en,employee'
		].join('\r\n');
		const id = await stageImport(db(), {
			actorId: hrId,
			fileName: 'org.csv',
			bytes: new TextEncoder().encode(`${csv}\r\n`)
		});
		const outcome = await applyImport(db(), {
			importId: id,
			actorId: hrId,
			deactivateMissing: false
		});
		expect(outcome).toMatchObject({ status: 'applied' });
		expect(recent(await since('ida@since.test'))).toBe(true);
		expect(await since('jon@since.test')).toEqual(LONG_AGO);
	});

	it('is set by the database for a move that forgets it', async () => {
		await db()
			.updateTable('people')
			.set({ department_id: finance })
			.where('email', '=', 'jon@since.test')
			.execute();
		expect(recent(await since('jon@since.test'))).toBe(true);
	});
});
