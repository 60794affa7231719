import type { Db } from '../db';
import type { ExternalMetric } from '../db/schema';
import { monthsOfPeriod, monthStart } from '../../domain/periods';

export type ExternalPoint = { value: number; sampleSize: number | null };
/** Department id → month index → figure. */
export type ExternalSeries = Map<string, Map<number, ExternalPoint>>;

export type ExternalSeriesResult = {
	/** The scale the figures are on ('percent', '1-5' …; null for NPS). */
	scale: string | null;
	series: ExternalSeries;
	/** Figures left out because they are on another scale than the most common one. */
	otherScale: number;
};

/**
 * A metric's figures per department and month (see ALIGNMENT_RULE), for the months from
 * `fromMonth` to `toMonth`. Figures on different scales cannot be compared: only the most common
 * scale is kept, and the others are counted.
 */
export async function externalSeries(
	db: Db,
	metric: ExternalMetric,
	fromMonth: number,
	toMonth: number
): Promise<ExternalSeriesResult> {
	const rows = await db
		.selectFrom('external_metrics')
		.select(['department_id', 'period_start', 'period_end', 'value', 'scale', 'sample_size'])
		.where('metric', '=', metric)
		.where('period_end', '>=', monthStart(fromMonth))
		.where('period_start', '<', monthStart(toMonth + 1))
		.execute();
	const counts = new Map<string | null, number>();
	for (const r of rows) counts.set(r.scale, (counts.get(r.scale) ?? 0) + 1);
	const scale =
		[...counts].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])))[0]?.[0] ??
		null;
	const sums = new Map<
		string,
		Map<number, { weighted: number; weight: number; size: number; unknown: boolean }>
	>();
	for (const r of rows) {
		if (r.scale !== scale) continue;
		for (const month of monthsOfPeriod(r.period_start, r.period_end)) {
			if (month < fromMonth || month > toMonth) continue;
			const months = sums.get(r.department_id) ?? new Map();
			sums.set(r.department_id, months);
			const acc = months.get(month) ?? { weighted: 0, weight: 0, size: 0, unknown: false };
			const weight = r.sample_size ?? 1;
			acc.weighted += r.value * weight;
			acc.weight += weight;
			acc.size += r.sample_size ?? 0;
			acc.unknown ||= r.sample_size === null;
			months.set(month, acc);
		}
	}
	const series: ExternalSeries = new Map();
	for (const [department, months] of sums) {
		const out = new Map<number, ExternalPoint>();
		for (const [month, acc] of months) {
			out.set(month, {
				value: acc.weighted / acc.weight,
				sampleSize: acc.unknown ? null : acc.size
			});
		}
		series.set(department, out);
	}
	return { scale, series, otherScale: rows.length - (counts.get(scale) ?? 0) };
}
