import type { Db } from '../db';
import type { DepartmentKind, ExternalMetric } from '../db/schema';
import { roundTo } from '../../domain/measures';
import { ALIGNMENT_RULE, monthIndex } from '../../domain/periods';
import {
	correlationInterval,
	effectiveSize,
	lagPairs,
	pearson,
	quartileGap,
	roundedQuartileGap,
	spearman,
	weightedFit,
	weightedPearson,
	type PeriodSeries
} from '../../domain/statistics';
import { canSee, type AnalyticsScope } from '../analytics/access';
import { listDepartmentEntries } from '../analytics/department-and-round-lists';
import { internalSeries, type InternalMeasure, type InternalSeries } from './internal-series';
import { externalSeries, type ExternalSeries } from './external-series';

/** Below this many departments the page and the API give no correlation at all. */
export const MIN_UNITS = 5;
export const LAGS = [0, 1, 2] as const;
export type Lag = (typeof LAGS)[number];

export type ServiceChainParams = {
	metric: ExternalMetric;
	internal: InternalMeasure;
	/** Rounds that opened on or after this day ('YYYY-MM-DD'); all when absent. */
	from?: string;
	/** Rounds that opened on or before this day; all when absent. */
	to?: string;
	/** Months between the internal figure and the external one it is compared with. */
	lag: Lag;
	/**
	 * Who reads. Every unit enters the statistics (they are company-wide figures); only the units
	 * the reader may see are listed, the others are counted in `unitsWithheld`.
	 */
	scope: AnalyticsScope;
};

/** A department in the analysis: its figures averaged over the months that pair up. */
export type ServiceChainUnit = {
	departmentId: string;
	code: string;
	name: string;
	kind: DepartmentKind;
	/** Mean of the gated internal figure over the paired months (one decimal). */
	internal: number;
	/** Mean of the external figure over the paired months, `lag` months later. */
	external: number;
	/** Respondents behind the internal figure, on average per paired month. */
	respondents: number;
	/**
	 * Respondents behind the internal figure summed over the paired months: the unit's weight in
	 * r, its interval and the fit, so that a unit resting on 2 months weighs less than one on 24.
	 */
	respondentTotal: number;
	/** Customers behind the external figures, summed; null when a source gave no sample size. */
	externalSampleSize: number | null;
	/** Months in which both figures exist. */
	months: number;
};

export type LagFigure = {
	/** Department-months paired. */
	n: number;
	/** Departments contributing at least two months (each one's mean is removed from its pairs). */
	units: number;
	r: number | null;
	ci95: [number, number] | null;
};

export type ServiceChain = {
	metric: ExternalMetric;
	internal: InternalMeasure;
	from: string | null;
	to: string | null;
	lag: Lag;
	/** The scale of the external figures used ('percent', '1-5' …; null for NPS). */
	scale: string | null;
	alignment: string;
	units: ServiceChainUnit[];
	/** Units in the statistics that this reader may not see one by one. */
	unitsWithheld: number;
	/** Departments in the statistics. */
	n: number;
	minimumUnits: number;
	/** False below MIN_UNITS: then every statistic below is null. */
	enough: boolean;
	/**
	 * Pearson's r across departments weighted by respondentTotal, its 95% interval (Fisher z over
	 * the effective number of departments), Spearman's rho (unweighted ranks).
	 */
	r: number | null;
	ci95: [number, number] | null;
	spearman: number | null;
	/** Kish's effective number of departments under the weights (one decimal); what the interval uses. */
	effectiveN: number | null;
	/** The least-squares line external = intercept + slope × internal, weighted by respondents. */
	slope: number | null;
	intercept: number | null;
	/** Mean external figure of the top and bottom quarter of departments by internal figure. */
	quartiles: { size: number; top: number; bottom: number; gap: number } | null;
	/**
	 * With a lag, month-to-month change within departments, both ways: internal(m) with
	 * external(m + lag), and external(m) with internal(m + lag). Null for lag 0, and below
	 * MIN_UNITS departments.
	 */
	lagged: { forward: LagFigure; reverse: LagFigure } | null;
	excluded: {
		/** Departments with external figures whose internal figure the gate never showed. */
		internalWithheld: number;
		/** External figures on another scale than `scale`. */
		otherScale: number;
	};
};

const r2 = (v: number | null) => (v === null ? null : roundTo(v, 2));
const interval = (ci: [number, number] | null): [number, number] | null =>
	ci ? [roundTo(ci[0], 2), roundTo(ci[1], 2)] : null;

/** Value-only views of the series, for the pure statistics. */
export function valuesOf(series: InternalSeries | ExternalSeries): Map<string, PeriodSeries> {
	return new Map(
		[...series].map(([id, months]) => [id, new Map([...months].map(([m, p]) => [m, p.value]))])
	);
}

export function lagFigure(a: Map<string, PeriodSeries>, b: Map<string, PeriodSeries>, lag: number) {
	const pairs = lagPairs(a, b, lag);
	const r = pearson(pairs.x, pairs.y);
	return {
		n: pairs.x.length,
		units: pairs.units,
		r: r2(r),
		ci95: interval(correlationInterval(r, pairs.x.length, pairs.units))
	};
}

