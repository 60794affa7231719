import { describe, expect, it } from 'vitest';
import { withoutDistributions } from '../../src/lib/domain/page-figures';

describe('withoutDistributions', () => {
	it('leaves out the distributions behind figures, at any depth, and keeps the rest', () => {
		const closes = new Date('2026-11-26T00:00:00Z');
		const view = {
			round: { id: 'r', closes },
			cells: {
				morale: { value: { favourable: 40, mean: 3.2, histogram: [1, 2, 3, 4, 5] }, n: 15 },
				enps: {
					value: { score: -5, promoters: 3, passives: 4, detractors: 5, histogram: [] },
					n: 12
				},
				hidden: { suppressed: true, reason: 'fewer_than_k' }
			},
			rows: [{ value: { internalNps: 10, reasons: { slow: 2 }, ratings: 9 }, n: 9 }],
			empty: null
		};
		expect(withoutDistributions(view)).toEqual({
			round: { id: 'r', closes },
			cells: {
				morale: { value: { favourable: 40 }, n: 15 },
				enps: { value: { score: -5 }, n: 12 },
				hidden: { suppressed: true, reason: 'fewer_than_k' }
			},
			rows: [{ value: { internalNps: 10, ratings: 9 }, n: 9 }],
			empty: null
		});
		expect(withoutDistributions(view).round.closes).toBeInstanceOf(Date);
		// The original is untouched: the dashboards' cache may hold it.
		expect(view.cells.morale.value.histogram).toEqual([1, 2, 3, 4, 5]);
	});
});
