import { describe, expect, it } from 'vitest';
import {
	averageRanks,
	correlationInterval,
	effectiveSize,
	lagPairs,
	pearson,
	quartileGap,
	roundedQuartileGap,
	spearman,
	weightedFit,
	weightedPearson
} from '../../src/lib/domain/statistics';

// Known answers computed independently of this code, with Python 3.11's standard library:
//   statistics.correlation(x, y) for Pearson's r; Spearman as statistics.correlation of average
//   ranks written separately in Python (rank = (2·sorted.index(v) + sorted.count(v) − 1)/2 + 1);
//   statistics.linear_regression(x, y) for the unweighted fit; the weighted fit by hand with
//   fractions.Fraction (b = Σw(x−x̄w)(y−ȳw) / Σw(x−x̄w)², a = ȳw − b·x̄w); the interval as
//   math.tanh(math.atanh(r) ± 1.959963984540054 / math.sqrt(n − 3)); lag pairs and quartile
//   means by hand in plain Python loops.

const X = [62, 71, 55, 80, 68, 74, 59, 85];
const Y = [78, 82, 70, 88, 77, 85, 73, 90];
const W = [10, 40, 25, 5, 30, 20, 15, 35];
const close = (actual: number | null | undefined, expected: number, digits = 12) => {
	expect(actual).not.toBeNull();
	expect(actual).toBeCloseTo(expected, digits);
};

describe('Pearson and Spearman', () => {
	it('match the reference values', () => {
		close(pearson(X, Y), 0.9758753539977802);
		close(spearman(X, Y), 0.9761904761904762);
		close(pearson([3.1, 4.7, 2.2, 5.9, 4.0], [81, 74, 88, 69, 77]), -0.9895531866509863);
		close(spearman([3.1, 4.7, 2.2, 5.9, 4.0], [81, 74, 88, 69, 77]), -1);
	});

	it('give tied values the mean of their ranks', () => {
		const tx = [1, 2, 2, 3, 4, 4, 4, 5];
		const ty = [2, 1, 3, 3, 5, 4, 6, 7];
		expect(averageRanks(tx)).toEqual([1, 2.5, 2.5, 4, 6, 6, 6, 8]);
		close(spearman(tx, ty), 0.920033584470318);
	});

	it('are null for fewer than three pairs or a constant series', () => {
		expect(pearson([], [])).toBeNull();
		expect(pearson([1, 2], [3, 5])).toBeNull();
		expect(spearman([1, 2], [3, 5])).toBeNull();
		expect(pearson([4, 4, 4, 4], [1, 2, 3, 4])).toBeNull();
		expect(pearson([1, 2, 3, 4], [7, 7, 7, 7])).toBeNull();
		expect(spearman([1, 2, 3, 4], [7, 7, 7, 7])).toBeNull();
		expect(pearson([0.1 + 0.2, 0.3, 0.30000000000000004], [1, 2, 3])).toBeNull();
		close(pearson([1, 2, 3], [2, 4, 6]), 1);
		expect(() => pearson([1, 2, 3], [1, 2])).toThrow();
	});
});

describe('the 95% interval by Fisher z', () => {
	it('matches the reference values', () => {
		const ci = correlationInterval(0.9758753539977802, 8);
		close(ci?.[0], 0.86832831132971);
		close(ci?.[1], 0.995778411282922);
		const wide = correlationInterval(0.9429080709444059, 4);
		close(wide?.[0], -0.19384074359498268);
		close(wide?.[1], 0.998834543080188);
	});

	it('is null below four pairs or without an r, and a point for a perfect r', () => {
		expect(correlationInterval(0.5, 3)).toBeNull();
		expect(correlationInterval(null, 50)).toBeNull();
		expect(correlationInterval(1, 10)).toEqual([1, 1]);
	});
});

describe('the size-weighted least-squares fit', () => {
	it('equals ordinary least squares with equal weights', () => {
		const fit = weightedFit(X, Y);
		close(fit?.slope, 0.6696606786427146);
		close(fit?.intercept, 34.00099800399202, 10);
	});

	it('weighs each point by its size', () => {
		const fit = weightedFit(X, Y, W);
		close(fit?.slope, 0.6712187200118107);
		close(fit?.intercept, 33.54208803917226, 10);
	});

	it('is null for fewer than three points, no spread in x, or a non-positive weight', () => {
		expect(weightedFit([1, 2], [1, 2])).toBeNull();
		expect(weightedFit([5, 5, 5], [1, 2, 3])).toBeNull();
		expect(weightedFit([1, 2, 3], [1, 2, 3], [1, 0, 1])).toBeNull();
	});
});

