import { sql } from 'kysely';
import type { Db } from '../db';
import { serviceMapOf, type ServiceMap } from '../../domain/service-map';

// Each round keeps the service map it opened with: the survey offers exactly those pairs, and the
// gate knows every other pair holds no rating.

/** Copies the current service map to a round; in the transaction that opens it. */
export async function snapshotServiceMap(trx: Db, roundId: string): Promise<void> {
	await sql`
		insert into round_service_relationships
			(round_id, consumer_department_id, provider_department_id)
		select ${roundId}::uuid, consumer_department_id, provider_department_id
		from service_relationships
	`.execute(trx);
}

/** A round's service map; it never changes once the round has opened. */
export async function roundServiceMap(db: Db, roundId: string): Promise<ServiceMap> {
	const rows = await db
		.selectFrom('round_service_relationships')
		.select(['consumer_department_id as consumer', 'provider_department_id as provider'])
		.where('round_id', '=', roundId)
		.execute();
	return serviceMapOf(rows);
}
