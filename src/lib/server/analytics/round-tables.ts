import { AsyncLocalStorage } from 'node:async_hooks';
import type { Db } from '../db';
import { LIKERT_DRIVERS } from '../../domain/questions';
import { ALL_PROVIDERS, COMPANY, serviceKey, serviceRelations } from '../../domain/group-systems';
import type { TreeGroups } from '../../domain/group-systems';
import type { SuppressionReason } from '../../domain/suppression-reasons';
import { loadChangedGroups } from './group-changes';
import { gateTable, MIN_CORRELATION_N, thresholds, type GatedTable } from '../privacy/gate';
import {
	loadImpact,
	loadParticipation,
	loadScores,
	loadService,
	loadTree,
	type ClosedRound
} from './round-data';
import {
	ENPS,
	type ImpactStat,
	type ParticipationStat,
	type ScoreStat,
	type ServiceStat
} from './values';

// A closed round's figures, gated table by table over all of its groups at once. Rollups never
// change, so neither do these: they are kept per round in a small cache.

export type RoundTables = {
	round: ClosedRound;
	tree: TreeGroups;
	/** Participation per group; shown where at least k were invited. */
	participation(): Promise<GatedTable<ParticipationStat>>;
	/** The same groups for comments: shown where at least k-for-comments responded. */
	comments(): Promise<GatedTable<ParticipationStat>>;
	/** Per measure asked in the round (Likert drivers, then eNPS), the groups' answers. */
	scores(): Promise<Map<string, GatedTable<ScoreStat>>>;
	/** Consumer groups × providers, with row and column totals. */
	service(): Promise<GatedTable<ServiceStat>>;
	/** Comments about each provider, pooled over everyone who rated it. */
	serviceComments(): Promise<GatedTable<ServiceStat>>;
	/** Per driver, correlations with eNPS; shown from MIN_CORRELATION_N respondents. */
	impact(): Promise<Map<string, GatedTable<ImpactStat>>>;
};

const MEASURE_ORDER: readonly string[] = [...LIKERT_DRIVERS, ENPS];
// A round of a 10,000-person company takes about 2.5 MB here; two years of fortnightly rounds fit.
const CACHE_SIZE = 64;

/** What is known of a round so far: promises of its tree and of each table once asked for. */
type Entry = { tree: Promise<TreeGroups>; parts: Map<string, Promise<unknown>> };
const cache = new Map<string, Entry>();
const passingThrough = new AsyncLocalStorage<true>();

/**
 * Runs `read` so that the rounds it loads are used and let go, not kept: an export that walks
 * every round neither grows the memory with the period nor pushes the dashboards' rounds out.
 * Rounds already kept are still read from the cache.
 */
export function withoutKeeping<T>(read: () => Promise<T>): Promise<T> {
	return passingThrough.run(true, read);
}

function entryFor(db: Db, round: ClosedRound): Entry {
	const cached = cache.get(round.id);
	if (cached) {
		cache.delete(round.id);
		cache.set(round.id, cached);
		return cached;
	}
	const entry: Entry = { tree: loadTree(db, round), parts: new Map() };
	if (passingThrough.getStore()) return entry;
	entry.tree.catch(() => cache.delete(round.id));
	cache.set(round.id, entry);
	if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
	return entry;
}

/** Loads a part of a round once (with whichever handle asks first) and keeps it. */
function once<T>(entry: Entry, name: string, load: () => Promise<T>): Promise<T> {
	let part = entry.parts.get(name) as Promise<T> | undefined;
	if (!part) {
		part = load();
		part.catch(() => entry.parts.delete(name));
		entry.parts.set(name, part);
	}
	return part;
}

/** The gated tables of a closed round. */
export async function roundTables(db: Db, round: ClosedRound): Promise<RoundTables> {
	const entry = entryFor(db, round);
	const tree = await entry.tree;
	const k = thresholds(round.kScores, round.kComments);
	// Statistics are loaded once per table family and let go once gated: only what the gate
	// shows stays in memory.
	// Groups padded with newcomers just before the round: hidden in every table, whatever their size.
	const changed = (threshold: number) =>
		once(entry, `changed:${threshold}`, async () =>
			groupChanged(await loadChangedGroups(db, round, tree, threshold))
		);
	const participation = () =>
		once(entry, 'participation', async () => {
			const stats = await loadParticipation(db, round, tree);
			const [forScores, forComments] = [await changed(k.kScores), await changed(k.kComments)];
			return {
				invited: gateTable(stats, (s) => s.invited, tree.relations, k.kScores, 0, forScores),
				comments: gateTable(stats, (s) => s.responded, tree.relations, k.kComments, 0, forComments)
			};
		});
	const service = () =>
		once(entry, 'service', async () => {
			const stats = await loadService(db, round, tree);
			const pooled = new Map(
				providersIn(stats).map((p) => [p, stats.get(serviceKey(COMPANY, p))!])
			);
			const [forScores, forComments] = [await changed(k.kScores), await changed(k.kComments)];
			return {
				cells: gateTable(
					stats,
					(s) => s.respondents,
					serviceRelations(tree, stats.keys()),
					k.kScores,
					0,
					byConsumerGroup(stats.keys(), forScores)
				),
				comments: gateTable(
					pooled,
					(s) => s.respondents,
					[],
					k.kComments,
					0,
					forComments.has(COMPANY) ? groupChanged(pooled.keys()) : undefined
				)
			};
		});
	return {
		round,
		tree,
		participation: async () => (await participation()).invited,
		comments: async () => (await participation()).comments,
		scores: () =>
			once(entry, 'scores', async () => {
				const byMeasure = await loadScores(db, round, tree);
				const measures = [...byMeasure.keys()].sort(
					(a, b) => MEASURE_ORDER.indexOf(a) - MEASURE_ORDER.indexOf(b)
				);
				const forced = await changed(k.kScores);
				return new Map(
					measures.map((m) => [
						m,
						gateTable(byMeasure.get(m)!, (s) => s.respondents, tree.relations, k.kScores, 0, forced)
					])
				);
			}),
		service: async () => (await service()).cells,
		serviceComments: async () => (await service()).comments,
		impact: () =>
			once(entry, 'impact', async () => {
				const byDriver = await loadImpact(db, round, tree);
				const forced = await changed(k.kScores);
				return new Map(
					[...byDriver].map(([driver, stats]) => [
						driver,
						gateTable(stats, (s) => s.respondents, [], k.kScores, MIN_CORRELATION_N, forced)
					])
				);
			})
	};
}

function groupChanged(keys: Iterable<string>): Map<string, SuppressionReason> {
	return new Map([...keys].map((key) => [key, 'group_changed' as const]));
}

/** The service cells (`group|provider`) whose consumer group is forced hidden. */
function byConsumerGroup(
	cells: Iterable<string>,
	groups: ReadonlyMap<string, SuppressionReason>
): Map<string, SuppressionReason> {
	const out = new Map<string, SuppressionReason>();
	for (const key of cells) {
		const reason = groups.get(key.slice(0, key.lastIndexOf('|')));
		if (reason) out.set(key, reason);
	}
	return out;
}

/** Providers rated in the round: those with a company-wide cell. */
function providersIn(stats: ReadonlyMap<string, ServiceStat>): string[] {
	const prefix = serviceKey(COMPANY, '');
	return [...stats.keys()]
		.filter((key) => key.startsWith(prefix) && key !== serviceKey(COMPANY, ALL_PROVIDERS))
		.map((key) => key.slice(prefix.length))
		.sort();
}
