import { sql } from 'kysely';
import { getDb, getReplicas, startDatabase } from './index';
import type { ReplicaStatus } from './replicas';

const HEALTH_TIMEOUT_MS = 3000;

/** True when migrations have run and the database answers a query within a few seconds. */
export async function checkDatabase(): Promise<boolean> {
	let timer: NodeJS.Timeout | undefined;
	const timeout = new Promise<false>((resolve) => {
		timer = setTimeout(() => resolve(false), HEALTH_TIMEOUT_MS);
	});
	const probe = (async () => {
		await startDatabase();
		await sql`select 1`.execute(getDb());
		return true;
	})().catch(() => false);
	try {
		return await Promise.race([probe, timeout]);
	} finally {
		clearTimeout(timer);
	}
}

/**
 * Each read replica as last checked (the checks run every few seconds on their own), or null
 * without any. Reads fall back to the primary, so a replica down does not make the app unhealthy.
 */
export function checkReplicas(): ReplicaStatus[] | null {
	return getReplicas()?.statuses() ?? null;
}
