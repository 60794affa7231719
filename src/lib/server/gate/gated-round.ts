import type { Db } from '../db';
import {
	ALL_PROVIDERS,
	serviceKey,
	treeGroupKeys,
	type TreeGroups
} from '../../domain/reporting-groups';
import { thresholds, type GatedTable } from './gated-table';
import { roundServiceMap } from '../surveys/round-service-map';
import { loadChangedGroups } from '../analytics/group-changes';
import { gateRoundGroups, gateRoundImpact, gateRoundService } from './round-gate';
import {
	loadImpact,
	loadItems,
	loadParticipation,
	loadScores,
	loadService,
	loadTree,
	type ClosedRound
} from '../analytics/round-data';
import type {
	ImpactStat,
	ParticipationStat,
	ScoreStat,
	ServiceStat
} from '../analytics/cell-values';

// A closed round put through the gate from its rollups, every table at once. Only publishing
// (published-cells.ts) and the tests that compare it with what was published call this: readers
// read the published cells.

export type GatedRound = {
	tree: TreeGroups;
	pooled: ReadonlySet<string>;
	participation: GatedTable<ParticipationStat>;
	comments: GatedTable<ParticipationStat>;
	scores: Map<string, GatedTable<ScoreStat>>;
	items: Map<string, GatedTable<ScoreStat>>;
	service: GatedTable<ServiceStat>;
	serviceComments: GatedTable<ServiceStat>;
	impact: Map<string, GatedTable<ImpactStat>>;
	/** Every key a reader may ask of the group tables, the service table and its comments. */
	keys: { groups: string[]; service: string[]; providers: string[] };
};

export async function gateClosedRound(db: Db, round: ClosedRound): Promise<GatedRound> {
	const tree = await loadTree(db, round);
	const k = thresholds(round.kScores, round.kComments);
	const [participation, scores, changed, items, service, map, impact] = await Promise.all([
		loadParticipation(db, round, tree),
		loadScores(db, round, tree),
		loadChangedGroups(db, round, tree),
		loadItems(db, round, tree),
		loadService(db, round, tree),
		roundServiceMap(db, round.id),
		loadImpact(db, round, tree)
	]);
	const groups = gateRoundGroups(tree, participation, scores, k, changed, items);
	const gatedService = gateRoundService(tree, groups, service, k, map);
	const groupKeys = union(treeGroupKeys(tree), participation.keys());
	const providers = union(tree.order, []);
	const serviceKeys = union(
		groupKeys.flatMap((g) => [...providers, ALL_PROVIDERS].map((p) => serviceKey(g, p))),
		service.keys()
	);
	return {
		tree,
		pooled: groups.pooled,
		participation: groups.participation,
		comments: groups.comments,
		scores: groups.scores,
		items: groups.items,
		service: gatedService.cells,
		serviceComments: gatedService.comments,
		impact: gateRoundImpact(groups, impact),
		keys: { groups: groupKeys, service: serviceKeys, providers }
	};
}

function union(first: Iterable<string>, second: Iterable<string>): string[] {
	return [...new Set([...first, ...second])];
}
