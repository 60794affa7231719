import type { KeyedRelation } from '../../domain/reporting-groups';
import { suppressCells } from './suppression';
import type { SuppressionReason } from '../../domain/suppression-reasons';
import { suppressedCell, type Cell } from './cells';

// THE GATE: every figure Rapport shows, exports or answers through its API is a cell made
// here. A gated table is built from the statistics of every group of one round and measure at
// once, with the sums that tie them together, so that which cells are withheld never depends
// on who asks or which page they look at: each reader sees a part of one safe table.

/** The thresholds of PRODUCT.md promise 3, never below these whatever is configured. */
export const K_SCORES_FLOOR = 3;
export const K_COMMENTS_FLOOR = 5;
/** Correlations describe nothing useful about fewer people than this, whatever k is. */
export const MIN_CORRELATION_N = 30;

export type Thresholds = { kScores: number; kComments: number };

export function thresholds(kScores: number, kComments: number): Thresholds {
	return {
		kScores: Math.max(K_SCORES_FLOOR, kScores),
		kComments: Math.max(K_COMMENTS_FLOOR, kComments)
	};
}

export type GatedTable<S> = {
	/** The group's cell: its value only when the gate shows it, else exactly `{ suppressed }`. */
	cell<T>(key: string, value: (stat: S) => T): Cell<T>;
	isShown(key: string): boolean;
	/** Why the group's cell is hidden, or null when it is shown. */
	reason(key: string): SuppressionReason | null;
};

/**
 * Gates the groups of one table. `stats` holds every group with respondents (a group missing
 * from it has none); `relations` are the sums among them that readers can see or work out.
 * A group is shown when it has at least `k` (and `minimum`) behind it and the complementary
 * suppression of the whole table does not withhold it.
 */
export function gateTable<S>(
	stats: ReadonlyMap<string, S>,
	sizeOf: (stat: S) => number,
	relations: readonly KeyedRelation[],
	k: number,
	minimum = 0,
	forced?: ReadonlyMap<string, SuppressionReason>
): GatedTable<S> {
	const keys = [...stats.keys()].sort();
	const index = new Map(keys.map((key, i) => [key, i]));
	const sizes = keys.map((key) => Math.max(0, sizeOf(stats.get(key) as S)));
	const indexed: { total: number; parts: number[]; overlapping?: boolean }[] = [];
	for (const relation of relations) {
		const total = index.get(relation.total);
		if (total === undefined) continue;
		const parts: number[] = [];
		for (const part of relation.parts) {
			const i = index.get(part);
			if (i !== undefined) parts.push(i);
		}
		indexed.push({ total, parts, overlapping: relation.overlapping });
	}
	const threshold = Math.max(k, minimum, K_SCORES_FLOOR);
	const hidden = suppressCells({
		sizes,
		relations: indexed,
		k: threshold,
		forced: [...(forced?.keys() ?? [])].flatMap((key) => index.get(key) ?? [])
	});
	// Only what is shown is kept: hidden statistics are dropped with the input.
	const shown = new Map<string, S>();
	const secondary = new Set<string>();
	keys.forEach((key, i) => {
		if (!hidden[i]) shown.set(key, stats.get(key) as S);
		else if (sizes[i] >= threshold) secondary.add(key);
	});
	const reason = (key: string): SuppressionReason | null =>
		shown.has(key)
			? null
			: (forced?.get(key) ?? (secondary.has(key) ? 'protects_smaller_group' : 'fewer_than_k'));
	return {
		isShown: (key) => shown.has(key),
		cell: (key, value) => {
			const stat = shown.get(key);
			if (stat !== undefined) return { value: value(stat), n: sizeOf(stat) };
			return suppressedCell(reason(key)!);
		},
		reason
	};
}
