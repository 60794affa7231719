import type { Kysely } from 'kysely';
import {
	databaseConfigFromEnv,
	databaseOnPool,
	describeDatabase,
	openDatabase,
	openPool
} from './connection';
import { migrateToLatest } from './migrate';
import { publishPendingRounds } from '../analytics/publish';
import { replicaConfigFromEnv, ReplicaSet } from './replicas';
import type { Database } from './schema';

export type { Db } from './connection';
export type { Database } from './schema';

let instance: Kysely<Database> | null = null;
let replicas: ReplicaSet | null = null;
let ready: Promise<Kysely<Database>> | null = null;

/** The process-wide database: one pool (or one embedded PGlite) per process, migrated once. */
export function getDb(): Kysely<Database> {
	if (!instance) {
		const config = databaseConfigFromEnv();
		if (config.kind === 'pglite') {
			instance = openDatabase(config);
		} else {
			const pool = openPool(config);
			instance = databaseOnPool(pool);
			const replicaConfig = replicaConfigFromEnv();
			if (replicaConfig) replicas = new ReplicaSet(replicaConfig, pool);
		}
	}
	return instance;
}

/** The read replicas of the process-wide database (DATABASE_READ_URL), or null without any. */
export function getReplicas(): ReplicaSet | null {
	getDb();
	return replicas;
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
		const readers = replicas ? `; ${replicas.replicas.length} read replica(s)` : '';
		console.log(`database: ${describeDatabase(config)}; ${summary}${backfill}${readers}`);
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
	void replicas?.close();
	replicas = null;
	instance = db;
	ready = Promise.resolve(db);
}

export async function closeDatabase(): Promise<void> {
	const db = instance;
	const readers = replicas;
	instance = null;
	replicas = null;
	ready = null;
	await readers?.close();
	if (db) await db.destroy();
}
