import { sql } from 'kysely';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/lib/server/db/connection';
import { isDatabaseUnavailable } from '../../src/lib/server/db/unavailable';
import { freePort } from '../e2e/helpers/server';

const url = process.env.TEST_DATABASE_URL;

describe('the PostgreSQL pool when the server goes away', () => {
	it('fails fast, as "unavailable", when nothing listens', async () => {
		const db = openDatabase({
			kind: 'postgres',
			url: `postgres://postgres@127.0.0.1:${await freePort()}/rapport`
		});
		try {
			const error = await sql`select 1`.execute(db).catch((err: unknown) => err);
			expect(isDatabaseUnavailable(error)).toBe(true);
		} finally {
			await db.destroy();
		}
	});

	it.skipIf(!url)(
		'survives a connection killed in the middle of a transaction, and carries on',
		async () => {
			const db = openDatabase({ kind: 'postgres', url: url!, maxConnections: 2 });
			const admin = new pg.Client({ connectionString: url });
			await admin.connect();
			try {
				const failure = await db
					.transaction()
					.execute(async (trx) => {
						const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(
							trx
						);
						// The server ends this connection while the client sits between two statements:
						// the client emits 'error' with no query to hand it to. Unhandled, that ends the
						// process.
						await admin.query('select pg_terminate_backend($1)', [rows[0].pid]);
						await new Promise((resolve) => setTimeout(resolve, 300));
						await sql`select 1`.execute(trx);
					})
					.catch((err: unknown) => err);
				expect(isDatabaseUnavailable(failure)).toBe(true);
				// The broken connection left the pool; the next query gets a fresh one.
				const { rows } = await sql<{ ok: number }>`select 1 as ok`.execute(db);
				expect(rows).toEqual([{ ok: 1 }]);
			} finally {
				await admin.end();
				await db.destroy();
			}
		}
	);
});
