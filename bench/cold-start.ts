// Start-up of the built server on the embedded database (PGlite): a first start on an empty data
// directory (creating the database and running every migration), and a restart on it, next to a
// start against the PostgreSQL server, whose database is already migrated.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { idleMemory, seedDemo, type IdleMemory } from './memory';
import { startApp } from './server';
import { ms, ratioOf, type Row } from './table';

export type ColdStart = {
	embeddedFirst: number;
	embeddedRestart: number;
	postgres: number;
	/** The embedded server idle on the seeded demo organisation. */
	memory: IdleMemory;
};

export async function timeColdStarts(databaseUrl: string): Promise<ColdStart> {
	const dataDir = mkdtempSync(join(tmpdir(), 'rapport-bench-pglite-'));
	try {
		// Without RAPPORT_SECRET, as `npm run demo` starts: the first start writes the secret's file too.
		const embedded = { DATABASE_URL: undefined, RAPPORT_SECRET: undefined, DATA_DIR: dataDir };
		const first = await startApp('cold-start-embedded', embedded);
		await first.stop();
		const again = await startApp('cold-start-embedded', embedded);
		await again.stop();
		const server = await startApp('cold-start-postgres', { DATABASE_URL: databaseUrl });
		await server.stop();
		rmSync(dataDir, { recursive: true, force: true });
		seedDemo(dataDir);
		return {
			embeddedFirst: first.readyIn,
			embeddedRestart: again.readyIn,
			postgres: server.readyIn,
			memory: await idleMemory(dataDir)
		};
	} finally {
		rmSync(dataDir, { recursive: true, force: true });
	}
}

export function startRows(starts: ColdStart): Row[] {
	const baseline = `start against PostgreSQL: ${ms(starts.postgres)} ms`;
	return [
		{
			measure: 'Embedded database (PGlite): first start, empty data directory',
			rapport: `${ms(starts.embeddedFirst)} ms`,
			baseline,
			ratio: ratioOf(starts.postgres, starts.embeddedFirst),
			target: '',
			met: null
		},
		{
			measure: 'Embedded database (PGlite): restart',
			rapport: `${ms(starts.embeddedRestart)} ms`,
			baseline,
			ratio: ratioOf(starts.postgres, starts.embeddedRestart),
			target: '',
			met: null
		},
		{
			measure: 'Embedded server (PGlite), demo organisation: idle RSS',
			rapport: `${starts.memory.rss.toFixed(0)} MB (Node heap ${starts.memory.heapTotal.toFixed(0)} MB, PGlite's WebAssembly memory and buffers ${starts.memory.external.toFixed(0)} MB, code ${starts.memory.fileBacked.toFixed(0)} MB)`,
			baseline: 'before: about 400 MB',
			ratio: null,
			target: '< 250 MB',
			met: starts.memory.rss < 250
		}
	];
}
