import type { Db } from '../db';
import { recordChange } from '../audit/changes';
import type { FieldErrors } from '../http/forms';
import { departmentPaths, getDepartment } from './departments';
import { inOrgEdit } from './org-lock';
import { ENGLISH_SERVER_WORDS, type ServerWords } from '../../i18n/server-words';

// The service map as HR keeps it: which departments each department rates in the internal-service
// question. Rounds copy it when they open (surveys/round-service-map.ts); editing it changes the
// next round, never an open or closed one.

/** The providers one department rates, or null when it rates any department. */
export async function providersRatedBy(db: Db, consumerId: string): Promise<string[] | null> {
	const rows = await db
		.selectFrom('service_relationships')
		.select('provider_department_id as provider')
		.where('consumer_department_id', '=', consumerId)
		.execute();
	return rows.length === 0 ? null : rows.map((r) => r.provider);
}

export type ServiceMapChange = { ok: true } | { ok: false; errors: FieldErrors };

/**
 * Sets the providers a department rates (`null`: any department), audited. Providers must be
 * other, active departments; an empty list is refused, since "nobody" would hide the question.
 */
export async function setProvidersRatedBy(
	db: Db,
	actorId: string | null,
	consumerId: string,
	providerIds: readonly string[] | null,
	w: ServerWords = ENGLISH_SERVER_WORDS
): Promise<ServiceMapChange | null> {
	return inOrgEdit(db, async (trx) => {
		const consumer = await getDepartment(trx, consumerId);
		if (!consumer) return null;
		const wanted = providerIds === null ? null : [...new Set(providerIds)];
		if (wanted !== null) {
			if (wanted.length === 0) {
				return {
					ok: false,
					errors: { providers: w.serviceMap.noneChosen }
				};
			}
			if (wanted.includes(consumerId)) {
				return { ok: false, errors: { providers: w.serviceMap.notItself } };
			}
			const found = await trx
				.selectFrom('departments')
				.select('id')
				.where('id', 'in', wanted)
				.where('archived_at', 'is', null)
				.execute();
			if (found.length !== wanted.length) {
				return {
					ok: false,
					errors: { providers: w.serviceMap.gone }
				};
			}
		}
		const before = await providersRatedBy(trx, consumerId);
		await trx
			.deleteFrom('service_relationships')
			.where('consumer_department_id', '=', consumerId)
			.execute();
		if (wanted !== null) {
			await trx
				.insertInto('service_relationships')
				.values(
					wanted.map((provider) => ({
						consumer_department_id: consumerId,
						provider_department_id: provider
					}))
				)
				.execute();
		}
		const paths = await departmentPaths(trx, [consumerId, ...(before ?? []), ...(wanted ?? [])]);
		const names = (ids: string[] | null) =>
			ids === null ? 'any department' : ids.map((id) => paths.get(id) ?? id).sort();
		await recordChange(trx, {
			actorId,
			action: 'department.service_providers_set',
			entityType: 'department',
			entityId: consumerId,
			entityLabel: paths.get(consumerId) ?? consumer.name,
			before: { rates: names(before) },
			after: { rates: names(wanted) }
		});
		return { ok: true };
	});
}
