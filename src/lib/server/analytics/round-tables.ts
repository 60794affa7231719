import { AsyncLocalStorage } from 'node:async_hooks';
import type { Db } from '../db';
import type { TreeGroups } from '../../domain/group-systems';
import { thresholds, type GatedTable } from '../privacy/gate';
import { loadChangedGroups } from './group-changes';
import { gateRoundGroups, gateRoundImpact, gateRoundService } from './round-gate';
import { roundServiceMap } from '../surveys/round-service-map';
import {
	loadImpact,
	loadItems,
	loadParticipation,
	loadScores,
	loadService,
	loadTree,
	type ClosedRound
} from './round-data';
import type { ImpactStat, ParticipationStat, ScoreStat, ServiceStat } from './values';

// A closed round's figures, gated table by table over all of its groups at once. Rollups never
// change, so neither do these: they are kept per round in a small cache.

export type RoundTables = {
	round: ClosedRound;
	tree: TreeGroups;
	/**
	 * Departments whose own members are pooled into the group above (domain/pooling.ts): their
	 * subtree's figures cover their sub-departments only.
	 */
	pooledOwnMembers(): Promise<ReadonlySet<string>>;
	/** Participation per group; shown exactly where the group's scores are. */
	participation(): Promise<GatedTable<ParticipationStat>>;
	/** The same groups for comments: shown where at least k-for-comments responded. */
	comments(): Promise<GatedTable<ParticipationStat>>;
	/** Per measure asked in the round (Likert drivers, then eNPS), the groups' answers. */
	scores(): Promise<Map<string, GatedTable<ScoreStat>>>;
	/** Per Likert item asked (question id), the groups' answers; shown where its driver is. */
	items(): Promise<Map<string, GatedTable<ScoreStat>>>;
	/** Consumer groups × providers, with row and column totals. */
	service(): Promise<GatedTable<ServiceStat>>;
	/** Comments about each provider, pooled over everyone who rated it. */
	serviceComments(): Promise<GatedTable<ServiceStat>>;
	/** Per driver, correlations with eNPS; shown from MIN_CORRELATION_N respondents. */
	impact(): Promise<Map<string, GatedTable<ImpactStat>>>;
};

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
	// Statistics are loaded once and let go once gated: only what the gate shows stays in memory.
	const groups = () =>
		once(entry, 'groups', async () => {
			const [loadedParticipation, loadedScores, changed, loadedItems] = await Promise.all([
				loadParticipation(db, round, tree),
				loadScores(db, round, tree),
				loadChangedGroups(db, round, tree),
				loadItems(db, round, tree)
			]);
			return gateRoundGroups(tree, loadedParticipation, loadedScores, k, changed, loadedItems);
		});
	const service = () =>
		once(entry, 'service', async () => {
			const [loaded, map] = await Promise.all([
				loadService(db, round, tree),
				roundServiceMap(db, round.id)
			]);
			return gateRoundService(tree, await groups(), loaded, k, map);
		});
	return {
		round,
		tree,
		pooledOwnMembers: async () => (await groups()).pooled,
		participation: async () => (await groups()).participation,
		comments: async () => (await groups()).comments,
		scores: async () => (await groups()).scores,
		items: async () => (await groups()).items,
		service: async () => (await service()).cells,
		serviceComments: async () => (await service()).comments,
		impact: () =>
			once(entry, 'impact', async () => {
				const [gated, byDriver] = await Promise.all([groups(), loadImpact(db, round, tree)]);
				return gateRoundImpact(gated, byDriver);
			})
	};
}
