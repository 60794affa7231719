import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../helpers/db';
import { seedDemoOrg } from '../../scripts/seed/demo-org';
import { seedDemoPulse } from '../../scripts/seed/demo-pulses';
import {
	correlationInterval,
	effectiveSize,
	weightedPearson
} from '../../src/lib/domain/statistics';
import { receiveMetrics } from '../../src/lib/server/external-figures/api-intake';
import { serviceChain, type ServiceChainParams } from '../../src/lib/server/insights/service-chain';

// The service chain on the demo organisation: two years of monthly rounds and of customer
// satisfaction for the surveyed departments.

const db = useTestDatabase();
const ids: Record<string, string> = {};
const all = { kind: 'all' } as const;
const params = (p: Partial<ServiceChainParams> = {}): ServiceChainParams => ({
	metric: 'csat',
	internal: 'support',
	lag: 0,
	scope: all,
	...p
});

beforeAll(async () => {
	await seedDemoOrg(db());
	await seedDemoPulse(db());
	for (const d of await db().selectFrom('departments').select(['id', 'code']).execute()) {
		ids[d.code] = d.id;
	}
}, 120_000);

describe('serviceChain', () => {
	it('compares the surveyed departments, with statistics that follow from the units', async () => {
		const chain = await serviceChain(db(), params());
		expect(chain.units.map((u) => u.code)).toEqual(['ACM', 'SUP', 'FLD', 'LOG', 'SAL']);
		expect(chain.n).toBe(5);
		expect(chain.enough).toBe(true);
		const x = chain.units.map((u) => u.internal);
		const y = chain.units.map((u) => u.external);
		// Each department weighs the respondents behind it over all its months.
		const w = chain.units.map((u) => u.respondentTotal);
		const r = weightedPearson(x, y, w)!;
		expect(chain.r).toBeCloseTo(r, 2);
		expect(chain.effectiveN).toBeCloseTo(effectiveSize(w), 1);
		const ci = correlationInterval(r, effectiveSize(w))!;
		expect(chain.ci95?.[0]).toBeCloseTo(ci[0], 2);
		expect(chain.ci95?.[1]).toBeCloseTo(ci[1], 2);
		expect(chain.ci95![0]).toBeLessThanOrEqual(chain.r!);
		expect(chain.ci95![1]).toBeGreaterThanOrEqual(chain.r!);
		expect(chain.slope).not.toBeNull();
		expect(chain.quartiles?.size).toBe(2);
		// The gap shown is the shown top minus the shown bottom.
		expect(chain.quartiles!.gap).toBeCloseTo(chain.quartiles!.top - chain.quartiles!.bottom, 10);
		expect(chain.lagged).toBeNull();
		expect(chain.scale).toBe('percent');
		for (const u of chain.units) {
			expect(u.respondents).toBeGreaterThanOrEqual(5);
			expect(u.months).toBeGreaterThan(0);
			expect(u.respondentTotal).toBeGreaterThanOrEqual(5 * u.months);
			expect(u.externalSampleSize).toBeGreaterThan(0);
		}
	});

	it('gives the lagged figures both ways when a lag is asked', async () => {
		const chain = await serviceChain(db(), params({ lag: 2 }));
		expect(chain.lagged?.forward.n).toBeGreaterThan(50);
		expect(chain.lagged?.reverse.n).toBeGreaterThan(50);
		expect(chain.lagged?.forward.units).toBe(5);
		expect(chain.lagged?.forward.ci95).toHaveLength(2);
	});

	it('lists only a head’s own units, with the same company-wide statistics', async () => {
		const whole = await serviceChain(db(), params());
		const head = await serviceChain(
			db(),
			params({ scope: { kind: 'departments', departmentIds: new Set([ids.SUP]) } })
		);
		expect(head.units.map((u) => u.code)).toEqual(['SUP']);
		expect(head.unitsWithheld).toBe(4);
		expect({ ...head, units: [], unitsWithheld: 0 }).toEqual({
			...whole,
			units: [],
			unitsWithheld: 0
		});
	});

	it('leaves out a department whose internal figure the gate never shows', async () => {
		const sent = await receiveMetrics(
			db(),
			{
				items: [
					{
						department: 'LEG',
						metric: 'csat',
						month: new Date().toISOString().slice(0, 7),
						value: 90,
						source: 'Client survey'
					}
				]
			},
			{
				kind: 'person',
				personId: (
					await db()
						.selectFrom('people')
						.select('id')
						.where('email', '=', 'hr@demo.test')
						.executeTakeFirstOrThrow()
				).id,
				name: 'HR'
			}
		);
		expect(sent.ok).toBe(true);
		const chain = await serviceChain(db(), params());
		expect(chain.units.map((u) => u.code)).not.toContain('LEG');
		expect(chain.excluded.internalWithheld).toBe(1);
	});

	it('gives no statistics below five departments', async () => {
		const none = await serviceChain(db(), params({ metric: 'ces' }));
		expect(none).toMatchObject({
			n: 0,
			enough: false,
			r: null,
			ci95: null,
			slope: null,
			quartiles: null
		});
		const rounds = await db()
			.selectFrom('pulse_rounds')
			.select('opens_at')
			.where('status', '=', 'closed')
			.orderBy('opens_at')
			.execute();
		const day = rounds[3].opens_at.toISOString().slice(0, 10);
		const one = await serviceChain(db(), params({ from: day, to: day, internal: 'enps' }));
		expect(one.units.every((u) => u.months === 1)).toBe(true);
	});
});
