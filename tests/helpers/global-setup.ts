import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { TestProject } from 'vitest/node';
import { databaseOnPglite } from '../../src/lib/server/db/connection';
import { migrateToLatest } from '../../src/lib/server/db/migrate';

declare module 'vitest' {
	export interface ProvidedContext {
		pgliteTemplate: string | null;
	}
}

/**
 * PGlite's initdb takes seconds; a migrated template dumped once and loaded per test file takes
 * well under one. Each test file still gets a database of its own.
 */
export default async function setup(project: TestProject) {
	if (process.env.TEST_DATABASE_URL) {
		project.provide('pgliteTemplate', null);
		return;
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
