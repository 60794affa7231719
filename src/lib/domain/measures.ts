// The measures of PRODUCT.md, one definition used everywhere. Inputs are histograms (counts per
// answer value), which is what rollups store; outputs are rounded once, here:
// percentages and NPS-style scores to one decimal, means to two, correlations to two.

export const LIKERT_MIN = 1;
export const LIKERT_MAX = 5;
/** Likert answers of 4 (agree) and 5 (strongly agree) are favourable. */
export const FAVOURABLE_FROM = 4;
export const SCALE_MIN = 0;
export const SCALE_MAX = 10;
/** On 0–10 scales (eNPS, internal service): 9–10 promote, 7–8 are passive, 0–6 detract. */
export const PROMOTER_FROM = 9;
export const DETRACTOR_UP_TO = 6;

const PERCENT_DECIMALS = 1;
const MEAN_DECIMALS = 2;
const CORRELATION_DECIMALS = 2;

/** Rounds half away from zero, so that +2.25 and −2.25 round alike (Math.round would not). */
export function roundTo(value: number, decimals: number): number {
	const factor = 10 ** decimals;
	const rounded = Math.round(Math.abs(value) * factor * (1 + Number.EPSILON)) / factor;
	return value < 0 && rounded !== 0 ? -rounded : rounded;
}

/** `part` of `whole` in percent, one decimal; null when there is no whole. */
export function percentage(part: number, whole: number): number | null {
	return whole > 0 ? roundTo((100 * part) / whole, PERCENT_DECIMALS) : null;
}

/** Counts per value from `min` to `max`; values outside the range are ignored. */
export function histogramOf(values: readonly number[], min: number, max: number): number[] {
	const counts = new Array<number>(max - min + 1).fill(0);
	for (const v of values) {
		if (Number.isInteger(v) && v >= min && v <= max) counts[v - min] += 1;
	}
	return counts;
}

export function countOf(histogram: readonly number[]): number {
	return histogram.reduce((sum, c) => sum + c, 0);
}

/** The mean of the values a histogram counts, its first bin being value `min`; two decimals. */
export function meanOf(histogram: readonly number[], min: number): number | null {
	const n = countOf(histogram);
	if (n === 0) return null;
	const total = histogram.reduce((sum, c, i) => sum + c * (min + i), 0);
	return roundTo(total / n, MEAN_DECIMALS);
}

/** Share of Likert answers (histogram over 1–5) that are 4 or 5, in percent. */
export function favourable(likert: readonly number[]): number | null {
	const agree = likert.slice(FAVOURABLE_FROM - LIKERT_MIN).reduce((sum, c) => sum + c, 0);
	return percentage(agree, countOf(likert));
}

export type NetPromoter = {
	/** % promoters − % detractors, −100 … 100, computed from the counts and rounded once. */
	score: number;
	promoters: number;
	passives: number;
	detractors: number;
};

/**
 * The net promoter figure of a 0–10 histogram: eNPS for the "recommend as a place to work"
 * item, internal NPS for service ratings. Null when nobody answered.
 */
export function netPromoter(scale: readonly number[]): NetPromoter | null {
	const n = countOf(scale);
	if (n === 0) return null;
	const promoters = scale.slice(PROMOTER_FROM - SCALE_MIN).reduce((s, c) => s + c, 0);
	const detractors = scale.slice(0, DETRACTOR_UP_TO - SCALE_MIN + 1).reduce((s, c) => s + c, 0);
	return {
		score: roundTo((100 * (promoters - detractors)) / n, PERCENT_DECIMALS),
		promoters: roundTo((100 * promoters) / n, PERCENT_DECIMALS),
		passives: roundTo((100 * (n - promoters - detractors)) / n, PERCENT_DECIMALS),
		detractors: roundTo((100 * detractors) / n, PERCENT_DECIMALS)
	};
}

export const enps = netPromoter;
export const internalNps = netPromoter;

/** Responses ÷ invited, in percent. */
export function participation(invited: number, responded: number): number | null {
	return percentage(responded, invited);
}

/** Pearson's r of paired observations; null with fewer than two pairs or no variance. */
export function pearson(xs: readonly number[], ys: readonly number[]): number | null {
	const n = Math.min(xs.length, ys.length);
	if (n < 2) return null;
	let mx = 0;
	let my = 0;
	for (let i = 0; i < n; i++) {
		mx += xs[i] / n;
		my += ys[i] / n;
	}
	let sxy = 0;
	let sxx = 0;
	let syy = 0;
	for (let i = 0; i < n; i++) {
		sxy += (xs[i] - mx) * (ys[i] - my);
		sxx += (xs[i] - mx) ** 2;
		syy += (ys[i] - my) ** 2;
	}
	if (sxx === 0 || syy === 0) return null;
	return roundCorrelation(sxy / Math.sqrt(sxx * syy));
}

export function roundCorrelation(r: number): number {
	return roundTo(Math.max(-1, Math.min(1, r)), CORRELATION_DECIMALS);
}

/** A difference between two rounded figures, itself rounded so no float noise shows. */
export function change(current: number, previous: number, decimals = PERCENT_DECIMALS): number {
	return roundTo(current - previous, decimals);
}
