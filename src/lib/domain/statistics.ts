import { roundTo } from './measures';

// Statistics of the service-chain analyses. Every function answers null when the figure does not
// exist for its input: fewer than three pairs (two points always lie on a line), or a series with
// no variation (a correlation divides by its spread). Pure: no I/O, usable on both sides.

/** Fewer pairs than this give no correlation and no fit. */
export const MIN_PAIRS = 3;
const Z_975 = 1.959963984540054;

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const mean = (values: readonly number[]) => sum(values) / values.length;

function checkPairs(x: readonly number[], y: readonly number[]) {
	if (x.length !== y.length)
		throw new Error(`series of different lengths (${x.length}, ${y.length})`);
}

/** Pearson's r of paired series; null for fewer than three pairs or a constant series. */
export function pearson(x: readonly number[], y: readonly number[]): number | null {
	checkPairs(x, y);
	if (x.length < MIN_PAIRS) return null;
	const mx = mean(x);
	const my = mean(y);
	let sxy = 0;
	let sxx = 0;
	let syy = 0;
	for (let i = 0; i < x.length; i++) {
		const dx = x[i] - mx;
		const dy = y[i] - my;
		sxy += dx * dy;
		sxx += dx * dx;
		syy += dy * dy;
	}
	// Spreads this small relative to the values are rounding noise, not variation.
	const tiny = (s: number, m: number) => s <= 1e-24 * Math.max(1, m * m) * x.length;
	if (tiny(sxx, mx) || tiny(syy, my)) return null;
	return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
}

/** Ranks 1…n, tied values sharing the mean of the ranks they span. */
export function averageRanks(values: readonly number[]): number[] {
	const order = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value);
	const ranks = new Array<number>(values.length);
	let i = 0;
	while (i < order.length) {
		let j = i;
		while (j + 1 < order.length && order[j + 1].value === order[i].value) j++;
		const rank = (i + j) / 2 + 1;
		for (let t = i; t <= j; t++) ranks[order[t].index] = rank;
		i = j + 1;
	}
	return ranks;
}

/** Spearman's rho: Pearson's r of the average ranks; null as for Pearson. */
export function spearman(x: readonly number[], y: readonly number[]): number | null {
	checkPairs(x, y);
	if (x.length < MIN_PAIRS) return null;
	return pearson(averageRanks(x), averageRanks(y));
}

/**
 * The 95% confidence interval of a correlation r of n pairs, by Fisher's z: tanh(atanh(r) ±
 * 1.96 / √(n − 2 − means)). `means` counts the means removed from the pairs before r was taken:
 * one for a plain correlation (√(n − 3)); one per unit for pairs taken as deviations from each
 * unit's own mean (lagPairs), as for a partial correlation, since each removed mean spends a
 * degree of freedom. Null when fewer than one degree of freedom remains (below four pairs for a
 * plain correlation).
 */
export function correlationInterval(
	r: number | null,
	n: number,
	means = 1
): [number, number] | null {
	const freedom = n - 2 - means;
	if (r === null || freedom < 1) return null;
	if (Math.abs(r) >= 1) return [r, r];
	const z = Math.atanh(r);
	const half = Z_975 / Math.sqrt(freedom);
	return [Math.tanh(z - half), Math.tanh(z + half)];
}

type WeightedMoments = {
	total: number;
	mx: number;
	my: number;
	sxx: number;
	syy: number;
	sxy: number;
};

/** Weighted means and sums of squares of pairs, or null for too few pairs or a non-positive weight. */
function weightedMoments(
	x: readonly number[],
	y: readonly number[],
	w: readonly number[]
): WeightedMoments | null {
	checkPairs(x, y);
	checkPairs(x, w);
	if (x.length < MIN_PAIRS || w.some((v) => !(v > 0))) return null;
	const total = sum(w);
	let mx = 0;
	let my = 0;
	for (let i = 0; i < x.length; i++) {
		mx += w[i] * x[i];
		my += w[i] * y[i];
	}
	mx /= total;
	my /= total;
	let sxy = 0;
	let sxx = 0;
	let syy = 0;
	for (let i = 0; i < x.length; i++) {
		sxy += w[i] * (x[i] - mx) * (y[i] - my);
		sxx += w[i] * (x[i] - mx) ** 2;
		syy += w[i] * (y[i] - my) ** 2;
	}
	return { total, mx, my, sxx, syy, sxy };
}

/** A weighted sum of squares too small beside its mean to be any spread at all. */
const noSpread = (s: number, mean: number, total: number) =>
	s <= 1e-24 * Math.max(1, mean * mean) * total;

