// Start-up of the built server on the embedded database (PGlite): a first start on an empty data
// directory (creating the database and running every migration), and a restart on it, next to a
// start against the PostgreSQL server, whose database is already migrated.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp } from './server';
import { ms, ratioOf, type Row } from './table';

export type ColdStart = { embeddedFirst: number; embeddedRestart: number; postgres: number };

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
		return {
			embeddedFirst: first.readyIn,
			embeddedRestart: again.readyIn,
			postgres: server.readyIn
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
		}
	];
}
