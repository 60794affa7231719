import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { useTestDatabaseHandle } from '../helpers/db';
import { smallOrg } from '../helpers/org-fixture';
import { hotStatement } from '../../src/lib/server/db/hot-statements';
import { poolOf } from '../../src/lib/server/db/connection';
import type { Db } from '../../src/lib/server/db';

// Hot statements (db/hot-statements.ts): built once, run with each call's own values, and on a
// PostgreSQL server prepared on each connection and planned there once.

const handle = useTestDatabaseHandle();
const db = () => handle().db;

const departmentsNamed = hotStatement((db: Db, prefix: string, archived: boolean) =>
	db
		.selectFrom('departments')
		.select(['code', 'name'])
		.where('name', 'like', prefix)
		.where((eb) => (archived ? eb('archived_at', 'is not', null) : eb('archived_at', 'is', null)))
		.orderBy('code')
		.limit(10)
);

const codesLike = hotStatement((db: Db, pattern: string) =>
	db.selectFrom('departments').select('code').where('code', 'like', pattern).orderBy('code')
);

describe('hot statements', () => {
	it('run the statement they were built from, with each call’s own values', async () => {
		const org = await smallOrg(db());
		for (const pattern of [`${org.tag}-%`, `${org.tag}-S%`, 'nothing%']) {
			const expected = await db()
				.selectFrom('departments')
				.select('code')
				.where('code', 'like', pattern)
				.orderBy('code')
				.execute();
			expect(await codesLike(db(), pattern)).toEqual(expected);
		}
		expect(await codesLike(db(), `${org.tag}-%`)).toHaveLength(4);
	});

	it('refuse a build that shapes the statement with an argument instead of passing it as a value', async () => {
		// `archived` chooses between two statements: the marker standing in for it is always truthy.
		await expect(departmentsNamed(db(), 'x%', false)).rejects.toThrow(
			'a hot statement must use each of its arguments as a value'
		);
		const spliced = hotStatement((db: Db, table: string) =>
			db.selectFrom(sql.raw(table).as('t') as never).selectAll()
		);
		await expect(spliced(db(), 'departments')).rejects.toThrow('as a value');
	});

	it('are prepared on each PostgreSQL connection and planned there once', async () => {
		if (handle().backend === 'pglite') return; // PGlite runs in the process: nothing to prepare
		const org = await smallOrg(db());
		await db()
			.connection()
			.execute(async (connection) => {
				for (let run = 0; run < 8; run++) {
					expect(await codesLike(connection, `${org.tag}-%`)).toHaveLength(4);
				}
				const { rows } = await sql<{ name: string; generic_plans: number }>`
					select name, generic_plans::int from pg_prepared_statements
					where statement like 'select "code" from "departments"%'`.execute(connection);
				expect(rows).toHaveLength(1);
				expect(rows[0].name).toMatch(/^rapport_hot_\d+$/);
				expect(rows[0].generic_plans).toBeGreaterThan(0);
			});
	});

	it('run straight on the handle’s pool, prepared there too, and through Kysely elsewhere', async () => {
		if (handle().backend === 'pglite') {
			expect(poolOf(db())).toBeUndefined();
			return;
		}
		expect(poolOf(db())).toBeDefined();
		const org = await smallOrg(db());
		// One call at a time: the pool hands back the connection just released each time.
		for (let run = 0; run < 8; run++) {
			expect(await codesLike(db(), `${org.tag}-%`)).toHaveLength(4);
		}
		const { rows } = await sql<{ name: string; generic_plans: number }>`
			select name, generic_plans::int from pg_prepared_statements
			where statement like 'select "code" from "departments"%'`.execute(db());
		expect(rows).toHaveLength(1);
		expect(rows[0].name).toMatch(/^rapport_hot_\d+$/);
		expect(rows[0].generic_plans).toBeGreaterThan(0);
		// A transaction's statements run on its own connection, so through Kysely.
		await db()
			.transaction()
			.execute(async (trx) => {
				expect(poolOf(trx)).toBeUndefined();
				expect(await codesLike(trx, `${org.tag}-%`)).toHaveLength(4);
			});
	});
});
