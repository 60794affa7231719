import { describe, expect, it } from 'vitest';
import {
	correlationVerdict,
	netPromoterChange,
	shareChange,
	testChange
} from '../../src/lib/domain/significance';

// Cases worked by hand (calculator), to three decimals.

describe('a change in a share (% favourable, participation)', () => {
	it('60 of 100 after 45 of 100: pooled p 0.525, SE 0.0706, z 2.124, significant', () => {
		const test = shareChange({ hits: 45, n: 100 }, { hits: 60, n: 100 });
		expect(test.z).toBeCloseTo(2.124, 3);
		expect(test.significant).toBe(true);
		expect(test.n).toEqual({ before: 100, after: 100 });
		expect(test.test).toBe('two-proportion z-test');
	});

	it('12 of 20 after 10 of 20: pooled p 0.55, SE 0.1573, z 0.636, not significant', () => {
		const test = shareChange({ hits: 10, n: 20 }, { hits: 12, n: 20 });
		expect(test.z).toBeCloseTo(0.636, 3);
		expect(test.significant).toBe(false);
	});

	it('a fall is negative; no spread or an empty round gives no z', () => {
		expect(shareChange({ hits: 60, n: 100 }, { hits: 45, n: 100 }).z).toBeCloseTo(-2.124, 3);
		expect(shareChange({ hits: 5, n: 5 }, { hits: 7, n: 7 })).toMatchObject({
			z: null,
			significant: false
		});
		expect(shareChange({ hits: 0, n: 0 }, { hits: 7, n: 9 }).z).toBeNull();
	});
});

describe('a change in a net promoter score', () => {
	it('+33.3 (15 promoters, 5 detractors of 30) to −6.7 (9 and 11 of 30): z −1.985, significant', () => {
		// var₁ = (0.5 + 0.1667 − 0.1111)/30 = 0.018519; var₂ = (0.3 + 0.3667 − 0.0044)/30 = 0.022074
		// SE = √0.040593 = 0.20148; z = −0.4 / 0.20148 = −1.985
		const test = netPromoterChange(
			{ promoters: 15, detractors: 5, n: 30 },
			{ promoters: 9, detractors: 11, n: 30 }
		);
		expect(test.z).toBeCloseTo(-1.985, 3);
		expect(test.significant).toBe(true);
	});

	it('a fall of 20 points at n = 30 (+20 to 0): z −1.017, not significant', () => {
		// 12 promoters, 6 detractors → +20, var = (0.4 + 0.2 − 0.04)/30 = 0.018667
		// 9 promoters, 9 detractors → 0, var = (0.3 + 0.3 − 0)/30 = 0.02
		// SE = √0.038667 = 0.19664; z = −0.2 / 0.19664 = −1.017
		const test = netPromoterChange(
			{ promoters: 12, detractors: 6, n: 30 },
			{ promoters: 9, detractors: 9, n: 30 }
		);
		expect(test.z).toBeCloseTo(-1.017, 3);
		expect(test.significant).toBe(false);
	});

	it('picks the test by kind, and none across kinds', () => {
		const share = { kind: 'share' as const, hits: 1, n: 2 };
		const nps = { kind: 'net_promoter' as const, promoters: 1, detractors: 0, n: 2 };
		expect(testChange(share, share)?.test).toBe('two-proportion z-test');
		expect(testChange(nps, nps)?.test).toBe('z-test on the difference of two NPS');
		expect(testChange(share, nps)).toBeNull();
	});
});

describe('what a correlation interval allows one to say', () => {
	it('r = 0.89 over 5 departments, 0.02 to 0.99, is inconclusive', () => {
		expect(correlationVerdict([0.02, 0.99], 5)).toBe('inconclusive');
	});

	it('a narrow interval over enough departments says its direction, or no clear relation', () => {
		expect(correlationVerdict([0.35, 0.8], 30)).toBe('positive');
		expect(correlationVerdict([-0.7, -0.2], 40)).toBe('negative');
		expect(correlationVerdict([-0.2, 0.3], 60)).toBe('no_clear_relation');
		expect(correlationVerdict(null, 60)).toBe('inconclusive');
	});
});
