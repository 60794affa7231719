import type { Kysely } from 'kysely';
import { databaseConfigFromEnv, describeDatabase, openDatabase } from './connection';
import { migrateToLatest } from './migrate';
import { publishPendingRounds } from '../analytics/publish';
import type { Database } from './schema';

export type { Db } from './connection';
export type { Database } from './schema';

let instance: Kysely<Database> | null = null;
let ready: Promise<Kysely<Database>> | null = null;

/** The process-wide database: one pool (or one embedded PGlite) per process, migrated once. */
export function getDb(): Kysely<Database> {
	if (!instance) instance = openDatabase(databaseConfigFromEnv());
	return instance;
}

export function startDatabase(): Promise<Kysely<Database>> {
	ready ??= (async () => {
		const config = databaseConfigFromEnv();
		const db = getDb();
		const applied = await migrateToLatest(db);
		const summary = applied.length ? `applied ${applied.join(', ')}` : 'schema up to date';
		// Rounds closed before publishing existed are published once, here, never by a read.
		const published = await publishPendingRounds(db);
		const backfill = published.length ? `; published ${published.length} closed rounds` : '';
		console.log(`database: ${describeDatabase(config)}; ${summary}${backfill}`);
		return db;
	})();
	// A failed start (database unreachable) is retried by the next caller, not cached.
	ready.catch(() => {
		ready = null;
	});
	return ready;
}

/** Makes `db` the process-wide database (tests drive routes against their own database). */
export function useDatabase(db: Kysely<Database>): void {
	instance = db;
	ready = Promise.resolve(db);
}

export async function closeDatabase(): Promise<void> {
	const db = instance;
	instance = null;
	ready = null;
	if (db) await db.destroy();
}
