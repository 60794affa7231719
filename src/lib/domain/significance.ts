// Whether a change between two rounds is more than noise, at 95% two-sided. The two rounds are
// treated as independent samples (many people answer both, which makes these tests
// conservative: a change they call significant is at least that).

/** The two-sided 95% critical value of the standard normal distribution. */
export const Z_95 = 1.959964;

/** Counts behind a figure: a share (drivers' favourable, participation) or a net promoter score. */
export type ChangeCounts =
	| { kind: 'share'; hits: number; n: number }
	| { kind: 'net_promoter'; promoters: number; detractors: number; n: number };

export type ChangeTest = {
	test: 'two-proportion z-test' | 'z-test on the difference of two NPS';
	/** null when it cannot be computed (an empty round, or no spread in either). */
	z: number | null;
	significant: boolean;
	n: { before: number; after: number };
};

/** Pooled two-proportion z-test of hits₂/n₂ against hits₁/n₁. */
export function shareChange(
	before: { hits: number; n: number },
	after: { hits: number; n: number }
) {
	const test = 'two-proportion z-test' as const;
	const n = { before: before.n, after: after.n };
	if (before.n === 0 || after.n === 0) return { test, z: null, significant: false, n };
	const pooled = (before.hits + after.hits) / (before.n + after.n);
	const se = Math.sqrt(pooled * (1 - pooled) * (1 / before.n + 1 / after.n));
	if (se === 0) return { test, z: null, significant: false, n };
	const z = (after.hits / after.n - before.hits / before.n) / se;
	return { test, z, significant: Math.abs(z) >= Z_95, n };
}

/**
 * z-test of the difference of two net promoter scores. An NPS is the mean of a variable that is
 * +1 for a promoter, −1 for a detractor and 0 otherwise, so its variance is p₊ + p₋ − (p₊ − p₋)².
 */
export function netPromoterChange(
	before: { promoters: number; detractors: number; n: number },
	after: { promoters: number; detractors: number; n: number }
): ChangeTest {
	const test = 'z-test on the difference of two NPS' as const;
	const n = { before: before.n, after: after.n };
	if (before.n === 0 || after.n === 0) return { test, z: null, significant: false, n };
	const score = (s: typeof before) => (s.promoters - s.detractors) / s.n;
	const variance = (s: typeof before) =>
		(s.promoters / s.n + s.detractors / s.n - score(s) ** 2) / s.n;
	const se = Math.sqrt(variance(before) + variance(after));
	if (se === 0) return { test, z: null, significant: false, n };
	const z = (score(after) - score(before)) / se;
	return { test, z, significant: Math.abs(z) >= Z_95, n };
}

/** The test that fits the counts; null when the two are not of one kind. */
export function testChange(before: ChangeCounts, after: ChangeCounts): ChangeTest | null {
	if (before.kind === 'share' && after.kind === 'share') return shareChange(before, after);
	if (before.kind === 'net_promoter' && after.kind === 'net_promoter') {
		return netPromoterChange(before, after);
	}
	return null;
}

/** How sure a correlation over few units is: an interval wider than this says little. */
export const WIDE_INTERVAL = 0.6;

export type CorrelationVerdict = 'inconclusive' | 'positive' | 'negative' | 'no_clear_relation';

/**
 * What a correlation's 95% interval allows one to say: inconclusive when it is wide (spanning
 * more than WIDE_INTERVAL) or there are fewer than 10 units; otherwise its direction when the
 * interval excludes zero.
 */
export function correlationVerdict(
	interval: readonly [number, number] | null,
	units: number
): CorrelationVerdict {
	if (!interval || units < 10 || interval[1] - interval[0] > WIDE_INTERVAL) return 'inconclusive';
	if (interval[0] > 0) return 'positive';
	if (interval[1] < 0) return 'negative';
	return 'no_clear_relation';
}
