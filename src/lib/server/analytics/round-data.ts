import { LIKERT_DRIVERS } from '../../domain/questions';
import type { InferResult } from 'kysely';
import type { Db } from '../db';
import type { RollupScope } from '../db/schema';
import {
	ALL_PROVIDERS,
	COMPANY,
	serviceKey,
	subtreeKey,
	treeGroups,
	type TreeGroups
} from '../../domain/reporting-groups';
import { DAY_MS, isoDay } from '../../domain/dates';
import type { ImpactStat, ParticipationStat, ScoreStat, ServiceStat } from './cell-values';

// Reads a closed round's rollups as statistics keyed by group. Ungated: only gated-round.ts,
// which puts them through the gate to publish them, may read statistics from this module.
// Read-only: a round closed before rollups existed is rolled up by publishPendingRounds.

/** A round whose results may be shown: closed, rolled up and published. */
export type ClosedRound = {
	readonly id: string;
	readonly programmeId: string;
	readonly periodIndex: number;
	readonly opensOn: string;
	readonly closesOn: string;
	readonly kScores: number;
	readonly kComments: number;
	/** When its cells were published (ISO); null only while they are being published. */
	readonly publishedAt: string | null;
};

export type RoundLookup =
	{ status: 'closed'; round: ClosedRound } | { status: 'open' } | { status: 'unknown' };

function roundRows(db: Db) {
	return db
		.selectFrom('pulse_rounds as r')
		.leftJoin('rollup_rounds as ru', 'ru.round_id', 'r.id')
		.leftJoin('published_rounds as pr', 'pr.round_id', 'r.id')
		.select([
			'r.id',
			'r.programme_id as programmeId',
			'r.period_index as periodIndex',
			'r.status',
			'r.opens_at as opensAt',
			'r.closes_at as closesAt',
			'r.closed_at as closedAt',
			'ru.k_scores as kScores',
			'ru.k_comments as kComments',
			'pr.published_at as publishedAt'
		]);
}

type RoundRow = InferResult<ReturnType<typeof roundRows>>[number];

function closedRoundOf(row: RoundRow): ClosedRound | null {
	if (row.status !== 'closed' || row.kScores === null || row.kComments === null) return null;
	return {
		id: row.id,
		programmeId: row.programmeId,
		periodIndex: row.periodIndex,
		opensOn: isoDay(row.opensAt),
		closesOn: isoDay(row.closedAt ?? row.closesAt),
		kScores: row.kScores,
		kComments: row.kComments,
		publishedAt: row.publishedAt?.toISOString() ?? null
	};
}

/**
 * The round if it is closed and published; an open round is never read, whatever rows it has.
 * A closed round not yet published (closed before publishing existed) is unknown until
 * publishPendingRounds has run: reads never roll up or publish.
 */
export async function findClosedRound(db: Db, roundId: string): Promise<RoundLookup> {
	const row = await roundRows(db).where('r.id', '=', roundId).executeTakeFirst();
	if (!row) return { status: 'unknown' };
	if (row.status !== 'closed') return { status: 'open' };
	const round = closedRoundOf(row);
	return round?.publishedAt ? { status: 'closed', round } : { status: 'unknown' };
}

/** A closed, rolled-up round, published or not: for publishing it. */
export async function rolledUpRound(db: Db, roundId: string): Promise<ClosedRound | null> {
	const row = await roundRows(db).where('r.id', '=', roundId).executeTakeFirst();
	return row ? closedRoundOf(row) : null;
}

/** Closed, published rounds opening between two days (inclusive), oldest first. */
export async function listClosedRounds(
	db: Db,
	range: { from?: string; to?: string; programmeId?: string }
): Promise<ClosedRound[]> {
	let query = roundRows(db).where('r.status', '=', 'closed').orderBy('r.opens_at').orderBy('r.id');
	if (range.from) query = query.where('r.opens_at', '>=', new Date(`${range.from}T00:00:00Z`));
	if (range.to) {
		query = query.where('r.opens_at', '<', new Date(Date.parse(`${range.to}T00:00:00Z`) + DAY_MS));
	}
	if (range.programmeId) query = query.where('r.programme_id', '=', range.programmeId);
	return (await query.execute())
		.map(closedRoundOf)
		.filter((round): round is ClosedRound => round?.publishedAt != null);
}

/** The programme's closed rounds before `round`, for comparing with it (alias `r`). */
export function earlierClosedRounds(db: Db, round: ClosedRound) {
	return db
		.selectFrom('pulse_rounds as r')
		.where('r.programme_id', '=', round.programmeId)
		.where('r.period_index', '<', round.periodIndex)
		.where('r.status', '=', 'closed');
}

