import type { Db } from '../db';
import type { DepartmentKind } from '../db/schema';
import { roundTo } from '../../domain/measures';
import { monthIndex, monthLabel } from '../../domain/periods';
import {
	correlationInterval,
	effectiveSize,
	weightedPearson,
	type PeriodSeries
} from '../../domain/statistics';
import { canSee } from '../analytics/access';
import { listDepartmentEntries } from '../analytics/department-and-round-lists';
import {
	internalSeries,
	providerSeries,
	type InternalMeasure,
	type InternalSeries
} from './internal-series';
import { externalSeries } from './external-series';
import {
	LAGS,
	lagFigure,
	MIN_UNITS,
	serviceChain,
	serviceChainWithUnits,
	valuesOf,
	type LagFigure,
	type ServiceChain,
	type ServiceChainParams
} from './service-chain';

// What the insights page shows beyond the scatter: lags both ways, the chain link by link,
// upstream providers, customer-facing against internal departments, and one department over time.
// Every internal figure comes from the gated series; heads see others only in aggregates.

/** Provider rows need this many consumer-months before a correlation is shown. */
const MIN_UPSTREAM_PAIRS = 12;
/** An average of fewer departments' figures is one department's figure, or close to it. */
const MIN_SPLIT_UNITS = 3;

export type Link = {
	from: InternalMeasure;
	to: InternalMeasure | 'external';
	n: number;
	r: number | null;
	ci95: [number, number] | null;
};
export type Upstream = {
	providerId: string;
	name: string;
	consumers: number;
	n: number;
	r: number | null;
	ci95: [number, number] | null;
};
export type KindSplit = { kind: DepartmentKind; units: number; mean: number | null };
export type DepartmentChange = {
	departmentId: string;
	name: string;
	months: { label: string; internal: number | null; external: number | null }[];
	within: LagFigure;
};

export type InsightsOverview = {
	chain: ServiceChain;
	lags: { lag: number; forward: LagFigure; reverse: LagFigure }[];
	links: Link[];
	upstream: Upstream[];
	split: KindSplit[];
	/** Departments whose change over time the reader may look at. */
	changeOptions: { id: string; name: string }[];
	change: DepartmentChange | null;
};

type Range = { from?: string; to?: string };

const unitMeans = (series: InternalSeries) =>
	new Map(
		[...series].map(([id, months]) => {
			const values = [...months.values()].map((p) => p.value);
			return [id, values.reduce((a, b) => a + b, 0) / values.length];
		})
	);

/**
 * Across departments: unit means of two internal measures over the months both are shown, each
 * department weighing the respondents behind its first measure over those months.
 */
function internalLink(
	a: InternalSeries,
	b: InternalSeries,
	from: InternalMeasure,
	to: InternalMeasure
): Link {
	const x: number[] = [];
	const y: number[] = [];
	const w: number[] = [];
	for (const [id, months] of a) {
		const other = b.get(id);
		const shared = [...months.keys()].filter((m) => other?.has(m));
		if (!other || shared.length === 0) continue;
		x.push(shared.reduce((s, m) => s + months.get(m)!.value, 0) / shared.length);
		y.push(shared.reduce((s, m) => s + other.get(m)!.value, 0) / shared.length);
		w.push(
			Math.max(
				1,
				shared.reduce((s, m) => s + months.get(m)!.respondents, 0)
			)
		);
	}
	const r = x.length >= MIN_UNITS ? weightedPearson(x, y, w) : null;
	const ci = correlationInterval(r, effectiveSize(w));
	return {
		from,
		to,
		n: x.length,
		r: r === null ? null : roundTo(r, 2),
		ci95: ci && [roundTo(ci[0], 2), roundTo(ci[1], 2)]
	};
}

const chainLink = (chain: ServiceChain): Link => ({
	from: chain.internal,
	to: 'external',
	n: chain.n,
	r: chain.r,
	ci95: chain.ci95
});

