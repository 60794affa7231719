import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { databaseOnPglite } from '../../src/lib/server/db/connection';
import { migrateToLatest } from '../../src/lib/server/db/migrate';

declare module 'vitest' {
	export interface ProvidedContext {
		pgliteTemplate: string | null;
		/** What this run's PostgreSQL schemas are named after: `<prefix>_<random>`. */
		schemaPrefix: string;
	}
}

/**
 * PGlite's initdb takes seconds; a migrated template dumped once and loaded per test file takes
 * well under one. Each test file still gets a database of its own.
 */
export default async function setup(project: TestProject) {
	const url = process.env.TEST_DATABASE_URL;
	if (url) {
		project.provide('pgliteTemplate', null);
		const prefix = `test_${randomBytes(3).toString('hex')}`;
		project.provide('schemaPrefix', prefix);
		return () => dropSchemas(url, prefix);
	}
	const dir = mkdtempSync(join(tmpdir(), 'rapport-template-'));
	const file = join(dir, 'migrated.tar.gz');
	const pglite = new PGlite();
	const db = databaseOnPglite(pglite);
	await migrateToLatest(db);
	const dump = await pglite.dumpDataDir('gzip');
	writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
	await db.destroy();
	project.provide('pgliteTemplate', file);
	return () => rmSync(dir, { recursive: true, force: true });
}

/**
 * Each test file's schema is dropped once the whole run is over, never while other files run:
 * a migration lists the tables of every schema, and fails on a schema dropped while it looks.
 */
async function dropSchemas(url: string, prefix: string) {
	const admin = new pg.Client({ connectionString: url });
	await admin.connect();
	try {
		const { rows } = await admin.query<{ name: string }>(
			`select nspname as name from pg_namespace where starts_with(nspname, $1)`,
			[`${prefix}_`]
		);
		for (const { name } of rows) await admin.query(`drop schema "${name}" cascade`);
	} finally {
		await admin.end();
	}
}
