import { AsyncLocalStorage } from 'node:async_hooks';
import type { Db } from '../db';
import { LIKERT_DRIVERS } from '../../domain/questions';
import { ALL_PROVIDERS, COMPANY, serviceKey } from '../../domain/group-systems';
import type { TreeGroups } from '../../domain/group-systems';
import { pooledOwnMembers, withoutPooled } from '../../domain/pooling';
import type { SuppressionReason } from '../../domain/suppression-reasons';
import { gateTable, MIN_CORRELATION_N, thresholds, type GatedTable } from '../privacy/gate';
import { gateGroups, patternTable } from '../privacy/group-gate';
import { gateService } from '../privacy/service-gate';
import { loadChangedGroups } from './group-changes';
import {
	loadImpact,
	loadParticipation,
	loadScores,
	loadService,
	loadTree,
	type ClosedRound
} from './round-data';
import {
	answerClasses,
	participationWithout,
	scoreWithout,
	serviceWithout,
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
	// Statistics are loaded once and let go once gated: only what the gate shows stays in memory.
	const groups = () =>
		once(entry, 'groups', async () => {
			const [loadedParticipation, loadedScores, changed] = await Promise.all([
				loadParticipation(db, round, tree),
				loadScores(db, round, tree),
				loadChangedGroups(db, round, tree)
			]);
			const pooled = pooledOwnMembers(
				tree,
				new Map([...loadedParticipation].map(([key, s]) => [key, s.invited])),
				k.kScores
			);
			const participation = withoutPooled(loadedParticipation, pooled, participationWithout);
			const byMeasure = new Map(
				[...loadedScores].map(([m, stats]) => [m, withoutPooled(stats, pooled, scoreWithout)])
			);
			const forced = new Map([...changed].map((key) => [key, 'group_changed' as const]));
			const invited = new Map([...participation].map(([key, s]) => [key, s.invited]));
			const responded = new Map([...participation].map(([key, s]) => [key, s.responded]));
			const measures = new Map(
				[...byMeasure].map(([measure, stats]) => [
					measure,
					new Map(
						[...stats].map(([key, s]) => [
							key,
							{
								respondents: s.respondents,
								answers: s.answers,
								classes: answerClasses(s.histogram)
							}
						])
					)
				])
			);
			const pattern = gateGroups(tree, { invited, responded, measures }, k.kScores, {
				forced,
				pooled
			});
			const commentsHidden = new Map<string, SuppressionReason>(forced);
			for (const key of participation.keys()) {
				const reason = pattern.reason(key);
				if (reason) commentsHidden.set(key, reason);
			}
			const commentCounts = new Map(
				[...participation].map(([key, s]) => [
					key,
					{ respondents: s.responded, answers: s.comments, classes: [] }
				])
			);
			const commentPattern = gateGroups(
				tree,
				{ invited, responded, measures: new Map([['comments', commentCounts]]) },
				k.kComments,
				{ forced: commentsHidden, pooled }
			);
			const measureOrder = [...byMeasure.keys()].sort(
				(a, b) => MEASURE_ORDER.indexOf(a) - MEASURE_ORDER.indexOf(b)
			);
			return {
				invited,
				forced,
				pooled,
				pattern,
				participation: patternTable(participation, pattern),
				comments: patternTable(participation, commentPattern),
				scores: new Map(measureOrder.map((m) => [m, patternTable(byMeasure.get(m)!, pattern)]))
			};
		});
	const service = () =>
		once(entry, 'service', async () => {
			const [{ invited, forced, pooled }, loaded] = await Promise.all([
				groups(),
				loadService(db, round, tree)
			]);
			const stats = withoutPooled(loaded, pooled, serviceWithout);
			const cells = gateService(
				tree,
				{
					invited,
					stats,
					providers: tree.order,
					respondentsOf: (s) => s.respondents,
					classesOf: (s) => answerClasses(s.histogram)
				},
				k.kScores,
				{ forced, pooled }
			);
			const providers = providersIn(stats);
			const byProvider = new Map(providers.map((p) => [p, stats.get(serviceKey(COMPANY, p))!]));
			const unrated = new Map(
				providers
					.map((p) => [p, cells.reason(serviceKey(COMPANY, p))] as const)
					.filter((entry): entry is [string, SuppressionReason] => entry[1] !== null)
			);
			return {
				cells,
				comments: gateTable(byProvider, (s) => s.respondents, [], k.kComments, 0, unrated)
			};
		});
	return {
		round,
		tree,
		pooledOwnMembers: async () => (await groups()).pooled,
		participation: async () => (await groups()).participation,
		comments: async () => (await groups()).comments,
		scores: async () => (await groups()).scores,
		service: async () => (await service()).cells,
		serviceComments: async () => (await service()).comments,
		impact: () =>
			once(entry, 'impact', async () => {
				const [{ pattern, pooled }, byDriver] = await Promise.all([
					groups(),
					loadImpact(db, round, tree)
				]);
				// A correlation cannot be taken apart: a pooled subtree's, which counts its own
				// members, is not shown.
				const whole = (key: string) => !pooled.has(key.slice(key.indexOf(':') + 1));
				return new Map(
					[...byDriver].map(([driver, stats]) => [
						driver,
						patternTable(
							new Map([...stats].filter(([key]) => whole(key))),
							pattern,
							(s) => s.respondents >= MIN_CORRELATION_N
						)
					])
				);
			})
	};
}

/** Providers rated in the round: those with a company-wide cell. */
function providersIn(stats: ReadonlyMap<string, ServiceStat>): string[] {
	const prefix = serviceKey(COMPANY, '');
	return [...stats.keys()]
		.filter((key) => key.startsWith(prefix) && key !== serviceKey(COMPANY, ALL_PROVIDERS))
		.map((key) => key.slice(prefix.length))
		.sort();
}
