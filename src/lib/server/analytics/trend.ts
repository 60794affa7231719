import type { Db } from '../db';
import { COMPANY, serviceKey, subtreeKey } from '../../domain/reporting-groups';
import { LIKERT_DRIVERS } from '../../domain/questions';
import { mapCell, suppressedCell, type Cell } from '../gate/cells';
import { departmentLabels } from './department-and-round-lists';
import { roundRef, type AnalyticsResult, type RoundRef } from './analytics-result';
import { listClosedRounds } from './round-data';
import { roundTables, type RoundTables } from '../gate/round-tables';
import {
	ENPS,
	participationValue,
	scoreValue,
	serviceValue,
	type DriverValue,
	type EnpsValue,
	type ParticipationValue,
	type ServiceValue
} from './cell-values';

/** What a trend can follow: a Likert driver, eNPS, participation, or the internal NPS received. */
export const TREND_MEASURES = [...LIKERT_DRIVERS, ENPS, 'participation', 'internal_service'];
export type TrendMeasure = (typeof TREND_MEASURES)[number];

export function isTrendMeasure(value: unknown): value is TrendMeasure {
	return typeof value === 'string' && TREND_MEASURES.includes(value);
}

type TrendValue = DriverValue | EnpsValue | ParticipationValue | ServiceValue;

export type Trend = {
	department: { id: string; code: string; name: string };
	measure: TrendMeasure;
	/** Closed rounds that asked the measure and in which the department took part, oldest first. */
	points: { round: RoundRef; cell: Cell<TrendValue> }[];
};

async function pointOf(
	tables: RoundTables,
	departmentId: string | null,
	measure: TrendMeasure
): Promise<Cell<TrendValue> | null> {
	if (departmentId !== null && !tables.tree.parent.has(departmentId)) return null;
	const key = departmentId === null ? COMPANY : subtreeKey(departmentId);
	if (measure === 'participation') {
		return (await tables.participation()).cell(key, participationValue);
	}
	if (measure === 'internal_service') {
		if (departmentId === null) return null;
		const service = await tables.service();
		return service.cell(serviceKey(COMPANY, departmentId), serviceValue);
	}
	const table = (await tables.scores()).get(measure);
	return table ? table.cell(key, (stat) => scoreValue(measure, stat)) : null;
}

/** The one figure a trend chart draws for a measure: % favourable, a score, or a rate. */
function headline(value: TrendValue): number | null {
	if ('internalNps' in value) return value.internalNps;
	if ('score' in value) return value.score;
	if ('rate' in value) return value.rate;
	return value.favourable;
}

export type TrendTable = {
	/** Closed rounds of the range, oldest first. */
	rounds: RoundRef[];
	/** Per measure, a point per round: its headline figure, hidden 'not_asked' when not asked. */
	series: Record<string, Cell<number | null>[]>;
};

/**
 * Every measure of a department's subtree (or of the company, for null) round by round, every
 * figure gated: what the trend charts of the dashboards draw.
 */
export async function trendTable(
	db: Db,
	departmentId: string | null,
	range: { from?: string; to?: string; programmeId?: string; last?: number }
): Promise<TrendTable> {
	const measures = TREND_MEASURES.filter((m) => departmentId !== null || m !== 'internal_service');
	const rounds: RoundRef[] = [];
	const series: TrendTable['series'] = Object.fromEntries(measures.map((m) => [m, []]));
	const closed = await listClosedRounds(db, range);
	// Only the rounds asked for are read: each one not yet in memory costs a gating pass.
	for (const round of range.last ? closed.slice(-range.last) : closed) {
		const tables = await roundTables(db, round);
		if (departmentId !== null && !tables.tree.parent.has(departmentId)) continue;
		rounds.push(roundRef(round));
		for (const measure of measures) {
			const cell = await pointOf(tables, departmentId, measure);
			series[measure].push(cell ? mapCell(cell, headline) : suppressedCell('not_asked'));
		}
	}
	return { rounds, series };
}

/** A department subtree's figure for one measure, round by round, every figure gated. */
export async function departmentTrend(
	db: Db,
	departmentId: string,
	measure: TrendMeasure,
	range: { from?: string; to?: string; programmeId?: string }
): Promise<AnalyticsResult<Trend>> {
	const label = (await departmentLabels(db, [departmentId])).get(departmentId);
	if (!label) return { ok: false, reason: 'unknown_department' };
	const rounds = await listClosedRounds(db, range);
	const points: Trend['points'] = [];
	for (const round of rounds) {
		const cell = await pointOf(await roundTables(db, round), departmentId, measure);
		if (cell) points.push({ round: roundRef(round), cell });
	}
	return {
		ok: true,
		data: { department: { id: departmentId, code: label.code, name: label.name }, measure, points }
	};
}