/**
 * Pearson's r with each pair weighing `w` (how many respondents stand behind it):
 * Σw(x−x̄w)(y−ȳw) / √(Σw(x−x̄w)² · Σw(y−ȳw)²). Null as for Pearson, or for a non-positive weight.
 */
export function weightedPearson(
	x: readonly number[],
	y: readonly number[],
	w: readonly number[]
): number | null {
	const m = weightedMoments(x, y, w);
	if (!m || noSpread(m.sxx, m.mx, m.total) || noSpread(m.syy, m.my, m.total)) return null;
	return Math.max(-1, Math.min(1, m.sxy / Math.sqrt(m.sxx * m.syy)));
}

/**
 * Kish's effective number of units of weights w: (Σw)² / Σw². Equal weights give their count; a
 * few heavy units among light ones count as few, which is what a weighted r's interval must use.
 */
export function effectiveSize(w: readonly number[]): number {
	const squares = w.reduce((s, v) => s + v * v, 0);
	return squares === 0 ? 0 : sum(w) ** 2 / squares;
}

export type Fit = { slope: number; intercept: number };

/**
 * The weighted least-squares line y = intercept + slope·x, each point weighing `w` (its size):
 * minimises Σ w(y − a − bx)². Null for fewer than three points or no spread in x.
 */
export function weightedFit(
	x: readonly number[],
	y: readonly number[],
	w: readonly number[] = x.map(() => 1)
): Fit | null {
	const m = weightedMoments(x, y, w);
	if (!m || noSpread(m.sxx, m.mx, m.total)) return null;
	const slope = m.sxy / m.sxx;
	return { slope, intercept: m.my - slope * m.mx };
}

/** A unit's values by period (an integer, such as months since some start). */
export type PeriodSeries = ReadonlyMap<number, number>;

/**
 * Pairs a(t) with b(t + lag) within each unit, each value taken as its deviation from the unit's
 * own mean over the pairs, so that the pairs say how a unit's changes go together rather than
 * how units differ. Units with fewer than two pairs say nothing about change and are left out.
 */
export function lagPairs(
	a: ReadonlyMap<string, PeriodSeries>,
	b: ReadonlyMap<string, PeriodSeries>,
	lag: number
): { x: number[]; y: number[]; units: number } {
	const x: number[] = [];
	const y: number[] = [];
	let units = 0;
	for (const [unit, series] of a) {
		const other = b.get(unit);
		if (!other) continue;
		const px: number[] = [];
		const py: number[] = [];
		for (const [t, value] of series) {
			const later = other.get(t + lag);
			if (later === undefined) continue;
			px.push(value);
			py.push(later);
		}
		if (px.length < 2) continue;
		const mx = mean(px);
		const my = mean(py);
		units += 1;
		px.forEach((v, i) => {
			x.push(v - mx);
			y.push(py[i] - my);
		});
	}
	return { x, y, units };
}

export type QuartileGap = {
	/** Units in each of the top and bottom groups: a quarter of all, rounded up. */
	size: number;
	/** Mean of y over the units with the highest x, and over those with the lowest. */
	top: number;
	bottom: number;
	gap: number;
};

/**
 * Ranks units by x and compares the mean y of the top quarter with the bottom quarter (a quarter
 * rounded up, so that each holds at least one unit). Null below four units, where the quarters
 * would overlap or be empty.
 */
export function quartileGap(x: readonly number[], y: readonly number[]): QuartileGap | null {
	checkPairs(x, y);
	if (x.length < 4) return null;
	const order = x.map((_, i) => i).sort((i, j) => x[i] - x[j] || i - j);
	const size = Math.ceil(x.length / 4);
	const bottom = mean(order.slice(0, size).map((i) => y[i]));
	const top = mean(order.slice(-size).map((i) => y[i]));
	return { size, top, bottom, gap: top - bottom };
}

/**
 * The gap as it is shown: top and bottom rounded to `digits` decimals, and the gap as the
 * difference of those rounded figures, so that a reader who subtracts the two gets the gap
 * shown. (Rounding the exact gap on its own differs by one in the last digit about one time
 * in four.)
 */
export function roundedQuartileGap(gap: QuartileGap, digits = 1): QuartileGap {
	const top = roundTo(gap.top, digits);
	const bottom = roundTo(gap.bottom, digits);
	return { size: gap.size, top, bottom, gap: roundTo(top - bottom, digits) };
}