describe('lagged pairs, within each unit', () => {
	const series = (o: Record<number, number>) => new Map(Object.entries(o).map(([t, v]) => [+t, v]));
	const internal = new Map([
		['A', series({ 0: 60, 1: 64, 2: 58, 3: 70, 4: 66 })],
		['B', series({ 0: 50, 1: 55, 2: 53, 3: 49 })],
		['C', series({ 0: 40 })]
	]);
	const external = new Map([
		['A', series({ 0: 80, 1: 79, 2: 84, 3: 77, 4: 88 })],
		['B', series({ 0: 70, 1: 71, 2: 75, 3: 74 })],
		['C', series({ 1: 90 })]
	]);

	it('pair a(t) with b(t + lag) as deviations from each unit’s mean, both ways', () => {
		const forward = lagPairs(internal, external, 1);
		expect(forward.x).toHaveLength(7);
		expect(forward.units).toBe(2); // C has a single pair: it says nothing about change
		close(pearson(forward.x, forward.y), 0.9881458125346739);
		const reverse = lagPairs(external, internal, 1);
		expect(reverse.x).toHaveLength(7);
		close(pearson(reverse.x, reverse.y), 0.13069755366420532);
	});
});

describe('the quartile gap', () => {
	it('compares the mean y of the top and bottom quarter by x, a quarter rounded up', () => {
		expect(quartileGap([10, 40, 20, 50, 30, 60], [70, 80, 72, 85, 75, 90])).toEqual({
			size: 2,
			top: 87.5,
			bottom: 71,
			gap: 16.5
		});
	});

	it('is null below four units', () => {
		expect(quartileGap([1, 2, 3], [1, 2, 3])).toBeNull();
	});
});

// The three mends of the independent recomputation, each against figures worked out by hand in
// plain Python (math and statistics modules only), not with this code.

describe('units weighted by respondents', () => {
	it('gives equal weights the plain r', () => {
		close(
			weightedPearson(
				X,
				Y,
				X.map(() => 7)
			),
			0.9758753539977802
		);
	});

	it('lets a unit resting on 2 months weigh little beside units resting on 24', () => {
		// Four units of 24 respondent-months lie on a line; one of 2 lies far off it.
		const x = [10, 20, 30, 40, 50];
		const y = [12, 22, 28, 41, 5];
		close(pearson(x, y), 0.05642607722077366);
		close(weightedPearson(x, y, [24, 24, 24, 24, 2]), 0.8253596922540568);
		close(
			weightedPearson([62, 71, 55, 80, 68], [78, 82, 70, 88, 77], [2, 24, 24, 24, 24]),
			0.9830566102365796
		);
	});

	it('counts the effective units of the interval by Kish: (Σw)² / Σw²', () => {
		expect(effectiveSize([3, 3, 3, 3])).toBe(4);
		close(effectiveSize([2, 24, 24, 24, 24]), 9604 / 2308);
	});

	it('is null for a non-positive weight or a constant series', () => {
		expect(weightedPearson([1, 2, 3], [1, 2, 3], [1, 0, 1])).toBeNull();
		expect(weightedPearson([1, 2, 3], [4, 4, 4], [1, 1, 1])).toBeNull();
	});
});

describe('the interval of pairs taken within units', () => {
	it('spends a degree of freedom on each unit mean removed', () => {
		// 7 pairs from 2 units (the lagged pairs above): √(7 − 2 − 2) instead of √(7 − 3).
		const ci = correlationInterval(0.9881458125346739, 7, 2);
		close(ci?.[0], 0.8915748646709514);
		close(ci?.[1], 0.9987603433851008);
		const plain = correlationInterval(0.9881458125346739, 7);
		close(plain?.[0], 0.9187822787443226);
		expect(ci![0]).toBeLessThan(plain![0]);
	});

	it('is null when no degree of freedom is left', () => {
		expect(correlationInterval(0.5, 5, 3)).toBeNull();
		expect(correlationInterval(0.5, 6, 2)).not.toBeNull();
	});
});

describe('the quartile gap as shown', () => {
	it('equals the shown top minus the shown bottom', () => {
		// Top 10.06 and bottom 5.04 show as 10.1 and 5.0; the exact gap 5.02 would show as 5.0.
		const gap = quartileGap([1, 2, 3, 4], [5.04, 7, 8, 10.06])!;
		expect(gap.gap).toBeCloseTo(5.02, 12);
		expect(roundedQuartileGap(gap)).toEqual({ size: 1, top: 10.1, bottom: 5, gap: 5.1 });
	});

	it('keeps a negative gap negative', () => {
		const gap = quartileGap([1, 2, 3, 4], [10.06, 7, 8, 5.04])!;
		expect(roundedQuartileGap(gap)).toEqual({ size: 1, top: 5, bottom: 10.1, gap: -5.1 });
	});
});
