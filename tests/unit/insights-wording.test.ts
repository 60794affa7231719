import { describe, expect, it } from 'vitest';
import en from '../../src/lib/i18n/locales/en';
import es from '../../src/lib/i18n/locales/es';
import { i18n } from '../../src/lib/i18n';
import { correlationText, evidence, evidenceWords } from '../../src/routes/(app)/insights/format';

// A correlation is worded by its 95% interval, never by r alone.

const says = (r: number | null, ci: [number, number] | null) =>
	evidenceWords(evidence(r, ci), en.insights.evidence);

describe('the words of a correlation', () => {
	it('says "not enough evidence yet" for an interval that spans zero, whatever r is', () => {
		// The headline the recomputation found: r = 0.84 over 5 departments, interval −0.17 to 0.99.
		expect(says(0.84, [-0.17, 0.99])).toBe('not enough evidence yet');
		expect(says(-0.05, [-0.2, 0.1])).toBe('not enough evidence yet');
	});

	it('says "not enough evidence yet" for a wide interval on one side of zero', () => {
		expect(says(0.8, [0.2, 0.96])).toBe('not enough evidence yet');
	});

	it('words a narrow interval by its end nearer zero', () => {
		expect(says(0.75, [0.6, 0.86])).toBe('strong, positive');
		expect(says(0.55, [0.35, 0.7])).toBe('positive, at least moderate');
		expect(says(-0.4, [-0.6, -0.15])).toBe('negative, at least weak');
		expect(says(0.2, [0.05, 0.34])).toBe('positive, but possibly negligible');
	});

	it('has no words without an r or an interval', () => {
		expect(says(null, null)).toBe('not available');
		expect(says(0.9, null)).toBe('not enough evidence yet');
	});

	it('reads the same evidence in Spanish', () => {
		const inSpanish = (r: number, ci: [number, number]) =>
			evidenceWords(evidence(r, ci), es.insights.evidence);
		expect(inSpanish(0.84, [-0.17, 0.99])).toBe('todavía no hay pruebas suficientes');
		expect(inSpanish(0.8, [0.2, 0.96])).toBe('todavía no hay pruebas suficientes');
		expect(inSpanish(0.75, [0.6, 0.86])).toBe('fuerte, positiva');
		expect(inSpanish(-0.4, [-0.6, -0.15])).toBe('negativa, al menos débil');
	});

	it('writes r and its interval the language’s way', () => {
		const english = correlationText(i18n('en'));
		expect(english.r(-0.17)).toBe('\u22120.17');
		expect(english.ci([-0.17, 0.99])).toBe('[\u22120.17, 0.99]');
		const spanish = correlationText(i18n('es'));
		expect(spanish.r(0.5)).toBe('0,50');
		expect(spanish.ci([-0.17, 0.99])).toBe('[\u22120,17; 0,99]');
		expect(spanish.r(null)).toBe('no disponible');
	});
});
