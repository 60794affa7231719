import type { Db } from '../db';
import { EXTERNAL_METRICS, EXTERNAL_METRIC_LABELS } from '../../domain/external-metrics';
import type { ExternalMetric } from '../db/schema';
import { serviceChain, type ServiceChain } from '../insights/service-chain';
import { planPeriod, type ExportPlan } from './plan';

// The service-chain figures of an export: for each external metric with figures in the period,
// internal support received against it across departments (the scatter), and the lagged
// correlations one and two months on, both ways. The same analysis as the insights API, over
// the export's period; units outside the exported subtree are counted, never listed.

export type ChainSection = {
	metric: ExternalMetric;
	label: string;
	/** Same month: the scatter, r, its interval, the fit and the quartile gap. */
	sameMonth: ServiceChain;
	/** One and two months later, with the change within departments both ways. */
	lagged: ServiceChain[];
};

export const CHAIN_INTERNAL = 'support' as const;
export const CHAIN_INTERNAL_LABEL = 'Internal support received (% favourable)';

export async function chainSections(db: Db, plan: ExportPlan): Promise<ChainSection[]> {
	if (!plan.contents.has('service_chain')) return [];
	const { from } = planPeriod(plan);
	const to = plan.rounds[plan.rounds.length - 1].opensOn;
	const sections: ChainSection[] = [];
	for (const metric of EXTERNAL_METRICS) {
		const base = { metric, internal: CHAIN_INTERNAL, from, to, scope: plan.scope };
		const sameMonth = await serviceChain(db, { ...base, lag: 0 });
		if (sameMonth.n === 0 && sameMonth.excluded.internalWithheld === 0) continue;
		const lagged = [
			await serviceChain(db, { ...base, lag: 1 }),
			await serviceChain(db, { ...base, lag: 2 })
		];
		sections.push({ metric, label: EXTERNAL_METRIC_LABELS[metric], sameMonth, lagged });
	}
	return sections;
}

/** The analysis's figures as name → value pairs, for the CSV and the workbook. */
export function chainStatistics(section: ChainSection): [string, number | null, number | null][] {
	const s = section.sameMonth;
	const rows: [string, number | null, number | null][] = [
		['r', s.r, s.n],
		['r_ci95_low', s.ci95?.[0] ?? null, s.n],
		['r_ci95_high', s.ci95?.[1] ?? null, s.n],
		['spearman', s.spearman, s.n],
		['fit_slope', s.slope, s.n],
		['fit_intercept', s.intercept, s.n],
		['quartile_gap', s.quartiles?.gap ?? null, s.quartiles?.size ?? null]
	];
	for (const lagged of section.lagged) {
		if (!lagged.lagged) continue;
		const { forward, reverse } = lagged.lagged;
		rows.push([`lag${lagged.lag}_internal_to_external_r`, forward.r, forward.n]);
		rows.push([`lag${lagged.lag}_external_to_internal_r`, reverse.r, reverse.n]);
	}
	return rows;
}
