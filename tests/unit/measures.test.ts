import { describe, expect, it } from 'vitest';
import {
	change,
	enps,
	favourable,
	histogramOf,
	internalNps,
	meanOf,
	participation,
	pearson,
	percentage,
	roundTo
} from '../../src/lib/domain/measures';

// Small fixtures worked out by hand; each comment shows the arithmetic.

describe('% favourable and mean of Likert answers', () => {
	it('counts 4s and 5s: answers 5,4,4,3,2,1 are 3 of 6 favourable = 50.0%', () => {
		const h = histogramOf([5, 4, 4, 3, 2, 1], 1, 5);
		expect(h).toEqual([1, 1, 1, 2, 1]);
		expect(favourable(h)).toBe(50);
		// (5+4+4+3+2+1)/6 = 19/6 = 3.1666… → 3.17
		expect(meanOf(h, 1)).toBe(3.17);
	});

	it('answers 5,5,2: 2 of 3 favourable = 66.7%, mean 4.00', () => {
		const h = histogramOf([5, 5, 2], 1, 5);
		expect(favourable(h)).toBe(66.7);
		expect(meanOf(h, 1)).toBe(4);
	});

	it('a driver pools its items: two items answered 4,3 and 5,1 → 2 of 4 = 50.0%, mean 3.25', () => {
		const h = histogramOf([4, 3, 5, 1], 1, 5);
		expect(favourable(h)).toBe(50);
		expect(meanOf(h, 1)).toBe(3.25);
	});

	it('nothing answered is no figure, not zero', () => {
		expect(favourable([0, 0, 0, 0, 0])).toBeNull();
		expect(meanOf([0, 0, 0, 0, 0], 1)).toBeNull();
	});

	it('histograms ignore values outside the scale', () => {
		expect(histogramOf([0, 1, 5, 6, 2.5], 1, 5)).toEqual([1, 0, 0, 0, 1]);
	});
});

describe('eNPS and internal NPS', () => {
	it('10,9,8,7,6,0: 2 promoters, 2 passives, 2 detractors → eNPS 0', () => {
		expect(enps(histogramOf([10, 9, 8, 7, 6, 0], 0, 10))).toEqual({
			score: 0,
			promoters: 33.3,
			passives: 33.3,
			detractors: 33.3
		});
	});

	it('9,9,10,8,7,7,3: 3 promoters, 3 passives, 1 detractor → (3−1)/7 = +28.6', () => {
		expect(enps(histogramOf([9, 9, 10, 8, 7, 7, 3], 0, 10))).toEqual({
			score: 28.6,
			promoters: 42.9,
			passives: 42.9,
			detractors: 14.3
		});
	});

	it('the score is computed from counts, not from rounded percentages', () => {
		// 1 promoter, 2 detractors of 3: 33.3 − 66.7 would say −33.4; the exact figure is −33.3.
		expect(enps(histogramOf([10, 0, 6], 0, 10))?.score).toBe(-33.3);
	});

	it('runs from −100 (all detractors) to +100 (all promoters)', () => {
		expect(enps(histogramOf([0, 6, 3], 0, 10))?.score).toBe(-100);
		expect(enps(histogramOf([9, 10], 0, 10))?.score).toBe(100);
		expect(enps(new Array(11).fill(0))).toBeNull();
	});

	it('internal NPS of service ratings 9,10,7,3,6,8 → 2 promoters, 2 detractors → 0', () => {
		expect(internalNps(histogramOf([9, 10, 7, 3, 6, 8], 0, 10))?.score).toBe(0);
		// 10,10,9,8 → 3 promoters of 4 → +75
		expect(internalNps(histogramOf([10, 10, 9, 8], 0, 10))?.score).toBe(75);
	});
});

describe('participation', () => {
	it('is responses ÷ invited: 11 of 13 = 84.6%, 3 of 4 = 75%', () => {
		expect(participation(13, 11)).toBe(84.6);
		expect(participation(4, 3)).toBe(75);
		expect(participation(0, 0)).toBeNull();
	});
});

describe('rounding, once and alike everywhere', () => {
	it('rounds half away from zero, to one decimal for percentages', () => {
		expect(roundTo(2.25, 1)).toBe(2.3);
		expect(roundTo(-2.25, 1)).toBe(-2.3);
		expect(roundTo(1.005, 2)).toBe(1.01);
		expect(roundTo(-0.04, 1)).toBe(0);
		expect(Object.is(roundTo(-0.04, 1), -0)).toBe(false);
		expect(percentage(1, 3)).toBe(33.3);
		expect(percentage(2, 3)).toBe(66.7);
	});

	it('changes are differences of shown figures, without float noise', () => {
		expect(change(66.7, 50)).toBe(16.7);
		expect(change(0.3, 0.1)).toBe(0.2);
		expect(change(3.17, 4, 2)).toBe(-0.83);
	});
});

describe('Pearson r', () => {
	it('matches a hand computation: x 5,4,4,3,2,1 against y 10,9,8,7,6,0 → 0.93', () => {
		// sxy = 24.33, sxx = 10.83, syy = 63.33 → 24.33 / √(10.83 × 63.33) = 0.929
		expect(pearson([5, 4, 4, 3, 2, 1], [10, 9, 8, 7, 6, 0])).toBe(0.93);
		expect(pearson([1, 2, 3], [3, 2, 1])).toBe(-1);
		expect(pearson([1, 1, 1], [3, 2, 1])).toBeNull();
		expect(pearson([1], [2])).toBeNull();
	});
});
