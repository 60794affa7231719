import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { databaseConfigFromEnv } from '../db/connection';
import { MIN_SECRET_LENGTH, secretProblem } from './secret-rule.js';

/** The embedded database's generated secret: a file in DATA_DIR, readable by its owner only. */
export const SECRET_FILE_NAME = 'rapport-secret';

let cached: string | null = null;

/**
 * The secret every ballot key derives from: RAPPORT_SECRET, required with a PostgreSQL server.
 * The embedded database generates one on first use and keeps it in a file (mode 0600) in
 * DATA_DIR, never in the database. Throws, with a paragraph for the operator, when neither works.
 */
export function loadRapportSecret(env: NodeJS.ProcessEnv = process.env): string {
	const problem = secretProblem(env);
	if (problem) throw new Error(problem);
	if (env.RAPPORT_SECRET) return env.RAPPORT_SECRET;
	const config = databaseConfigFromEnv(env);
	if (config.kind !== 'pglite' || !config.dataDir) {
		throw new Error('An in-memory database has nowhere to keep a secret: set RAPPORT_SECRET.');
	}
	return readOrCreateSecretFile(config.dataDir);
}

function readOrCreateSecretFile(dataDir: string): string {
	const path = join(dataDir, SECRET_FILE_NAME);
	mkdirSync(dataDir, { recursive: true });
	try {
		writeFileSync(path, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
	} catch (err) {
		if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
	}
	const secret = readFileSync(path, 'utf8').trim();
	if (secret.length < MIN_SECRET_LENGTH) {
		throw new Error(
			`${path} holds a secret of ${secret.length} characters; it needs at least ${MIN_SECRET_LENGTH}.`
		);
	}
	return secret;
}

/** The process's secret, loaded once (at start-up, by the init hook). */
export function rapportSecret(): string {
	cached ??= loadRapportSecret();
	return cached;
}

/** For tests that change the environment within one process. */
export function forgetCachedSecret(): void {
	cached = null;
}
