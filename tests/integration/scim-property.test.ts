import { addDepartment, addPerson } from '../helpers/org-writes';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../helpers/db';
import { createScimKey, scimClient } from '../helpers/scim';
import type { ScimCaller } from '../../src/lib/server/scim/dispatch';

const db = useTestDatabase();
let caller: ScimCaller;
const scim = scimClient(db, () => caller);
let userId: string;
let groupId: string;

const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
const ERROR = 'urn:ietf:params:scim:api:messages:2.0:Error';

beforeAll(async () => {
	const hr = await addPerson(db(), { email: 'hr@prop.test', name: 'Hana HR', role: 'hr' });
	caller = await createScimKey(db(), hr.id);
	groupId = (await addDepartment(db(), { code: 'OPS', name: 'Ops', parentId: null })).id;
	const created = await scim('POST', '/Users', {
		userName: 'kept@prop.test',
		emails: [{ value: 'kept@prop.test', primary: true }],
		displayName: 'Kept Person'
	});
	userId = created.body.id;
});

/** Everything SCIM may write, in a comparable form. */
async function orgState() {
	const tables = [
		'departments',
		'people',
		'department_heads',
		'scim_users',
		'scim_groups'
	] as const;
	const rows = await Promise.all(tables.map((t) => db().selectFrom(t).selectAll().execute()));
	const audit = await db()
		.selectFrom('audit_log')
		.select((eb) => eb.fn.countAll<string>().as('n'))
		.executeTakeFirstOrThrow();
	const sorted = rows.map((r) => r.map((x) => JSON.stringify(x)).sort());
	return { sorted, audit: audit.n };
}

const anyValue = fc.oneof(
	fc.string({ maxLength: 30 }),
	fc.constantFrom('', '\u0000', 'a\nb', 'x'.repeat(600), 'True', 'False', 'not-a-uuid'),
	fc.integer(),
	fc.boolean(),
	fc.constant(null),
	fc.array(fc.oneof(fc.string({ maxLength: 10 }), fc.object({ maxDepth: 1 })), { maxLength: 3 }),
	fc.object({ maxDepth: 2 })
);

const userAttribute = fc.constantFrom(
	'userName',
	'displayName',
	'name',
	'name.givenName',
	'emails',
	'emails[type eq "work"].value',
	'active',
	'externalId',
	'preferredLanguage',
	'members',
	'members[value eq "x"]',
	`${ENTERPRISE}:department`,
	`${ENTERPRISE}:manager`,
	`${ENTERPRISE}:employeeNumber`,
	'bad[[path',
	''
);

/** Bodies that are wrong in every way a client could get them wrong, or right by chance. */
const bodies = fc.oneof(
	fc.string({ maxLength: 40 }),
	fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
	fc.record(
		{
			userName: anyValue,
			displayName: anyValue,
			emails: anyValue,
			active: anyValue,
			members: anyValue,
			[ENTERPRISE]: anyValue
		},
		{ requiredKeys: [] }
	),
	fc.record({
		Operations: fc.oneof(
			anyValue,
			fc.array(
				fc.record(
					{
						op: fc.oneof(fc.constantFrom('add', 'Replace', 'remove', 'copy'), anyValue),
						path: fc.oneof(userAttribute, anyValue),
						value: anyValue
					},
					{ requiredKeys: [] }
				),
				{ maxLength: 4 }
			)
		)
	})
);

const targets = fc.constantFrom(
	['POST', '/Users'],
	['PUT', '/Users/{user}'],
	['PATCH', '/Users/{user}'],
	['POST', '/Groups'],
	['PUT', '/Groups/{group}'],
	['PATCH', '/Groups/{group}'],
	['GET', '/Users?filter={text}'],
	['GET', '/Users?startIndex={text}&count={text}']
);

describe('SCIM under random bodies', () => {
	it('answers a SCIM error with a 4xx and leaves the database as it was, or succeeds; never a 500', async () => {
		await fc.assert(
			fc.asyncProperty(
				targets,
				bodies,
				fc.string({ maxLength: 20 }),
				async ([method, template], body, text) => {
					const path = template
						.replace('{user}', userId)
						.replace('{group}', groupId)
						.replaceAll('{text}', encodeURIComponent(text));
					const before = await orgState();
					const answer = await scim(method, path, method === 'GET' ? undefined : body);
					expect(answer.status).not.toBeGreaterThanOrEqual(500);
					if (answer.status >= 400) {
						expect(answer.body.schemas).toEqual([ERROR]);
						expect(answer.body.status).toBe(String(answer.status));
						expect(typeof answer.body.detail).toBe('string');
						expect(await orgState()).toEqual(before);
					}
				}
			),
			{ numRuns: 150 }
		);
	});

	it('refuses bodies that are not a resource at all', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.constantFrom('/Users', '/Groups'),
				fc.oneof(
					fc.string({ maxLength: 30 }).filter((s) => !/^\s*\{/.test(s)),
					fc.constantFrom('[]', 'null', '1', '"x"', '{')
				),
				async (path, text) => {
					const before = await orgState();
					const answer = await scim('POST', path, text);
					expect(answer.status).toBeGreaterThanOrEqual(400);
					expect(answer.status).toBeLessThan(500);
					expect(answer.body.schemas).toEqual([ERROR]);
					expect(await orgState()).toEqual(before);
				}
			),
			{ numRuns: 60 }
		);
	});
});
