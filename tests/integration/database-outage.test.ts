import { sql } from 'kysely';
import pg from 'pg';
import { randomUUID } from 'node:crypto';
import type { RequestEvent } from '@sveltejs/kit';
import { describe, expect, it, vi } from 'vitest';
import { handleError } from '../../src/hooks.server';
import { answerDatabaseOutages } from '../../src/lib/server/http/unavailable';
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

/** The error a request meets while nothing answers at the database's address. */
async function unavailableError(): Promise<unknown> {
	const db = openDatabase({
		kind: 'postgres',
		url: `postgres://postgres@127.0.0.1:${await freePort()}/rapport`
	});
	try {
		return await sql`select 1`.execute(db).catch((err: unknown) => err);
	} finally {
		await db.destroy();
	}
}

function requestTo(path: string, routeId: string): RequestEvent {
	const url = new URL(path, 'http://localhost');
	return {
		url,
		route: { id: routeId },
		request: new Request(url, { method: 'POST', headers: { accept: 'text/html' } }),
		locals: { user: null, session: null, apiKey: null },
		cookies: { get: () => undefined },
		isDataRequest: false
	} as unknown as RequestEvent;
}

describe('log lines while the database is unreachable', () => {
	it('name the route, never the invitation token or the survey path', async () => {
		const token = 'abcdefghijklmnopqrstuvwxyz234567';
		const roundId = randomUUID();
		const error = await unavailableError();
		const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
		try {
			const invitation = requestTo(`/s/${token}?/start`, '/(public)/s/[token]');
			// Thrown by a handle (authentication reading a session) ...
			const response = await answerDatabaseOutages({
				event: invitation,
				resolve: () => Promise.reject(error)
			});
			expect(response.status).toBe(503);
			// ... or by a load or an action, which SvelteKit hands to handleError.
			const survey = requestTo(`/survey/${roundId}?/submit`, '/(public)/survey/[roundId]');
			await handleError({ error, event: survey, status: 500, message: 'Internal Error' });
			// Any other failure is logged with its stack, under the same rule.
			const failure = new Error('something else broke');
			await handleError({ error: failure, event: survey, status: 500, message: 'Internal Error' });
			const lines = logged.mock.calls.map((args) => args.map(String).join(' '));
			expect(lines).toHaveLength(3);
			expect(lines[0]).toMatch(/^database unavailable: POST \/\(public\)\/s\/\[token\]: /);
			expect(lines[1]).toMatch(/^database unavailable: POST \/\(public\)\/survey\/\[roundId\]: /);
			expect(lines[2]).toMatch(/^error [0-9a-f-]{36} on POST \/\(public\)\/survey\/\[roundId\]: /);
			for (const line of lines) {
				expect(line).not.toContain(token);
				expect(line).not.toContain(roundId);
				expect(line).not.toMatch(/\/s\/[a-z2-7]|\/survey\/[0-9a-f]/);
			}
		} finally {
			logged.mockRestore();
		}
	});
});
