import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, type Transaction } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import type { Database } from './schema';

export type Db = Kysely<Database> | Transaction<Database>;

export type DatabaseConfig =
	| { kind: 'postgres'; url: string; schema?: string; maxConnections?: number }
	| { kind: 'pglite'; dataDir: string | null };

/** DATABASE_URL selects a PostgreSQL server; otherwise an embedded PGlite under DATA_DIR. */
export function databaseConfigFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
	if (env.DATABASE_URL) {
		return {
			kind: 'postgres',
			url: env.DATABASE_URL,
			maxConnections: env.DATABASE_POOL_SIZE ? Number(env.DATABASE_POOL_SIZE) : 10
		};
	}
	return { kind: 'pglite', dataDir: resolve(env.DATA_DIR ?? '.data') };
}

export function describeDatabase(config: DatabaseConfig): string {
	if (config.kind === 'pglite') return `embedded PGlite at ${config.dataDir ?? '(memory)'}`;
	const url = new URL(config.url);
	return `PostgreSQL at ${url.hostname}:${url.port || 5432}${url.pathname}`;
}

export function databaseOnPglite(pglite: PGlite): Kysely<Database> {
	return new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
}

export function openDatabase(config: DatabaseConfig): Kysely<Database> {
	if (config.kind === 'pglite') {
		if (config.dataDir) mkdirSync(config.dataDir, { recursive: true });
		return databaseOnPglite(config.dataDir ? new PGlite(config.dataDir) : new PGlite());
	}
	const pool = new pg.Pool({
		connectionString: config.url,
		max: config.maxConnections ?? 10,
		options: config.schema ? `-c search_path=${config.schema}` : undefined
	});
	// An idle client losing its server (a restart, a network cut) must not crash the process;
	// the pool drops that client and the next query gets a fresh one.
	pool.on('error', (err) => console.error('database pool: idle client error:', err.message));
	return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}