export async function loadTree(db: Db, round: ClosedRound): Promise<TreeGroups> {
	// Ordered by code, never by id: ids are random, and the gate breaks ties in this order.
	const rows = await db
		.selectFrom('rollup_departments as rd')
		.innerJoin('departments as d', 'd.id', 'rd.department_id')
		.select(['rd.department_id as id', 'rd.parent_id as parentId'])
		.where('rd.round_id', '=', round.id)
		.orderBy('d.code')
		.execute();
	return treeGroups(rows);
}

/** A rollup row's group: direct rows are a department's own members (its subtree if a leaf). */
function groupOf(tree: TreeGroups, scope: RollupScope, departmentId: string | null): string {
	if (scope === 'company' || departmentId === null) return COMPANY;
	return scope === 'subtree' ? subtreeKey(departmentId) : tree.ownMembers(departmentId);
}

/** The rows per `keyOf` (a driver, an item), and within each, every row's group to its value. */
function byKeyAndGroup<R extends { scope: RollupScope; department_id: string | null }, V>(
	rows: readonly R[],
	tree: TreeGroups,
	keyOf: (row: R) => string,
	valueOf: (row: R) => V
): Map<string, Map<string, V>> {
	const byKey = new Map<string, Map<string, V>>();
	for (const row of rows) {
		const groups = byKey.get(keyOf(row)) ?? new Map<string, V>();
		groups.set(groupOf(tree, row.scope, row.department_id), valueOf(row));
		byKey.set(keyOf(row), groups);
	}
	return byKey;
}

export async function loadParticipation(
	db: Db,
	round: ClosedRound,
	tree: TreeGroups
): Promise<Map<string, ParticipationStat>> {
	const rows = await db
		.selectFrom('rollup_participation')
		.select(['scope', 'department_id', 'invited', 'responded', 'comments'])
		.where('round_id', '=', round.id)
		.execute();
	return new Map(
		rows.map((r) => [
			groupOf(tree, r.scope, r.department_id),
			{ invited: r.invited, responded: r.responded, comments: r.comments }
		])
	);
}

/** Per driver (and 'enps'), each group's pooled answers. */
export async function loadScores(
	db: Db,
	round: ClosedRound,
	tree: TreeGroups
): Promise<Map<string, Map<string, ScoreStat>>> {
	const rows = await db
		.selectFrom('rollup_drivers')
		.select(['scope', 'department_id', 'driver', 'respondents', 'answers', 'histogram'])
		.where('round_id', '=', round.id)
		.execute();
	return byKeyAndGroup(
		rows,
		tree,
		(r) => r.driver,
		(r) => ({ respondents: r.respondents, answers: r.answers, histogram: r.histogram })
	);
}

/** Per Likert item asked (question id), each group's answers to it. */
export async function loadItems(
	db: Db,
	round: ClosedRound,
	tree: TreeGroups
): Promise<Map<string, Map<string, ScoreStat>>> {
	const rows = await db
		.selectFrom('rollup_items')
		.select(['scope', 'department_id', 'question_id', 'respondents', 'histogram'])
		.where('round_id', '=', round.id)
		.where('driver', 'in', [...LIKERT_DRIVERS])
		.execute();
	return byKeyAndGroup(
		rows,
		tree,
		(r) => r.question_id,
		(r) => ({
			respondents: r.respondents,
			answers: r.histogram.reduce((a, b) => a + b, 0),
			histogram: r.histogram
		})
	);
}

export async function loadService(
	db: Db,
	round: ClosedRound,
	tree: TreeGroups
): Promise<Map<string, ServiceStat>> {
	const rows = await db
		.selectFrom('rollup_service')
		.select([
			'scope',
			'department_id',
			'provider_department_id',
			'respondents',
			'ratings',
			'histogram',
			'reasons',
			'comments'
		])
		.where('round_id', '=', round.id)
		.execute();
	return new Map(
		rows.map((r) => [
			serviceKey(
				groupOf(tree, r.scope, r.department_id),
				r.provider_department_id ?? ALL_PROVIDERS
			),
			{
				respondents: r.respondents,
				ratings: r.ratings,
				histogram: r.histogram,
				reasons: r.reasons,
				comments: r.comments
			}
		])
	);
}

/** Per driver, each subtree's (and the company's) correlation with eNPS. */
export async function loadImpact(
	db: Db,
	round: ClosedRound,
	tree: TreeGroups
): Promise<Map<string, Map<string, ImpactStat>>> {
	const rows = await db
		.selectFrom('rollup_driver_impact')
		.select(['scope', 'department_id', 'driver', 'respondents', 'r'])
		.where('round_id', '=', round.id)
		.execute();
	return byKeyAndGroup(
		rows,
		tree,
		(row) => row.driver,
		(row) => ({ respondents: row.respondents, r: row.r })
	);
}
