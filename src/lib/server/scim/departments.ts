import { sql, type Transaction } from 'kysely';
import type { Database } from '../db';
import { ScimError } from '../../domain/scim/schemas';
import { departmentNameProblem, MAX_DEPARTMENT_CODE_LENGTH } from '../../domain/org-fields';
import { createDepartment } from '../org/departments-admin';
import { getPerson } from '../org/people';
import { updatePersonDetails } from '../org/people-admin';

type Trx = Transaction<Database>;

/** A department code made from a name: letters and digits, unique among all departments. */
async function freeCode(trx: Trx, name: string): Promise<string> {
	const base =
		name
			.normalize('NFKD')
			.replace(/[^A-Za-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '')
			.toUpperCase()
			.slice(0, MAX_DEPARTMENT_CODE_LENGTH - 4) || 'DEPT';
	for (let n = 1; ; n++) {
		const code = n === 1 ? base : `${base}-${n}`;
		const taken = await trx
			.selectFrom('departments')
			.select('id')
			.where(sql`lower(code)`, '=', code.toLowerCase())
			.executeTakeFirst();
		if (!taken) return code;
	}
}

/** A new top-level department for a SCIM group or a user's `department`, through the audited path. */
export async function createDepartmentForScim(trx: Trx, name: string): Promise<string> {
	const problem = departmentNameProblem(name);
	if (problem) throw new ScimError(400, `Department "${name}": ${problem}`, 'invalidValue');
	const result = await createDepartment(trx, null, {
		name,
		code: await freeCode(trx, name),
		kind: 'internal',
		parentId: null
	});
	if (!result.ok) {
		throw new ScimError(409, Object.values(result.errors).join(' '), 'uniqueness');
	}
	return result.department.id;
}

/**
 * The department a user's `department` attribute names: one in use with that code or name
 * (case-insensitive); created at the top of the tree when there is none.
 */
export async function resolveDepartment(trx: Trx, name: string | null): Promise<string | null> {
	if (name === null) return null;
	const matches = await trx
		.selectFrom('departments')
		.select(['id', 'code', 'name'])
		.where('archived_at', 'is', null)
		.where((eb) =>
			eb.or([
				eb(sql`lower(code)`, '=', name.toLowerCase()),
				eb(sql`lower(name)`, '=', name.toLowerCase())
			])
		)
		.execute();
	const byCode = matches.filter((d) => d.code.toLowerCase() === name.toLowerCase());
	if (byCode.length === 1) return byCode[0].id;
	if (matches.length === 1) return matches[0].id;
	if (matches.length > 1) {
		throw new ScimError(
			400,
			`Several departments are named "${name}": send the department's code instead.`,
			'invalidValue'
		);
	}
	return createDepartmentForScim(trx, name);
}

/** Moves a person into a department (or out of every one), as HR's page would. */
export async function movePerson(trx: Trx, personId: string, departmentId: string | null) {
	const person = await getPerson(trx, personId);
	if (!person) throw new ScimError(404, `There is no user ${personId}.`, 'noTarget');
	if (person.departmentId === departmentId) return;
	const result = await updatePersonDetails(trx, null, personId, { ...person, departmentId });
	if (result && !result.ok) {
		throw new ScimError(400, Object.values(result.errors).join(' '), 'invalidValue');
	}
}
