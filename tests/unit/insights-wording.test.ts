import { describe, expect, it } from 'vitest';
import { evidence } from '../../src/routes/(app)/insights/format';

// A correlation is worded by its 95% interval, never by r alone.

describe('the words of a correlation', () => {
	it('says "not enough evidence yet" for an interval that spans zero, whatever r is', () => {
		// The headline the recomputation found: r = 0.84 over 5 departments, interval −0.17 to 0.99.
		expect(evidence(0.84, [-0.17, 0.99])).toBe('not enough evidence yet');
		expect(evidence(-0.05, [-0.2, 0.1])).toBe('not enough evidence yet');
	});

	it('says "not enough evidence yet" for a wide interval on one side of zero', () => {
		expect(evidence(0.8, [0.2, 0.96])).toBe('not enough evidence yet');
	});

	it('words a narrow interval by its end nearer zero', () => {
		expect(evidence(0.75, [0.6, 0.86])).toBe('strong, positive');
		expect(evidence(0.55, [0.35, 0.7])).toBe('positive, at least moderate');
		expect(evidence(-0.4, [-0.6, -0.15])).toBe('negative, at least weak');
		expect(evidence(0.2, [0.05, 0.34])).toBe('positive, but possibly negligible');
	});

	it('has no words without an r or an interval', () => {
		expect(evidence(null, null)).toBe('not available');
		expect(evidence(0.9, null)).toBe('not enough evidence yet');
	});
});
