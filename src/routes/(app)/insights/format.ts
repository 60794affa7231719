// How the insights page writes correlations.

const MINUS = '\u2212';
const num = (v: number) => (v < 0 ? MINUS + Math.abs(v).toFixed(2) : v.toFixed(2));

export function fmtR(r: number | null): string {
	return r === null ? 'not available' : num(r);
}

export function fmtCi(ci: [number, number] | null): string {
	return ci ? `[${num(ci[0])}, ${num(ci[1])}]` : '';
}

/** A plain word for the size of a correlation (Cohen's rough bands). */
export function strength(r: number | null): string {
	if (r === null) return '';
	const a = Math.abs(r);
	const size = a >= 0.5 ? 'strong' : a >= 0.3 ? 'moderate' : a >= 0.1 ? 'weak' : 'no clear';
	return size === 'no clear' ? 'no clear relation' : `${size}, ${r > 0 ? 'positive' : 'negative'}`;
}
