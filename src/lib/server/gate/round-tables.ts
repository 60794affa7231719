import { AsyncLocalStorage } from 'node:async_hooks';
import type { Db } from '../db';
import { COMPANY, type TreeGroups } from '../../domain/reporting-groups';
import type { GatedTable } from './gated-table';
import type { Part } from '../analytics/publish';
import {
	loadPublishedRound,
	loadPublishedTables,
	type PublishedRound,
	type PublishedTables
} from '../analytics/published-cells';
import {
	findClosedRound,
	loadTree,
	type ClosedRound,
	type RoundLookup
} from '../analytics/round-data';
import type {
	ImpactStat,
	ParticipationStat,
	PublishedParticipation,
	PublishedService,
	ScoreStat,
	ServiceStat
} from '../analytics/cell-values';

// A closed round's figures as the gate published them when the round closed (publish.ts). A
// publication never changes until it is replaced, which changes its time: tables are kept per
// round and publication in a small cache.

export type RoundTables = {
	round: ClosedRound;
	tree: TreeGroups;
	/**
	 * Departments whose own members are pooled into the group above (gate/pooling.ts): their
	 * subtree's figures cover their sub-departments only.
	 */
	pooledOwnMembers(): Promise<ReadonlySet<string>>;
	/** Participation per group; shown exactly where the group's scores are. */
	participation(): Promise<GatedTable<PublishedParticipation>>;
	/** The same groups for comments: shown where at least k-for-comments responded. */
	comments(): Promise<GatedTable<ParticipationStat>>;
	/** Per measure asked in the round (Likert drivers, then eNPS), the groups' answers. */
	scores(): Promise<Map<string, GatedTable<ScoreStat>>>;
	/** Per Likert item asked (question id), the groups' answers; shown where its driver is. */
	items(): Promise<Map<string, GatedTable<ScoreStat>>>;
	/** Consumer groups × providers, with row and column totals. */
	service(): Promise<GatedTable<PublishedService>>;
	/**
	 * The service table's cells of everyone together (`company|…`): each provider's ratings from
	 * everyone, and the total. Asked for any other cell, it throws.
	 */
	serviceReceived(): Promise<GatedTable<PublishedService>>;
	/** Comments about each provider, pooled over everyone who rated it. */
	serviceComments(): Promise<GatedTable<ServiceStat>>;
	/** Per driver, correlations with eNPS; shown from MIN_CORRELATION_N respondents. */
	impact(): Promise<Map<string, GatedTable<ImpactStat>>>;
	/**
	 * A view made from these tables alone (the same for whoever asks), made once per `name` while
	 * the round is kept, and again for a new publication. The caller must not change what it gets.
	 */
	derived<T>(name: string, make: () => Promise<T>): Promise<T>;
};

// A round of a 10,000-person company takes about 2.5 MB here; two years of fortnightly rounds fit.
const CACHE_SIZE = 64;

// Views derived from a kept round (the company view of a subtree, say), the latest few per round.
const DERIVED_PER_ROUND = 16;

/** What is known of a round so far: promises of its tree, publication and each part once read. */
type Entry = {
	tree: Promise<TreeGroups>;
	published: Promise<PublishedRound>;
	parts: Map<string, Promise<PublishedTables>>;
	derived: Map<string, Promise<unknown>>;
};

/**
 * The promise kept under `key`, else `make()`'s, kept unless it fails; with a `limit`, the least
 * recently used beyond it are let go.
 */
function keptPromise<T>(
	kept: Map<string, Promise<unknown>>,
	key: string,
	make: () => Promise<T>,
	limit = Infinity
): Promise<T> {
	let promise = kept.get(key) as Promise<T> | undefined;
	if (promise) {
		kept.delete(key);
	} else {
		const made = (promise = make());
		made.catch(() => {
			if (kept.get(key) === made) kept.delete(key);
		});
	}
	kept.set(key, promise);
	if (kept.size > limit) kept.delete(kept.keys().next().value as string);
	return promise;
}

const cache = new Map<string, Entry>();
/** What a `withoutKeeping` read has looked up and loaded, shared by its readers until it ends. */
type PassingThrough = { entries: Map<string, Entry>; lookups: Map<string, Promise<RoundLookup>> };
const passingThrough = new AsyncLocalStorage<PassingThrough>();

/**
 * Runs `read` so that the rounds it loads are used and let go, not kept: an export that walks
 * every round neither grows the memory with the period nor pushes the dashboards' rounds out.
 * Rounds already kept are still read from the cache; within `read`, a round is read once.
 */
export function withoutKeeping<T>(read: () => Promise<T>): Promise<T> {
	return passingThrough.run({ entries: new Map(), lookups: new Map() }, read);
}

