import type { Db } from '../../src/lib/server/db';
import type { DepartmentKind } from '../../src/lib/server/db/schema';
import { createDepartment } from '../../src/lib/server/org/departments-admin';
import type { Department } from '../../src/lib/server/org/departments';
import {
	createPerson,
	setDepartmentHead,
	setPersonActive,
	type NewPerson
} from '../../src/lib/server/org/people-admin';
import type { Person } from '../../src/lib/server/org/people';

// Fixtures write through the app's own audited functions, so that tests see the organisation
// exactly as pages, imports and SCIM leave it. These wrappers only fill defaults and throw when
// the app refuses, since a fixture that cannot be built is a broken test.

export async function addPerson(
	db: Db,
	input: Partial<NewPerson> & { email: string; name: string }
): Promise<Person> {
	const result = await createPerson(db, null, {
		employeeId: null,
		departmentId: null,
		locale: 'en',
		...input,
		email: input.email.trim(),
		name: input.name.trim()
	});
	if (!result.ok) throw new Error(`fixture person refused: ${JSON.stringify(result.errors)}`);
	return result.person;
}

export async function addDepartment(
	db: Db,
	input: { code: string; name: string; parentId?: string | null; kind?: DepartmentKind }
): Promise<Department> {
	const result = await createDepartment(db, null, {
		code: input.code.trim(),
		name: input.name.trim(),
		kind: input.kind ?? 'internal',
		parentId: input.parentId ?? null
	});
	if (!result.ok) throw new Error(`fixture department refused: ${JSON.stringify(result.errors)}`);
	return result.department;
}

export async function makeHead(db: Db, personId: string, departmentId: string): Promise<void> {
	const result = await setDepartmentHead(db, null, personId, departmentId, true);
	if (!result?.ok) throw new Error(`fixture head refused: ${JSON.stringify(result)}`);
}

export async function setActive(db: Db, personId: string, active: boolean): Promise<void> {
	const result = await setPersonActive(db, null, personId, active);
	if (!result?.ok) throw new Error(`fixture (de)activation refused: ${JSON.stringify(result)}`);
}
