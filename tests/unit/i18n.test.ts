import { describe, expect, it } from 'vitest';
import { i18n, isSupportedLocale, languageChoices, LOCALES } from '../../src/lib/i18n';
import en from '../../src/lib/i18n/locales/en';
import { acceptedLanguages, chooseLocale, matchLocale } from '../../src/lib/i18n/negotiate';

describe('the catalogues', () => {
	it('finds every language file, English first', () => {
		expect(LOCALES[0]).toBe('en');
		expect(LOCALES).toContain('es');
		expect(languageChoices().map((c) => c.name)).toEqual(
			expect.arrayContaining(['English', 'Español'])
		);
	});

	it('has every English key in every language, with the same kind of value', () => {
		const shape = (value: unknown): unknown =>
			typeof value === 'object' && value !== null
				? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v)]))
				: typeof value;
		for (const locale of LOCALES) expect(shape(i18n(locale).t), locale).toEqual(shape(en));
	});

	it('gives English for an unknown language', () => {
		expect(i18n('xx').locale).toBe('en');
		expect(isSupportedLocale('xx')).toBe(false);
		expect(isSupportedLocale('toString')).toBe(false);
	});
});

describe('choosing the language', () => {
	const supported = ['en', 'es'];

	it('matches a regional tag to its language', () => {
		expect(matchLocale('es-MX', supported)).toBe('es');
		expect(matchLocale('EN_gb', supported)).toBe('en');
		expect(matchLocale('fr', supported)).toBeNull();
		expect(matchLocale('', supported)).toBeNull();
	});

	it('reads Accept-Language by preference', () => {
		expect(acceptedLanguages('fr;q=0.9, es-ES, en;q=0.8, de;q=0')).toEqual(['es-ES', 'fr', 'en']);
		expect(acceptedLanguages('*')).toEqual([]);
		expect(acceptedLanguages(null)).toEqual([]);
	});

	it('prefers the switch just used, then the person, then the cookie, then the browser', () => {
		const all = { asked: 'es', person: 'en', cookie: 'en', acceptLanguage: 'en' };
		expect(chooseLocale(all, supported)).toBe('es');
		expect(chooseLocale({ ...all, asked: null }, supported)).toBe('en');
		expect(chooseLocale({ person: 'es-AR', cookie: 'en' }, supported)).toBe('es');
		expect(chooseLocale({ person: 'fr', cookie: 'es' }, supported)).toBe('es');
		expect(chooseLocale({ acceptLanguage: 'fr, es;q=0.5' }, supported)).toBe('es');
		expect(chooseLocale({ acceptLanguage: 'fr' }, supported)).toBeNull();
	});
});

describe('formats by language', () => {
	const { f: en, change } = i18n('en');
	const { f: es, change: cambio } = i18n('es');

	it('writes numbers and decimals the language’s way, with a real minus sign', () => {
		expect(en.number(12345)).toBe('12,345');
		expect(es.number(12345)).toBe('12.345');
		expect(en.decimal(3.14159, 2)).toBe('3.14');
		expect(es.decimal(3.14159, 2)).toBe('3,14');
		expect(en.decimal(-0.17, 2)).toBe('\u22120.17');
	});

	it('writes signed changes, and "no change" in words', () => {
		expect(change(3.2)).toBe('+3.2');
		expect(change(-1.5)).toBe('\u22121.5');
		expect(change(0)).toBe('no change');
		expect(cambio(-1.5)).toBe('\u22121,5');
		expect(cambio(0)).toBe('sin cambios');
	});

	it('writes percentages', () => {
		expect(en.percentOf(1, 3)).toBe('33%');
		expect(es.percentOf(1, 3)).toMatch(/^33\s%$/);
		expect(en.percentOf(1, 0)).toBe('—');
		expect(en.percent(0.425, 1)).toBe('42.5%');
	});

	it('writes dates and instants in UTC', () => {
		expect(en.date('2026-03-01')).toBe('1 Mar 2026');
		expect(es.date('2026-03-01')).toBe('1 mar 2026');
		expect(en.dateTime(new Date('2026-03-01T09:05:00Z'))).toBe('1 Mar 2026, 09:05 UTC');
		expect(en.date(null)).toBe('—');
		expect(en.dateRange('2026-10-30', '2026-11-06')).toBe('30 Oct – 6 Nov 2026');
		expect(es.dateRange('2026-10-30', '2026-11-06')).toBe('30 oct – 6 nov 2026');
		expect(es.month('2026-12-01')).toMatch(/^dic 2026$/);
	});

	it('writes relative counts and sizes', () => {
		expect(en.relative(3, 'day')).toBe('in 3 days');
		expect(es.relative(-1, 'day')).toBe('ayer');
		expect(en.bytes(512)).toBe('512 bytes');
		expect(en.bytes(1536 * 1024)).toBe('1.5 MB');
		expect(es.bytes(1536 * 1024)).toBe('1,5 MB');
	});
});
