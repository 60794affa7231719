// How the insights page writes correlations.

const MINUS = '\u2212';
const num = (v: number) => (v < 0 ? MINUS + Math.abs(v).toFixed(2) : v.toFixed(2));

/** An interval wider than this says little about the size of a relation, whatever r is. */
export const WIDE_INTERVAL = 0.5;

export function fmtR(r: number | null): string {
	return r === null ? 'not available' : num(r);
}

export function fmtCi(ci: [number, number] | null): string {
	return ci ? `[${num(ci[0])}, ${num(ci[1])}]` : '';
}

/** Cohen's rough bands for the size of a correlation. */
function size(a: number): 'strong' | 'moderate' | 'weak' | 'negligible' {
	return a >= 0.5 ? 'strong' : a >= 0.3 ? 'moderate' : a >= 0.1 ? 'weak' : 'negligible';
}

/**
 * A correlation in words, read from its 95% interval rather than from r: an interval that
 * includes zero or is wider than WIDE_INTERVAL is "not enough evidence yet", whatever r is;
 * otherwise the relation is at least as strong as the interval's end nearer zero.
 */
export function evidence(r: number | null, ci: [number, number] | null): string {
	if (r === null) return 'not available';
	const spansZero = !ci || (ci[0] <= 0 && ci[1] >= 0);
	if (!ci || spansZero || ci[1] - ci[0] > WIDE_INTERVAL) return 'not enough evidence yet';
	const direction = ci[0] > 0 ? 'positive' : 'negative';
	const least = size(Math.min(Math.abs(ci[0]), Math.abs(ci[1])));
	if (least === 'strong') return `strong, ${direction}`;
	if (least === 'negligible') return `${direction}, but possibly negligible`;
	return `${direction}, at least ${least}`;
}
