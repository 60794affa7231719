import type { Db } from '../db';
import { ALL_PROVIDERS, serviceKey } from '../../domain/reporting-groups';
import { monthIndex } from '../../domain/periods';
import {
	INTERNAL_MEASURES,
	isInternalMeasure,
	type InternalMeasure
} from '../../domain/service-chain';
import { isShown, type Cell } from '../gate/cells';
import { listClosedRounds } from '../analytics/round-data';
import { roundTables, type RoundTables } from '../gate/round-tables';
import { driverValue, enpsValue, serviceValue } from '../analytics/cell-values';

// The internal side of the service chain: one gated figure per department and month. A
// department is its own members (the people directly in it, when it has sub-departments), so
// that no one counts in two units. Only cells the gate shows are read; a suppressed cell is a
// month the department is absent from.

export { INTERNAL_MEASURES, isInternalMeasure, type InternalMeasure };

export type InternalPoint = { value: number; respondents: number };
/** Department id → month index → figure. */
export type InternalSeries = Map<string, Map<number, InternalPoint>>;

const DRIVER_OF: Record<Exclude<InternalMeasure, 'internal_nps'>, string> = {
	support: 'internal_support',
	morale: 'morale',
	empowerment: 'empowerment',
	enps: 'enps'
};

async function cellsOf(
	tables: RoundTables,
	measure: InternalMeasure
): Promise<Map<string, Cell<number | null>>> {
	const out = new Map<string, Cell<number | null>>();
	const tree = tables.tree;
	if (measure === 'internal_nps') {
		const service = await tables.service();
		for (const id of tree.order) {
			const key = serviceKey(tree.ownMembers(id), ALL_PROVIDERS);
			out.set(
				id,
				service.cell(key, (s) => serviceValue(s).internalNps)
			);
		}
		return out;
	}
	const driver = DRIVER_OF[measure];
	const table = (await tables.scores()).get(driver);
	if (!table) return out;
	for (const id of tree.order) {
		out.set(
			id,
			table.cell(tree.ownMembers(id), (s) =>
				driver === 'enps' ? enpsValue(s).score : driverValue(s).favourable
			)
		);
	}
	return out;
}

/** Adds a month's figure; several rounds in one month are pooled, weighted by respondents. */
function addPoint(series: InternalSeries, department: string, month: number, p: InternalPoint) {
	const months = series.get(department) ?? new Map<number, InternalPoint>();
	series.set(department, months);
	const before = months.get(month);
	if (!before) {
		months.set(month, p);
		return;
	}
	const n = before.respondents + p.respondents;
	months.set(month, {
		value: (before.value * before.respondents + p.value * p.respondents) / n,
		respondents: n
	});
}

/**
 * A measure's gated figure per department and month over the closed rounds that opened from
 * `from` to `to` (inclusive days, either open-ended).
 */
export async function internalSeries(
	db: Db,
	measure: InternalMeasure,
	range: { from?: string; to?: string }
): Promise<InternalSeries> {
	const series: InternalSeries = new Map();
	for (const round of await listClosedRounds(db, range)) {
		const month = monthIndex(round.opensOn);
		const cells = await cellsOf(await roundTables(db, round), measure);
		for (const [department, cell] of cells) {
			if (!isShown(cell) || cell.value === null) continue;
			addPoint(series, department, month, { value: cell.value, respondents: cell.n });
		}
	}
	return series;
}

/**
 * How a consumer department rated each provider (internal NPS), per month, gated: provider id →
 * consumer id → month → figure. For the upstream view of customer-facing departments.
 */
export async function providerSeries(
	db: Db,
	consumers: readonly string[],
	range: { from?: string; to?: string }
): Promise<Map<string, InternalSeries>> {
	const byProvider = new Map<string, InternalSeries>();
	for (const round of await listClosedRounds(db, range)) {
		const month = monthIndex(round.opensOn);
		const tables = await roundTables(db, round);
		const service = await tables.service();
		const providers = tables.tree.order;
		for (const consumer of consumers) {
			if (!tables.tree.parent.has(consumer)) continue;
			const own = tables.tree.ownMembers(consumer);
			for (const provider of providers) {
				if (provider === consumer) continue;
				const cell = service.cell(serviceKey(own, provider), (s) => serviceValue(s).internalNps);
				if (!isShown(cell)) continue;
				const series = byProvider.get(provider) ?? new Map();
				byProvider.set(provider, series);
				addPoint(series, consumer, month, { value: cell.value, respondents: cell.n });
			}
		}
	}
	return byProvider;
}
