import type { Db } from '../db';
import {
	ALL_PROVIDERS,
	COMPANY,
	serviceKey,
	subtreeKey,
	type ConsumerLevel
} from '../../domain/reporting-groups';
import { isShown, type Cell } from '../gate/cells';
import { canSee, type AnalyticsScope } from './access';
import { departmentLabels } from './department-and-round-lists';
import { roundRef, type AnalyticsResult, type RoundRef } from './analytics-result';
import { findRoundTables } from '../gate/round-tables';
import { serviceValue, type ServiceValue } from './cell-values';

type DepartmentRef = { id: string; code: string; name: string };

export type MatrixRow = {
	/** The consumer: a department's own members (sub-departments have rows of their own). */
	consumer: DepartmentRef;
	/** Their ratings of all providers together; only for consumers in the reader's view. */
	total?: Cell<ServiceValue>;
	/** Per provider department id. */
	cells: Record<string, Cell<ServiceValue>>;
};

export { CONSUMER_LEVELS, type ConsumerLevel } from '../../domain/reporting-groups';

export type ServiceMatrix = {
	round: RoundRef;
	consumers: ConsumerLevel;
	providers: DepartmentRef[];
	rows: MatrixRow[];
	/** Per provider, the ratings of everyone who rated it: its internal NPS. */
	received: Record<string, Cell<ServiceValue>>;
	/** All ratings of the round together. */
	total: Cell<ServiceValue>;
};

/**
 * The internal service matrix of a closed round: consumer department × provider department.
 * HR sees all of it; a head the rows of the departments they head (how they rate everyone) and
 * the columns of those departments (how everyone rates them).
 */
export async function internalServiceMatrix(
	db: Db,
	roundId: string,
	scope: AnalyticsScope,
	options: { rows: boolean; consumers?: ConsumerLevel } = { rows: true }
): Promise<AnalyticsResult<ServiceMatrix>> {
	const consumers = options.consumers ?? 'departments';
	const found = await findRoundTables(db, roundId);
	if (!found.ok) return found;
	const { tables } = found;
	// Without rows, only the cells of everyone together are read: the margins.
	const service = await (options.rows ? tables.service() : tables.serviceReceived());
	const { tree } = tables;
	const labels = await departmentLabels(db, tree.order);
	const ref = (id: string): DepartmentRef => ({
		id,
		code: labels.get(id)?.code ?? '',
		name: labels.get(id)?.name ?? ''
	});
	const mine = tree.order.filter((id) => canSee(scope, id));
	const rows: MatrixRow[] = [];
	const byDivision = consumers === 'divisions';
	for (const consumer of options.rows ? (byDivision ? tree.roots : tree.order) : []) {
		// A division's row is its subtree; there is no total over providers for a subtree.
		const group = byDivision ? subtreeKey(consumer) : tree.ownMembers(consumer);
		const whole = canSee(scope, consumer);
		const providers = whole ? tree.order : mine;
		if (providers.length === 0) continue;
		const cells: Record<string, Cell<ServiceValue>> = {};
		for (const p of providers) cells[p] = service.cell(serviceKey(group, p), serviceValue);
		rows.push({
			consumer: ref(consumer),
			...(whole && !byDivision
				? { total: service.cell(serviceKey(group, ALL_PROVIDERS), serviceValue) }
				: {}),
			cells
		});
	}
	const received: Record<string, Cell<ServiceValue>> = {};
	for (const p of mine) received[p] = service.cell(serviceKey(COMPANY, p), serviceValue);
	return {
		ok: true,
		data: {
			round: roundRef(tables.round),
			consumers,
			providers: tree.order.map(ref),
			rows,
			received,
			total: service.cell(serviceKey(COMPANY, ALL_PROVIDERS), serviceValue)
		}
	};
}

/**
 * Only the margins of the matrix: each visible provider's internal NPS from everyone who rated
 * it, and the round's total; the same cells as `internalServiceMatrix` gives, without its rows.
 */
export function internalServiceReceived(
	db: Db,
	roundId: string,
	scope: AnalyticsScope
): Promise<AnalyticsResult<ServiceMatrix>> {
	return internalServiceMatrix(db, roundId, scope, { rows: false });
}

/**
 * The share of a matrix's consumer × provider cells that are shown, among the pairs whose people
 * were asked (a pair the service map left out is no figure at all); 0 without any.
 */
export function shownShare(matrix: ServiceMatrix): number {
	const cells = matrix.rows
		.flatMap((r) => Object.values(r.cells))
		.filter((c) => isShown(c) || c.reason !== 'not_asked');
	return cells.length === 0 ? 0 : cells.filter(isShown).length / cells.length;
}
