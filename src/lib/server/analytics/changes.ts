import type { Db } from '../db';
import { COMPANY, serviceKey, subtreeKey } from '../../domain/reporting-groups';
import { change } from '../../domain/measures';
import { isShown, type Cell } from '../gate/cells';
import type { GatedTable } from '../gate/gated-table';
import { roundRef, type RoundRef } from './analytics-result';
import { earlierClosedRounds, type ClosedRound } from './round-data';
import { findRoundTables, type RoundTables } from '../gate/round-tables';
import { ENPS, enpsValue, driverValue, participationValue, serviceValue } from './cell-values';

// The change of a department's figures since an earlier round of the same programme: for each
// driver the latest earlier round that asked it (drivers rotate), for the rest the latest
// earlier round. A change is shown only when both figures are; it is their difference.

export type Change = { since: RoundRef; cell: Cell<Record<string, number | null>> };

function difference<S>(
	key: string,
	now: GatedTable<S>,
	then: GatedTable<S>,
	figures: (stat: S) => Record<string, number | null>
): Cell<Record<string, number | null>> {
	const current = now.cell(key, figures);
	const previous = then.cell(key, figures);
	if (!isShown(current)) return current;
	if (!isShown(previous)) return previous;
	const value: Record<string, number | null> = {};
	for (const [name, figure] of Object.entries(current.value)) {
		const before = previous.value[name];
		value[name] =
			figure === null || before === null || before === undefined
				? null
				: change(figure, before, name === 'mean' ? 2 : 1);
	}
	return { value, n: current.n };
}

/** Earlier closed rounds of the programme: the latest overall and the latest asking each driver. */
async function earlierRounds(db: Db, round: ClosedRound) {
	const latest = await earlierClosedRounds(db, round)
		.innerJoin('rollup_rounds as ru', 'ru.round_id', 'r.id')
		.select('r.id')
		.orderBy('r.period_index', 'desc')
		.limit(1)
		.executeTakeFirst();
	const byDriver = await earlierClosedRounds(db, round)
		.innerJoin('rollup_drivers as d', 'd.round_id', 'r.id')
		.select(['d.driver', 'r.id'])
		.distinctOn('d.driver')
		.where('d.scope', '=', 'company')
		.orderBy('d.driver')
		.orderBy('r.period_index', 'desc')
		.execute();
	return { latest: latest?.id ?? null, byDriver: new Map(byDriver.map((r) => [r.driver, r.id])) };
}

/**
 * The changes of a department's subtree, or of the company when `departmentId` is null, keyed by
 * measure ('participation', 'internalNps' for a department, drivers, 'enps').
 */
export async function changesSince(
	db: Db,
	current: RoundTables,
	departmentId: string | null
): Promise<Record<string, Change | null>> {
	const earlier = await earlierRounds(db, current.round);
	const tablesOf = new Map<string, Promise<RoundTables | null>>();
	const tables = (roundId: string | null | undefined) => {
		if (!roundId) return Promise.resolve(null);
		if (!tablesOf.has(roundId)) {
			tablesOf.set(
				roundId,
				findRoundTables(db, roundId).then((found) => (found.ok ? found.tables : null))
			);
		}
		return tablesOf.get(roundId)!;
	};
	const key = departmentId === null ? COMPANY : subtreeKey(departmentId);
	const tookPart = (t: RoundTables) => departmentId === null || t.tree.parent.has(departmentId);
	const result: Record<string, Change | null> = {};
	const before = await tables(earlier.latest);
	const inBefore = before ? tookPart(before) : false;
	result.participation =
		before && inBefore
			? {
					since: roundRef(before.round),
					cell: difference(
						key,
						await current.participation(),
						await before.participation(),
						(s) => ({
							rate: participationValue(s).rate
						})
					)
				}
			: null;
	if (departmentId !== null) {
		const providerKey = serviceKey(COMPANY, departmentId);
		result.internalNps = before
			? {
					since: roundRef(before.round),
					cell: difference(providerKey, await current.service(), await before.service(), (s) => ({
						internalNps: serviceValue(s).internalNps
					}))
				}
			: null;
	}
	for (const [measure, table] of await current.scores()) {
		const then = await tables(earlier.byDriver.get(measure));
		const earlierTable = then && tookPart(then) ? (await then.scores()).get(measure) : undefined;
		result[measure] =
			then && earlierTable
				? {
						since: roundRef(then.round),
						cell: difference(key, table, earlierTable, (s): Record<string, number | null> =>
							measure === ENPS
								? { score: enpsValue(s).score }
								: { favourable: driverValue(s).favourable, mean: driverValue(s).mean }
						)
					}
				: null;
	}
	return result;
}
