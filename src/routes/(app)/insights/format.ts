// How the insights pages write correlations, measures and units, in the reader's language.

import type { I18n, Messages } from '$lib/i18n';
import type { InternalMeasure } from '$lib/domain/service-chain';

/** An interval wider than this says little about the size of a relation, whatever r is. */
export const WIDE_INTERVAL = 0.5;

export type CorrelationSize = 'strong' | 'moderate' | 'weak' | 'negligible';

/** What a correlation's 95% interval allows us to say. */
export type Evidence =
	| { kind: 'not_available' }
	| { kind: 'not_enough' }
	| { kind: 'relation'; direction: 'positive' | 'negative'; atLeast: CorrelationSize };

/** Cohen's rough bands for the size of a correlation. */
function size(a: number): CorrelationSize {
	return a >= 0.5 ? 'strong' : a >= 0.3 ? 'moderate' : a >= 0.1 ? 'weak' : 'negligible';
}

/**
 * A correlation's evidence, read from its 95% interval rather than from r: an interval that
 * includes zero or is wider than WIDE_INTERVAL is "not enough evidence yet", whatever r is;
 * otherwise the relation is at least as strong as the interval's end nearer zero.
 */
export function evidence(r: number | null, ci: [number, number] | null): Evidence {
	if (r === null) return { kind: 'not_available' };
	const spansZero = !ci || (ci[0] <= 0 && ci[1] >= 0);
	if (!ci || spansZero || ci[1] - ci[0] > WIDE_INTERVAL) return { kind: 'not_enough' };
	return {
		kind: 'relation',
		direction: ci[0] > 0 ? 'positive' : 'negative',
		atLeast: size(Math.min(Math.abs(ci[0]), Math.abs(ci[1])))
	};
}

/** The evidence in words. */
export function evidenceWords(e: Evidence, words: Messages['insights']['evidence']): string {
	if (e.kind === 'not_available') return words.notAvailable;
	if (e.kind === 'not_enough') return words.notEnough;
	const direction = words[e.direction];
	if (e.atLeast === 'strong') return words.strong(direction);
	if (e.atLeast === 'negligible') return words.possiblyNegligible(direction);
	return words.atLeast(direction, words.sizes[e.atLeast]);
}

/** r, its interval and what the interval allows us to say, written for one language. */
export function correlationText({ t, f }: I18n) {
	return {
		r: (r: number | null) => (r === null ? t.insights.evidence.notAvailable : f.decimal(r, 2)),
		ci: (ci: [number, number] | null) =>
			ci ? t.insights.interval(f.decimal(ci[0], 2), f.decimal(ci[1], 2)) : '',
		says: (r: number | null, ci: [number, number] | null) =>
			evidenceWords(evidence(r, ci), t.insights.evidence)
	};
}

/** An internal measure's name. */
export function measureName(t: Messages, m: InternalMeasure): string {
	switch (m) {
		case 'support':
			return t.measures.names.internal_support;
		case 'internal_nps':
			return t.insights.internalNpsGiven;
		default:
			return t.measures.names[m];
	}
}

/** What an internal measure's figure is, to label axes and tables. */
export function internalUnit(t: Messages, m: InternalMeasure): string {
	if (m === 'internal_nps') return t.insights.internalNpsUnit;
	if (m === 'enps') return t.measures.names.enps;
	return t.results.favourable;
}

/** How an external figure reads, by its scale. */
export function externalUnit(t: Messages, metric: string, scale: string | null): string {
	if (metric === 'nps') return t.insights.units.nps;
	if (scale === 'percent') return t.insights.units.satisfied;
	return scale ? t.insights.units.meanOn(scale) : '';
}

/** A scale as a reader names it: `percent`, or a range such as `1-7`. */
export function scaleName(t: Messages, scale: string | null): string {
	return scale === 'percent' ? t.insights.units.percent : (scale ?? '');
}

/** Text with `code` between backticks, split so that the odd parts are the code. */
export function codeParts(text: string): string[] {
	return text.split('`');
}