export async function insightsOverview(
	db: Db,
	params: ServiceChainParams & { department?: string }
): Promise<InsightsOverview> {
	const range: Range = { from: params.from, to: params.to };
	const { chain, unitIds } = await serviceChainWithUnits(db, params);
	const [support, morale, empowerment, chosen] = await Promise.all(
		(['support', 'morale', 'empowerment', params.internal] as const).map((m) =>
			internalSeries(db, m, range)
		)
	);
	const firstMonth = monthIndex(params.from ?? '1900-01-01');
	const lastMonth = monthIndex(params.to ?? '9000-01-01') + 2;
	const external = await externalSeries(db, params.metric, firstMonth, lastMonth);
	const departments = await listDepartmentEntries(db);

	// Lags within the scatter's units (all of them, as in the statistics).
	const inUnits = <T>(m: Map<string, T>) => new Map([...m].filter(([id]) => unitIds.includes(id)));
	const a = valuesOf(inUnits(chosen));
	const b = valuesOf(inUnits(external.series));
	const lags = chain.enough
		? LAGS.map((lag) => ({ lag, forward: lagFigure(a, b, lag), reverse: lagFigure(b, a, lag) }))
		: [];

	const [moraleChain, empowermentChain] = await Promise.all(
		(['morale', 'empowerment'] as const).map((internal) =>
			serviceChain(db, { ...params, internal })
		)
	);
	const supportChain =
		params.internal === 'support'
			? chain
			: await serviceChain(db, { ...params, internal: 'support' });
	const links: Link[] = [
		internalLink(support, morale, 'support', 'morale'),
		internalLink(support, empowerment, 'support', 'empowerment'),
		chainLink(moraleChain),
		chainLink(empowermentChain),
		chainLink(supportChain)
	];

	const customerFacing = departments
		.filter((d) => d.kind === 'customer_facing' && external.series.has(d.id))
		.map((d) => d.id);
	const upstream = await upstreamImpact(
		db,
		customerFacing,
		valuesOf(external.series),
		params.lag,
		range
	);
	const names = new Map(departments.map((d) => [d.id, d.name]));
	for (const row of upstream) row.name = names.get(row.providerId) ?? row.name;

	const means = unitMeans(chosen);
	const split: KindSplit[] = (['customer_facing', 'internal'] as const).map((kind) => {
		const values = departments
			.filter((d) => d.kind === kind && means.has(d.id))
			.map((d) => means.get(d.id)!);
		return {
			kind,
			units: values.length,
			mean:
				values.length >= MIN_SPLIT_UNITS
					? roundTo(values.reduce((s, v) => s + v, 0) / values.length, 1)
					: null
		};
	});

	const changeOptions = departments
		.filter((d) => external.series.has(d.id) && canSee(params.scope, d.id))
		.map((d) => ({ id: d.id, name: d.name }));
	// By default the listed department with the most respondents: the steadiest series.
	const largest = [...chain.units].sort((x, y) => y.respondents - x.respondents)[0]?.departmentId;
	const picked =
		changeOptions.find((o) => o.id === params.department) ??
		changeOptions.find((o) => o.id === largest) ??
		changeOptions[0];
	const change = picked ? departmentChange(picked, chosen, external.series, params.lag) : null;
	return { chain, lags, links, upstream, split, changeOptions, change };
}

function departmentChange(
	department: { id: string; name: string },
	inside: InternalSeries,
	outside: Map<string, Map<number, { value: number }>>,
	lag: number
): DepartmentChange {
	const own = inside.get(department.id) ?? new Map();
	const ext = outside.get(department.id) ?? new Map();
	const months = [...new Set([...own.keys(), ...ext.keys()])].sort((x, y) => x - y);
	const single = (s: Map<number, { value: number }>) =>
		new Map([[department.id, new Map([...s].map(([m, p]) => [m, p.value]))]]);
	return {
		departmentId: department.id,
		name: department.name,
		months: months.map((m) => ({
			label: monthLabel(m),
			internal: own.has(m) ? roundTo(own.get(m)!.value, 1) : null,
			external: ext.has(m) ? roundTo(ext.get(m)!.value, 1) : null
		})),
		within: lagFigure(single(own), single(ext), lag)
	};
}

/**
 * For each provider, how its internal NPS as rated by customer-facing departments moves with
 * those departments' customer satisfaction `lag` months later, month to month within each.
 */
async function upstreamImpact(
	db: Db,
	consumers: string[],
	external: Map<string, PeriodSeries>,
	lag: number,
	range: Range
): Promise<Upstream[]> {
	if (consumers.length === 0) return [];
	const rows: Upstream[] = [];
	for (const [providerId, series] of await providerSeries(db, consumers, range)) {
		const figure = lagFigure(valuesOf(series), external, lag);
		if (figure.n < MIN_UPSTREAM_PAIRS || figure.r === null) continue;
		rows.push({
			providerId,
			name: providerId,
			consumers: figure.units,
			n: figure.n,
			r: figure.r,
			ci95: figure.ci95
		});
	}
	return rows.sort((x, y) => (y.r ?? 0) - (x.r ?? 0));
}
