import type { Insertable, Kysely } from 'kysely';
import type { Database, ExternalMetricsTable } from '../../src/lib/server/db/schema';
import { monthPeriod } from '../../src/lib/domain/external-metrics';
import { roundWindow } from '../../src/lib/domain/schedule';
import { scheduleOf, type Programme } from '../../src/lib/server/surveys/programmes';
import { customerSatisfaction, normal } from './demo-model';
import { seededRandom } from './random';

/**
 * Customer-facing teams, and Logistics for its delivery survey: the departments whose customers
 * are surveyed in the demo, with the tools that survey them.
 */
const SURVEYED: Record<string, { customers: number; csatSource: string; npsSource: string }> = {
	SUP: { customers: 420, csatSource: 'Zendesk', npsSource: 'Delighted' },
	FLD: { customers: 160, csatSource: 'Field visit survey', npsSource: 'Delighted' },
	SAL: { customers: 140, csatSource: 'Post-purchase survey', npsSource: 'Delighted' },
	ACM: { customers: 90, csatSource: 'Quarterly account review', npsSource: 'Delighted' },
	LOG: { customers: 260, csatSource: 'Delivery survey', npsSource: 'Delighted' }
};

/**
 * Monthly CSAT (% satisfied) and NPS for the surveyed departments over the demo's history, one
 * figure per month in which a round opened. Both follow the answering model (customers feel a
 * department's morale a month later, which follows the support it got a month before that),
 * with sampling noise that shrinks as the number of customers asked grows.
 */
export async function seedDemoExternal(db: Kysely<Database>, programme: Programme, months: number) {
	const random = seededRandom(2002);
	const departments = await db
		.selectFrom('departments')
		.select(['id', 'code'])
		.where('code', 'in', Object.keys(SURVEYED))
		.execute();
	const rows: Insertable<ExternalMetricsTable>[] = [];
	for (let t = 0; t < months; t++) {
		const month = roundWindow(scheduleOf(programme), t)!.opensAt.toISOString().slice(0, 7);
		const period = monthPeriod(month);
		for (const d of departments) {
			const surveyed = SURVEYED[d.code];
			const customers = Math.round(surveyed.customers * (0.8 + 0.4 * random()));
			const noise = 1.8 * normal(random) * Math.sqrt(200 / customers);
			const csat = Math.max(0, Math.min(100, customerSatisfaction(d.code, t) + noise));
			const nps = Math.max(-100, Math.min(100, 2.4 * (csat - 78) + 34 + 5 * normal(random)));
			const common = {
				department_id: d.id,
				period_start: period.start,
				period_end: period.end,
				sample_size: customers
			};
			rows.push({
				...common,
				metric: 'csat',
				value: round1(csat),
				scale: 'percent',
				source: surveyed.csatSource
			});
			rows.push({
				...common,
				metric: 'nps',
				value: round1(nps),
				scale: null,
				source: surveyed.npsSource
			});
		}
	}
	if (rows.length > 0) await db.insertInto('external_metrics').values(rows).execute();
	return { figures: rows.length };
}

const round1 = (x: number) => Math.round(x * 10) / 10;
