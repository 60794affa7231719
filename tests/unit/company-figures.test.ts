import { describe, expect, it } from 'vitest';
import { companyFigures } from '../../src/routes/(app)/company/company-figures';
import type { CompanyView } from '../../src/lib/server/analytics/dashboards';

const round = { id: 'r', programmeId: 'p', opensOn: '2026-11-19', closesOn: '2026-11-26' };
const hidden = { suppressed: true as const, reason: 'fewer_than_k' as const };
const shownDriver = (favourable: number) => ({
	value: { favourable, mean: 3.1, histogram: [1, 2, 3, 4, 5] },
	n: 15
});
const participation = { value: { invited: 20, responded: 15, rate: 75 }, n: 15 };

function view(): CompanyView {
	const row = (id: string, scope: 'subtree' | 'direct', cells: CompanyView['total']) => ({
		...cells,
		departmentId: id,
		code: id.toUpperCase(),
		name: `Dept ${id}`,
		parentId: null,
		depth: 0,
		scope,
		ownMembersPooled: scope === 'direct'
	});
	return {
		round,
		k: { kScores: 5, kComments: 10 },
		subtree: null,
		total: {
			participation,
			cells: {
				morale: shownDriver(40),
				enps: {
					value: { score: -5, promoters: 3, passives: 4, detractors: 5, histogram: [] },
					n: 12
				}
			}
		},
		heatmap: {
			round,
			measures: ['morale', 'enps'],
			company: { participation, cells: {} },
			rows: [
				row('a', 'subtree', { participation, cells: { morale: shownDriver(55) } }),
				row('a', 'direct', { participation: hidden, cells: { morale: hidden, enps: hidden } })
			]
		},
		matrix: {
			round,
			consumers: 'departments',
			providers: [
				{ id: 'a', code: 'A', name: 'Dept a' },
				{ id: 'b', code: 'B', name: 'Dept b' }
			],
			rows: [
				{
					consumer: { id: 'a', code: 'A', name: 'Dept a' },
					cells: { a: hidden },
					total: { value: { internalNps: 12 } as never, n: 9 }
				}
			],
			received: { a: { value: { internalNps: 20 } as never, n: 30 } },
			total: { value: { internalNps: 20 } as never, n: 30 }
		},
		matrixRowsOmitted: null,
		driverImpact: {
			minimumN: 30,
			drivers: { morale: { value: { r: 0.4 }, n: 40 }, workload: hidden }
		}
	};
}

describe('companyFigures', () => {
	it('keeps every figure the page shows, and each hidden one with its reason', () => {
		const figures = companyFigures(view());
		expect(figures.k).toBe(5);
		expect(figures.top).toEqual([40, -5, 75]);
		expect(figures.rows.map((r) => r.values)).toEqual([
			[55, null, 75],
			[
				{ suppressed: 'fewer_than_k' },
				{ suppressed: 'fewer_than_k' },
				{ suppressed: 'fewer_than_k' }
			]
		]);
		expect(figures.rows[1]).toMatchObject({ id: 'a', scope: 'direct', pooled: true });
		expect(figures.total).toEqual({
			participation: { value: { invited: 20, responded: 15, rate: 75 }, n: 15 },
			enps: { value: { score: -5 }, n: 12 },
			internalNps: { value: { internalNps: 20 }, n: 30 }
		});
		// Providers nobody rated are left out; the rest keep their order.
		expect(figures.matrix.providers).toEqual([
			{ id: 'a', code: 'A', name: 'Dept a', everyone: 20 }
		]);
		expect(figures.matrix.rows).toEqual([
			{ id: 'a', name: 'Dept a', values: [{ suppressed: 'fewer_than_k' }], total: 12 }
		]);
		expect(figures.impact.drivers).toEqual([
			{ driver: 'morale', value: 0.4 },
			{ driver: 'workload', value: { suppressed: 'fewer_than_k' } }
		]);
	});

	it('leaves out the distributions and counts behind the figures', () => {
		const text = JSON.stringify(companyFigures(view()));
		for (const key of ['histogram', 'mean', 'promoters', 'detractors']) {
			expect(text).not.toContain(`"${key}"`);
		}
	});
});
