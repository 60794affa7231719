import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, inject } from 'vitest';
import type { Kysely } from 'kysely';
import pg from 'pg';
import { databaseOnPglite, openDatabase, pgliteOptions } from '../../src/lib/server/db/connection';
import { migrateToLatest } from '../../src/lib/server/db/migrate';
import type { Database } from '../../src/lib/server/db/schema';

export type TestDatabase = {
	db: Kysely<Database>;
	backend: string;
	/** A second, independent connection pool to the same database (PostgreSQL only). */
	connectAgain: (() => Kysely<Database>) | null;
	destroy(): Promise<void>;
};

/**
 * A freshly migrated database of its own: an in-memory PGlite by default, or a new schema in the
 * PostgreSQL server of TEST_DATABASE_URL (dropped when the run ends), so the same tests run on both.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
	const url = process.env.TEST_DATABASE_URL;
	if (!url) {
		const template = inject('pgliteTemplate');
		const db = template
			? databaseOnPglite(
					new PGlite({ ...pgliteOptions, loadDataDir: new Blob([readFileSync(template)]) })
				)
			: openDatabase({ kind: 'pglite', dataDir: null });
		await migrateToLatest(db);
		return { db, backend: 'pglite', connectAgain: null, destroy: () => db.destroy() };
	}
	const schema = `${inject('schemaPrefix')}_${randomBytes(6).toString('hex')}`;
	const admin = new pg.Client({ connectionString: url });
	await admin.connect();
	await admin.query(`create schema ${schema}`);
	await admin.end();
	const db = openDatabase({ kind: 'postgres', url, schema, maxConnections: 5 });
	await migrateToLatest(db);
	return {
		db,
		backend: `postgres (schema ${schema})`,
		connectAgain: () => openDatabase({ kind: 'postgres', url, schema, maxConnections: 5 }),
		// The schema itself is dropped when the run ends (tests/helpers/global-setup.ts).
		destroy: () => db.destroy()
	};
}

/** Registers a fresh database for the current test file; returns a getter for its handle. */
export function useTestDatabaseHandle(): () => TestDatabase {
	let handle: TestDatabase | null = null;
	beforeAll(async () => {
		handle = await createTestDatabase();
	});
	afterAll(async () => {
		await handle?.destroy();
	});
	return () => {
		if (!handle) throw new Error('test database not ready (use it inside a test or hook)');
		return handle;
	};
}

/** Registers a fresh database for the current test file and returns a getter for it. */
export function useTestDatabase(): () => Kysely<Database> {
	const handle = useTestDatabaseHandle();
	return () => handle().db;
}
