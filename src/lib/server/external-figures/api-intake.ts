import type { Db } from '../db';
import type { RawMetricItem } from '../../domain/external-metrics';
import {
	checkMetricItems,
	writeMetricItems,
	type ApplyCounts,
	type ItemProblem
} from './figure-batches';

// POST /api/v1/external-metrics: a batch of figures in JSON, stored all together or not at all.

export const MAX_BATCH = 5000;

export type Sender =
	{ kind: 'person'; personId: string; name: string } | { kind: 'key'; keyId: string; name: string };

export type ReceiveOutcome =
	| { ok: true; counts: ApplyCounts }
	| {
			ok: false;
			message: string;
			problems: { index: number | null; field: string | null; message: string }[];
	  };

const isRecord = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

/** The batch's items, or why the body is not one: `{"items": [ … ]}` (or a bare array). */
function itemsOf(body: unknown): unknown[] | string {
	const items = Array.isArray(body) ? body : isRecord(body) ? body.items : undefined;
	if (!Array.isArray(items)) return 'The body must be a JSON object with an "items" array.';
	if (items.length === 0) return '"items" is empty: send at least one figure.';
	if (items.length > MAX_BATCH)
		return `At most ${MAX_BATCH} items in one request; split the batch.`;
	return items;
}

export async function receiveMetrics(
	db: Db,
	body: unknown,
	sender: Sender
): Promise<ReceiveOutcome> {
	const items = itemsOf(body);
	if (typeof items === 'string') return { ok: false, message: items, problems: [] };
	const raws: { ref: number; raw: RawMetricItem }[] = [];
	const problems: ItemProblem[] = [];
	items.forEach((item, index) => {
		if (!isRecord(item))
			problems.push({ ref: index, field: null, message: 'Each item must be a JSON object.' });
		else raws.push({ ref: index, raw: item as RawMetricItem });
	});
	return db.transaction().execute(async (trx) => {
		const batch = await checkMetricItems(trx, raws, (i) => `items[${i}]`);
		problems.push(...batch.problems);
		if (problems.length > 0) {
			const bad = new Set(problems.map((p) => p.ref)).size;
			return {
				ok: false,
				message: `${bad} of ${items.length} item${items.length === 1 ? '' : 's'} ha${bad === 1 ? 's' : 've'} problems; nothing was stored.`,
				problems: problems
					.sort((a, b) => a.ref - b.ref)
					.map((p) => ({ index: p.ref, field: p.field, message: p.message }))
			};
		}
		const counts = await writeMetricItems(
			trx,
			batch.items,
			{
				personId: sender.kind === 'person' ? sender.personId : null,
				apiKeyId: sender.kind === 'key' ? sender.keyId : null
			},
			{
				action: 'external_metrics.received',
				entityId: sender.kind === 'key' ? sender.keyId : null,
				entityLabel: sender.kind === 'key' ? `API key “${sender.name}”` : sender.name,
				after: sender.kind === 'key' ? { apiKey: sender.name } : {}
			}
		);
		return { ok: true, counts };
	});
}
