import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../../..');

/** Seeds the demo organisation into an embedded database at `dataDir`, as `npm run db:seed`. */
export function seed(dataDir: string): void {
	const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir };
	delete env.DATABASE_URL;
	delete env.TEST_DATABASE_URL;
	const result = spawnSync('npx', ['tsx', 'scripts/seed.ts'], {
		cwd: root,
		env,
		encoding: 'utf8',
		timeout: 180_000
	});
	if (result.status !== 0) {
		throw new Error(
			`seeding ${dataDir} failed (exit ${result.status ?? result.signal}):\n` +
				`${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? String(result.error) : ''}`
		);
	}
}
