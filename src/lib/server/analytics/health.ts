import type { Db } from '../db';
import type { DepartmentKind } from '../db/schema';
import {
	COMPANY,
	departmentsOfGroup,
	directKey,
	serviceKey,
	subtreeKey
} from '../../domain/reporting-groups';
import { roundCorrelation } from '../../domain/measures';
import { mapCell, type Cell } from '../gate/cells';
import { gatedComments, gatedServiceComments } from '../gate/comment-gate';
import { MIN_CORRELATION_N } from '../gate/gated-table';
import { changesSince, type Change } from './changes';
import { departmentLabels } from './department-and-round-lists';
import { groupCells, type GroupCells } from './heatmap';
import { roundRef, type AnalyticsResult, type RoundRef } from './analytics-result';
import { findRoundTables } from '../gate/round-tables';
import { serviceValue, type ServiceValue } from './cell-values';

type DepartmentRef = { id: string; code: string; name: string };

export type Part = GroupCells & DepartmentRef & { scope: 'direct' | 'subtree' };

export type Health = GroupCells & {
	department: DepartmentRef & { parentId: string | null; kind: DepartmentKind };
	round: RoundRef;
	/** Everything is about the department's subtree: its own members and every department below. */
	scope: 'subtree';
	/**
	 * Its own members are fewer than k and pooled into the group above (gate/pooling.ts): the
	 * figures here cover its sub-departments only.
	 */
	ownMembersPooled: boolean;
	/** The number of responses, shown as participation is: its n is the number invited. */
	responses: Cell<number>;
	internalService: {
		/** How everyone who rated this department as a provider rated it. */
		received: Cell<ServiceValue>;
		/** How this subtree rated each department it depended on. */
		given: (DepartmentRef & { cell: Cell<ServiceValue> })[];
	};
	/** Pearson r between each driver and eNPS over respondents; at least `minimumN` of them. */
	driverImpact: { minimumN: number; drivers: Record<string, Cell<{ r: number | null }>> };
	/** Open comments, shuffled, undated; only for groups of at least k for comments. */
	comments: Cell<string[]>;
	/** What the people who rated this department wrote about it. */
	serviceComments: Cell<string[]>;
	changes: Record<string, Change | null>;
	/** The parts the subtree adds up from: its own members and each sub-department's subtree. */
	breakdown: Part[];
};

/** One department's subtree in one closed round, every figure a gated cell. */
export async function departmentHealth(
	db: Db,
	departmentId: string,
	roundId: string
): Promise<AnalyticsResult<Health>> {
	const found = await findRoundTables(db, roundId);
	if (!found.ok) return found;
	const { tables } = found;
	const { tree } = tables;
	const labels = await departmentLabels(db, tree.order);
	const own = labels.get(departmentId);
	if (!own) {
		const known = await departmentLabels(db, [departmentId]);
		return { ok: false, reason: known.size ? 'not_in_round' : 'unknown_department' };
	}
	const ref = (id: string): DepartmentRef => ({
		id,
		code: labels.get(id)?.code ?? '',
		name: labels.get(id)?.name ?? ''
	});
	const key = subtreeKey(departmentId);
	const [pooled, participation, scores, service, commentGate, serviceCommentGate, impact] =
		await Promise.all([
			tables.pooledOwnMembers(),
			tables.participation(),
			tables.scores(),
			tables.service(),
			tables.comments(),
			tables.serviceComments(),
			tables.impact()
		]);
	const children = tree.children.get(departmentId) ?? [];
	const parts: Part[] = [
		...(children.length
			? [
					{
						...ref(departmentId),
						scope: 'direct' as const,
						...groupCells(directKey(departmentId), participation, scores)
					}
				]
			: []),
		...children.map((child) => ({
			...ref(child),
			scope: 'subtree' as const,
			...groupCells(subtreeKey(child), participation, scores)
		}))
	];
	const drivers: Record<string, Cell<{ r: number | null }>> = {};
	for (const [driver, table] of impact) {
		drivers[driver] = table.cell(key, (stat) => ({
			r: stat.r === null ? null : roundCorrelation(stat.r)
		}));
	}
	const current = groupCells(key, participation, scores);
	return {
		ok: true,
		data: {
			department: {
				...ref(departmentId),
				parentId: tree.parent.get(departmentId) ?? null,
				kind: own.kind
			},
			round: roundRef(tables.round),
			scope: 'subtree',
			ownMembersPooled: pooled.has(departmentId),
			responses: mapCell(current.participation, (p) => p.responded),
			...current,
			internalService: {
				received: service.cell(serviceKey(COMPANY, departmentId), serviceValue),
				given: tree.order
					.filter((p) => p !== departmentId)
					.map((p) => ({ ...ref(p), cell: service.cell(serviceKey(key, p), serviceValue) }))
			},
			driverImpact: { minimumN: MIN_CORRELATION_N, drivers },
			comments: await gatedComments(
				db,
				tables.round.id,
				commentGate,
				key,
				departmentsOfGroup(tree, key).filter((d) => d !== departmentId || !pooled.has(d))
			),
			serviceComments: await gatedServiceComments(
				db,
				tables.round.id,
				serviceCommentGate,
				departmentId
			),
			changes: await changesSince(db, tables, departmentId),
			breakdown: parts
		}
	};
}
