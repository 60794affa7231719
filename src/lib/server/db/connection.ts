import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, type PostgresPool, type Transaction } from 'kysely';
import { PreparingClient } from './hot-statements';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import type { Database } from './schema';

export type Db = Kysely<Database> | Transaction<Database>;

// Waiting longer than this for a connection (a server that does not answer, or a pool that
// stays exhausted) fails the request with a retryable 503 instead of hanging on.
const CONNECT_TIMEOUT_MS = 10_000;

export type DatabaseConfig =
	| {
			kind: 'postgres';
			url: string;
			schema?: string;
			maxConnections?: number;
			/** Hot statements prepared on each connection (off behind a pooler that cannot keep them). */
			preparedStatements?: boolean;
	  }
	| { kind: 'pglite'; dataDir: string | null };

/** DATABASE_URL selects a PostgreSQL server; otherwise an embedded PGlite under DATA_DIR. */
export function databaseConfigFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
	if (env.DATABASE_URL) {
		return {
			kind: 'postgres',
			url: env.DATABASE_URL,
			maxConnections: env.DATABASE_POOL_SIZE ? Number(env.DATABASE_POOL_SIZE) : 10,
			preparedStatements: env.DATABASE_PREPARED_STATEMENTS !== 'off'
		};
	}
	return { kind: 'pglite', dataDir: resolve(env.DATA_DIR ?? '.data') };
}

export function describeDatabase(config: DatabaseConfig): string {
	if (config.kind === 'pglite') return `embedded PGlite at ${config.dataDir ?? '(memory)'}`;
	const url = new URL(config.url);
	return `PostgreSQL at ${url.hostname}:${url.port || 5432}${url.pathname}`;
}

// Dates (not timestamps) are calendar days: read them as 'YYYY-MM-DD' on both backends, never as
// a Date at some time zone's midnight.
const DATE_OID = 1082;
const keepDateText = (value: string) => value;

/** PGlite options that make it read values the way the `pg` pool does here. */
export const pgliteOptions = { parsers: { [DATE_OID]: keepDateText } };

// PGlite keeps its buffer pool in WebAssembly memory, which grows but is never given back, so
// the pool's size is resident for good: 16 MB keeps an idle demo server near 230 MB instead of
// 345 MB (measured with bench/memory.ts); the data files stay in the system's page cache anyway.
const PGLITE_SHARED_BUFFERS = '16MB';
const MEMORY_SETTING = /^\d+(kB|MB)$/;

/** PGlite's start parameters: its defaults, with PGLITE_SHARED_BUFFERS and PGLITE_WORK_MEM. */
export function pgliteStartParams(env: NodeJS.ProcessEnv = process.env): string[] {
	const settings: [string, string | undefined][] = [
		['shared_buffers', env.PGLITE_SHARED_BUFFERS ?? PGLITE_SHARED_BUFFERS],
		['work_mem', env.PGLITE_WORK_MEM]
	];
	return [
		...PGlite.defaultStartParams,
		...settings
			.filter(([, value]) => value && MEMORY_SETTING.test(value))
			.flatMap(([name, value]) => ['-c', `${name}=${value}`])
	];
}

export function databaseOnPglite(pglite: PGlite): Kysely<Database> {
	return new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
}

export function openDatabase(config: DatabaseConfig): Kysely<Database> {
	if (config.kind === 'pglite') {
		if (config.dataDir) mkdirSync(config.dataDir, { recursive: true });
		const options = { ...pgliteOptions, startParams: pgliteStartParams() };
		return databaseOnPglite(new PGlite(config.dataDir ?? undefined, options));
	}
	return databaseOnPool(openPool(config));
}

// The pool under each handle made on a node-postgres pool, for the hot statements, which skip
// Kysely's executor (hot-statements.ts).
const pools = new WeakMap<Db, pg.Pool>();

export function databaseOnPool(pool: PostgresPool): Kysely<Database> {
	const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
	if (pool instanceof pg.Pool) pools.set(db, pool);
	return db;
}

/** The node-postgres pool a handle runs on; none for PGlite, a replica set or a transaction. */
export function poolOf(db: Db): pg.Pool | undefined {
	return pools.get(db);
}

/** A node-postgres pool for a PostgreSQL server, reading values the way PGlite does here. */
export function openPool(
	config: Extract<DatabaseConfig, { kind: 'postgres' }>,
	connectTimeoutMs = CONNECT_TIMEOUT_MS
): pg.Pool {
	const pool = new pg.Pool({
		// Runs the survey's hot statements as prepared statements (hot-statements.ts).
		Client: config.preparedStatements === false ? pg.Client : PreparingClient,
		connectionString: config.url,
		max: config.maxConnections ?? 10,
		connectionTimeoutMillis: connectTimeoutMs,
		keepAlive: true,
		options: config.schema ? `-c search_path=${config.schema}` : undefined,
		types: {
			getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
				oid === DATE_OID ? keepDateText : pg.types.getTypeParser(oid, format)) as never
		}
	});
	// A client losing its server (a restart, a network cut) must not crash the process. The pool
	// listens on idle clients only and drops them; a client in use (say between two statements of
	// a transaction) needs a listener of its own, or its 'error' event is uncaught. Nothing to do
	// there: its next query fails (and is reported), and the pool discards it on release.
	pool.on('error', (err) => console.error('database pool: idle client error:', err.message));
	pool.on('connect', (client) => client.on('error', () => {}));
	return pool;
}
