import type { Db } from '../db';
import { COMPANY, directKey, subtreeKey } from '../../domain/reporting-groups';
import type { Cell } from '../gate/cells';
import type { GatedTable } from '../gate/gated-table';
import { canSee, type AnalyticsScope } from './access';
import { departmentLabels } from './department-and-round-lists';
import { roundRef, type AnalyticsResult, type RoundRef } from './analytics-result';
import { findRoundTables } from '../gate/round-tables';
import {
	participationValue,
	scoreValue,
	type DriverValue,
	type EnpsValue,
	type PublishedParticipation,
	type ParticipationValue,
	type ScoreStat
} from './cell-values';

export type GroupCells = {
	participation: Cell<ParticipationValue>;
	/** A cell per measure asked in the round: each Likert driver, and eNPS. */
	cells: Record<string, Cell<DriverValue | EnpsValue>>;
};

export type HeatmapRow = GroupCells & {
	departmentId: string;
	code: string;
	name: string;
	parentId: string | null;
	depth: number;
	/** 'subtree': the department and everything below it; 'direct': its own members only. */
	scope: 'subtree' | 'direct';
	/**
	 * The department's own members are pooled into the group above (gate/pooling.ts): its
	 * subtree row covers its sub-departments only, and its direct row is never shown.
	 */
	ownMembersPooled: boolean;
};

export type Heatmap = {
	round: RoundRef;
	measures: string[];
	company: GroupCells;
	rows: HeatmapRow[];
};

export function groupCells(
	key: string,
	participation: GatedTable<PublishedParticipation>,
	scores: ReadonlyMap<string, GatedTable<ScoreStat>>
): GroupCells {
	const cells: Record<string, Cell<DriverValue | EnpsValue>> = {};
	for (const [measure, table] of scores) {
		cells[measure] = table.cell(key, (stat) => scoreValue(measure, stat));
	}
	return { participation: participation.cell(key, participationValue), cells };
}

/**
 * Every department of a closed round that the reader may see, a row per subtree and one for the
 * own members of each department with sub-departments, and the company row.
 */
export async function orgHeatmap(
	db: Db,
	roundId: string,
	scope: AnalyticsScope
): Promise<AnalyticsResult<Heatmap>> {
	const found = await findRoundTables(db, roundId);
	if (!found.ok) return found;
	const { tables } = found;
	const [pooled, participation, scores] = await Promise.all([
		tables.pooledOwnMembers(),
		tables.participation(),
		tables.scores()
	]);
	const { tree } = tables;
	const visible = tree.order.filter((id) => canSee(scope, id));
	const labels = await departmentLabels(db, visible);
	const rows: HeatmapRow[] = visible.flatMap((id) => {
		const label = labels.get(id) ?? { code: '', name: '' };
		const base = {
			departmentId: id,
			code: label.code,
			name: label.name,
			parentId: tree.parent.get(id) ?? null,
			depth: tree.depth.get(id) ?? 0,
			ownMembersPooled: pooled.has(id)
		};
		const row: HeatmapRow = {
			...base,
			scope: 'subtree',
			...groupCells(subtreeKey(id), participation, scores)
		};
		if (!tree.hasChildren(id)) return [row];
		return [row, { ...base, scope: 'direct', ...groupCells(directKey(id), participation, scores) }];
	});
	return {
		ok: true,
		data: {
			round: roundRef(tables.round),
			measures: [...scores.keys()],
			company: groupCells(COMPANY, participation, scores),
			rows
		}
	};
}
