import { LIKERT_DRIVERS } from '../../domain/questions';
import { ALL_PROVIDERS, COMPANY, serviceKey, type TreeGroups } from '../../domain/reporting-groups';
import { pooledOwnMembers, withoutPooled } from './pooling';
import { EMPTY_SERVICE_MAP, invitedToRate, type ServiceMap } from '../../domain/service-map';
import type { SuppressionReason } from '../../domain/suppression-reasons';
import { gateTable, MIN_CORRELATION_N, type GatedTable, type Thresholds } from './gated-table';
import { gateGroups, patternTable, type GroupPattern } from './group-gate';
import { gateService } from './service-gate';
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
} from '../analytics/cell-values';

// A round's statistics through the gate, with no database in sight: round-tables.ts loads and
// caches, this decides, and the attacker tests run it on made-up organisations.

const MEASURE_ORDER: readonly string[] = [...LIKERT_DRIVERS, ENPS];

export type GatedGroups = {
	invited: ReadonlyMap<string, number>;
	forced: ReadonlyMap<string, SuppressionReason>;
	pooled: ReadonlySet<string>;
	pattern: GroupPattern;
	participation: GatedTable<ParticipationStat>;
	comments: GatedTable<ParticipationStat>;
	/** Per measure asked (Likert drivers, then eNPS). */
	scores: Map<string, GatedTable<ScoreStat>>;
	/** Per Likert item asked (question id): its answers, shown exactly where its driver is. */
	items: Map<string, GatedTable<ScoreStat>>;
};

/** Items enter the one pattern as measures of their own, so their remainders are checked too. */
const ITEM_MEASURE = 'item:';

/** Participation, comments and every measure of a round's groups: one pattern for all. */
export function gateRoundGroups(
	tree: TreeGroups,
	loadedParticipation: ReadonlyMap<string, ParticipationStat>,
	loadedScores: ReadonlyMap<string, ReadonlyMap<string, ScoreStat>>,
	k: Thresholds,
	changed: ReadonlySet<string> = new Set(),
	loadedItems: ReadonlyMap<string, ReadonlyMap<string, ScoreStat>> = new Map()
): GatedGroups {
	const pooled = pooledOwnMembers(
		tree,
		new Map([...loadedParticipation].map(([key, s]) => [key, s.invited])),
		k.kScores
	);
	const participation = withoutPooled(loadedParticipation, pooled, participationWithout);
	const byMeasure = new Map(
		[...loadedScores].map(([m, stats]) => [m, withoutPooled(stats, pooled, scoreWithout)])
	);
	const byItem = new Map(
		[...loadedItems].map(([item, stats]) => [item, withoutPooled(stats, pooled, scoreWithout)])
	);
	const forced = new Map([...changed].map((key) => [key, 'group_changed' as const]));
	const invited = new Map([...participation].map(([key, s]) => [key, s.invited]));
	const responded = new Map([...participation].map(([key, s]) => [key, s.responded]));
	const measures = new Map(
		[
			...byMeasure,
			...[...byItem].map(([item, stats]) => [`${ITEM_MEASURE}${item}`, stats] as const)
		].map(([measure, stats]) => [
			measure,
			new Map(
				[...stats].map(([key, s]) => [
					key,
					{ respondents: s.respondents, answers: s.answers, classes: answerClasses(s.histogram) }
				])
			)
		])
	);
	const pattern = gateGroups(tree, { invited, responded, measures }, k.kScores, {
		forced,
		pooled
	});
	// Comments (their number is a figure too) only where the scores are shown and k for
	// comments is met, gated as a table of their own.
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
		scores: new Map(measureOrder.map((m) => [m, patternTable(byMeasure.get(m)!, pattern)])),
		items: new Map([...byItem].map(([item, stats]) => [item, patternTable(stats, pattern)]))
	};
}

export type GatedService = {
	cells: GatedTable<ServiceStat>;
	/** Comments about each provider, pooled over everyone who rated it. */
	comments: GatedTable<ServiceStat>;
};

/**
 * Consumer groups × providers, gated per provider, with row and column totals; `map` is the
 * service map the round opened with (who was asked to rate whom).
 */
export function gateRoundService(
	tree: TreeGroups,
	groups: GatedGroups,
	loaded: ReadonlyMap<string, ServiceStat>,
	k: Thresholds,
	map: ServiceMap = EMPTY_SERVICE_MAP
): GatedService {
	const stats = withoutPooled(loaded, groups.pooled, serviceWithout);
	const cells = gateService(
		tree,
		{
			invitedFor: (provider) => invitedToRate(tree, groups.invited, groups.pooled, map, provider),
			stats,
			providers: tree.order,
			respondentsOf: (s) => s.respondents,
			classesOf: (s) => answerClasses(s.histogram)
		},
		k.kScores,
		{ forced: groups.forced, pooled: groups.pooled }
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
}

/**
 * Per driver, correlations with eNPS where the group is shown and has MIN_CORRELATION_N
 * respondents. A correlation cannot be taken apart: a pooled subtree's, which counts its own
 * members, is not shown.
 */
export function gateRoundImpact(
	groups: GatedGroups,
	byDriver: ReadonlyMap<string, ReadonlyMap<string, ImpactStat>>
): Map<string, GatedTable<ImpactStat>> {
	const whole = (key: string) => !groups.pooled.has(key.slice(key.indexOf(':') + 1));
	return new Map(
		[...byDriver].map(([driver, stats]) => [
			driver,
			patternTable(
				new Map([...stats].filter(([key]) => whole(key))),
				groups.pattern,
				(s) => s.respondents >= MIN_CORRELATION_N
			)
		])
	);
}

/** Providers rated in the round: those with a company-wide cell. */
function providersIn(stats: ReadonlyMap<string, ServiceStat>): string[] {
	const prefix = serviceKey(COMPANY, '');
	return [...stats.keys()]
		.filter((key) => key.startsWith(prefix) && key !== serviceKey(COMPANY, ALL_PROVIDERS))
		.map((key) => key.slice(prefix.length))
		.sort();
}