/** Drops departments that are ancestors of other units, so that nobody's customers count twice. */
function finestUnits(ids: string[], parentOf: Map<string, string | null>): string[] {
	const set = new Set(ids);
	const covered = new Set<string>();
	for (const id of ids) {
		for (let p = parentOf.get(id) ?? null; p; p = parentOf.get(p) ?? null) covered.add(p);
	}
	return ids.filter((id) => set.has(id) && !covered.has(id));
}

/**
 * The service-chain analysis across departments: the internal measure (gated, per department's
 * own members) against the external metric `lag` months later, as GET
 * /api/v1/insights/service-chain returns it.
 */
export async function serviceChain(db: Db, params: ServiceChainParams): Promise<ServiceChain> {
	return (await serviceChainWithUnits(db, params)).chain;
}

/** The analysis and every unit in it, including those the reader may not see one by one. */
export async function serviceChainWithUnits(
	db: Db,
	params: ServiceChainParams
): Promise<{ chain: ServiceChain; unitIds: string[] }> {
	const { metric, internal, from, to, lag, scope } = params;
	const inside = await internalSeries(db, internal, { from, to });
	const firstMonth = monthIndex(from ?? '1900-01-01');
	const lastMonth = monthIndex(to ?? '9000-01-01') + lag;
	const outside = await externalSeries(db, metric, firstMonth, lastMonth);
	const departments = await listDepartmentEntries(db);
	const byId = new Map(departments.map((d) => [d.id, d]));
	const parentOf = new Map(departments.map((d) => [d.id, d.parentId]));

	const candidates = finestUnits(
		[...outside.series.keys()].filter((id) => byId.has(id)),
		parentOf
	);
	const units: ServiceChainUnit[] = [];
	let internalWithheld = 0;
	for (const id of candidates) {
		const ext = outside.series.get(id)!;
		const own = inside.get(id);
		const months = [...(own ?? new Map()).keys()]
			.filter((m) => ext.has(m + lag))
			.sort((a, b) => a - b);
		if (!own || months.length === 0) {
			internalWithheld += 1;
			continue;
		}
		const d = byId.get(id)!;
		const sizes = months.map((m) => ext.get(m + lag)!.sampleSize);
		const respondentTotal = months.reduce((s, m) => s + own.get(m)!.respondents, 0);
		units.push({
			departmentId: id,
			code: d.code,
			name: d.name,
			kind: d.kind,
			internal: roundTo(months.reduce((s, m) => s + own.get(m)!.value, 0) / months.length, 1),
			external: roundTo(months.reduce((s, m) => s + ext.get(m + lag)!.value, 0) / months.length, 1),
			respondents: Math.round(respondentTotal / months.length),
			respondentTotal,
			externalSampleSize: sizes.some((s) => s === null)
				? null
				: sizes.reduce<number>((s, v) => s + (v ?? 0), 0),
			months: months.length
		});
	}
	units.sort((a, b) => a.name.localeCompare(b.name));

	const n = units.length;
	const enough = n >= MIN_UNITS;
	const x = units.map((u) => u.internal);
	const y = units.map((u) => u.external);
	const weights = units.map((u) => Math.max(1, u.respondentTotal));
	const r = enough ? weightedPearson(x, y, weights) : null;
	const effectiveN = effectiveSize(weights);
	const fit = enough ? weightedFit(x, y, weights) : null;
	const gap = enough ? quartileGap(x, y) : null;
	const unitIds = new Set(units.map((u) => u.departmentId));
	const onlyUnits = <T>(m: Map<string, T>) => new Map([...m].filter(([id]) => unitIds.has(id)));
	const a = valuesOf(onlyUnits(inside));
	const b = valuesOf(onlyUnits(outside.series));

	const chain: ServiceChain = {
		metric,
		internal,
		from: from ?? null,
		to: to ?? null,
		lag,
		scale: outside.scale,
		alignment: ALIGNMENT_RULE,
		units: units.filter((u) => canSee(scope, u.departmentId)),
		unitsWithheld: units.filter((u) => !canSee(scope, u.departmentId)).length,
		n,
		minimumUnits: MIN_UNITS,
		enough,
		r: r2(r),
		ci95: interval(correlationInterval(r, effectiveN)),
		spearman: enough ? r2(spearman(x, y)) : null,
		effectiveN: enough ? roundTo(effectiveN, 1) : null,
		slope: fit ? roundTo(fit.slope, 3) : null,
		intercept: fit ? roundTo(fit.intercept, 2) : null,
		quartiles: gap ? roundedQuartileGap(gap, 1) : null,
		lagged:
			lag === 0 || !enough
				? null
				: { forward: lagFigure(a, b, lag), reverse: lagFigure(b, a, lag) },
		excluded: { internalWithheld, otherScale: outside.otherScale }
	};
	return { chain, unitIds: [...unitIds] };
}