const entryId = (round: ClosedRound) => `${round.id}@${round.publishedAt}`;

function entryFor(db: Db, round: ClosedRound): Entry {
	const id = entryId(round);
	const cached = cache.get(id);
	if (cached) {
		cache.delete(id);
		cache.set(id, cached);
		return cached;
	}
	const passing = passingThrough.getStore();
	const read = passing?.entries.get(id);
	if (read) return read;
	const entry: Entry = {
		tree: loadTree(db, round),
		published: loadPublishedRound(db, round.id),
		parts: new Map(),
		derived: new Map()
	};
	if (passing) {
		passing.entries.set(id, entry);
		return entry;
	}
	entry.tree.catch(() => cache.delete(id));
	entry.published.catch(() => cache.delete(id));
	cache.set(id, entry);
	if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
	return entry;
}

/**
 * Parts read together when a round is kept: what the company view needs, what team health adds,
 * and the rest. A round passing through reads only the parts asked for, the heatmap's together.
 */
const GROUPS: readonly Part[] = ['participation', 'comments', 'scores', 'items'];
const SERVICE: readonly Part[] = ['service', 'service_comments'];
const IMPACT: readonly Part[] = ['impact'];
const HEATMAP: readonly Part[] = ['participation', 'scores'];
/** The service table's cells of everyone together: what internal NPS received is made of. */
const RECEIVED_PREFIX = `${COMPANY}|`;

/** A table read only for the cells whose keys start with `prefix`, refusing any other cell. */
function onlyPrefixed<S>(table: GatedTable<S>, prefix: string): GatedTable<S> {
	const check = (key: string) => {
		if (!key.startsWith(prefix)) throw new Error(`cell ${key} was not read (only ${prefix}…)`);
		return key;
	};
	return {
		isShown: (key) => table.isShown(check(key)),
		reason: (key) => table.reason(check(key)),
		cell: (key, value) => table.cell(check(key), value)
	};
}

/** The gated tables of a closed round, as published. */
export async function roundTables(db: Db, round: ClosedRound): Promise<RoundTables> {
	const entry = entryFor(db, round);
	const keeping = cache.get(entryId(round)) === entry;
	const [tree, published] = await Promise.all([entry.tree, entry.published]);
	const read = (parts: readonly Part[], keyPrefix?: string) =>
		keptPromise(entry.parts, parts.join(',') + (keyPrefix ? `@${keyPrefix}` : ''), () =>
			loadPublishedTables(db, round.id, published, parts, keyPrefix)
		);
	const partsFor = (parts: readonly Part[], part: Part) =>
		keeping ? parts : HEATMAP.includes(part) ? HEATMAP : [part];
	const table = async <S>(parts: readonly Part[], part: Part) =>
		(await read(partsFor(parts, part))).get(part)!.get('') as GatedTable<S>;
	const measures = async <S>(parts: readonly Part[], part: Part) =>
		(await read(partsFor(parts, part))).get(part) as Map<string, GatedTable<S>>;
	return {
		round,
		tree,
		pooledOwnMembers: async () => published.pooled,
		participation: () => table(GROUPS, 'participation'),
		comments: () => table(GROUPS, 'comments'),
		scores: () => measures(GROUPS, 'scores'),
		items: () => measures(GROUPS, 'items'),
		service: () => table(SERVICE, 'service'),
		serviceReceived: async () => {
			if (keeping) return table(SERVICE, 'service');
			const received = (await read(['service'], RECEIVED_PREFIX)).get('service')!.get('');
			return onlyPrefixed(received as GatedTable<PublishedService>, RECEIVED_PREFIX);
		},
		serviceComments: () => table(SERVICE, 'service_comments'),
		impact: () => measures(IMPACT, 'impact'),
		derived: <T>(name: string, make: () => Promise<T>) =>
			keeping ? keptPromise(entry.derived, name, make, DERIVED_PER_ROUND) : make()
	};
}

export type RoundTablesLookup =
	{ ok: true; tables: RoundTables } | { ok: false; reason: 'round_open' | 'unknown_round' };

/** The gated tables of the round if it is closed and published; otherwise why there are none. */
export async function findRoundTables(db: Db, roundId: string): Promise<RoundTablesLookup> {
	const passing = passingThrough.getStore();
	let lookup = passing?.lookups.get(roundId);
	if (!lookup) {
		lookup = findClosedRound(db, roundId);
		passing?.lookups.set(roundId, lookup);
	}
	const found = await lookup;
	if (found.status !== 'closed') {
		return { ok: false, reason: found.status === 'open' ? 'round_open' : 'unknown_round' };
	}
	return { ok: true, tables: await roundTables(db, found.round) };
}
