import { addDepartment, addPerson } from './org-writes';
import type { Kysely } from 'kysely';
import type { Database } from '../../src/lib/server/db/schema';

let sequence = 0;

/** Fixture people joined their departments long ago: established for any round a test opens. */
export const LONG_AGO = new Date('2020-01-01T00:00:00Z');

/** A small department tree with people, unique per call so tests in one file stay apart. */
export async function smallOrg(db: Kysely<Database>, sizes = { support: 6, billing: 4, sales: 3 }) {
	sequence += 1;
	const tag = `F${sequence}`;
	const ops = await addDepartment(db, { code: `${tag}-OPS`, name: `Operations ${tag}` });
	const support = await addDepartment(db, {
		code: `${tag}-SUP`,
		name: `Support ${tag}`,
		parentId: ops.id,
		kind: 'customer_facing'
	});
	const billing = await addDepartment(db, {
		code: `${tag}-BIL`,
		name: `Billing ${tag}`,
		parentId: ops.id
	});
	const sales = await addDepartment(db, {
		code: `${tag}-SAL`,
		name: `Sales ${tag}`,
		kind: 'customer_facing'
	});
	const people = [];
	for (const [department, count, locale] of [
		[support, sizes.support, 'es'],
		[billing, sizes.billing, 'en'],
		[sales, sizes.sales, 'en']
	] as const) {
		for (let i = 0; i < count; i++) {
			people.push(
				await addPerson(db, {
					email: `${tag.toLowerCase()}.${department.code.toLowerCase()}.${i}@org.test`,
					name: `${department.name} Person ${i}`,
					departmentId: department.id,
					locale: i % 2 === 0 ? locale : 'en',
					departmentSince: LONG_AGO
				})
			);
		}
	}
	return { tag, ops, support, billing, sales, people };
}
