import { randomBytes } from 'node:crypto';
import type { Db } from '../db';

const SECRET_NAME = 'ballot_mac_key';
let cached: string | null = null;

/**
 * The key that signs ballots: RAPPORT_SECRET when set, else one generated on first use and kept
 * in the database so that every instance and every restart shares it.
 */
export async function rapportSecret(db: Db, env: NodeJS.ProcessEnv = process.env): Promise<string> {
	if (env.RAPPORT_SECRET) {
		if (env.RAPPORT_SECRET.length < 32) {
			throw new Error('RAPPORT_SECRET must be at least 32 characters (e.g. openssl rand -hex 32).');
		}
		return env.RAPPORT_SECRET;
	}
	if (cached) return cached;
	await db
		.insertInto('app_secrets')
		.values({ name: SECRET_NAME, value: randomBytes(32).toString('hex') })
		.onConflict((oc) => oc.doNothing())
		.execute();
	const row = await db
		.selectFrom('app_secrets')
		.select('value')
		.where('name', '=', SECRET_NAME)
		.executeTakeFirstOrThrow();
	cached = row.value;
	return cached;
}

/** For tests that swap databases within one process. */
export function forgetCachedSecret(): void {
	cached = null;
}
