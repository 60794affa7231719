import { formatter, type Formatter } from './format';
// Every language on the server; English and the page's language in a browser (see catalogues.ts).
import { catalogues, loaders } from '#i18n/catalogues';
import type { Messages } from './locales/en';

// The app's languages: every file in ./locales is one, named by its file (`es.ts` → `es`).
// Adding a language is adding a file there, typed `Messages`; nothing else needs to change.

export type { Messages } from './locales/en';
export type { Formatter } from './format';

/** The language of the app when nothing else says otherwise. */
export const FALLBACK_LOCALE = 'en';

/** Every language the app speaks, English first, then by code. */
export const LOCALES: readonly string[] = Object.keys(loaders).sort((a, b) =>
	a === FALLBACK_LOCALE ? -1 : b === FALLBACK_LOCALE ? 1 : a.localeCompare(b)
);

/** Makes a language's words available to `i18n` in the browser; the server has them all. */
export async function loadLanguage(locale: string | null | undefined): Promise<void> {
	if (isSupportedLocale(locale) && !catalogues[locale])
		catalogues[locale] = await loaders[locale]();
}

export function isSupportedLocale(value: unknown): value is string {
	return typeof value === 'string' && Object.hasOwn(loaders, value);
}

/** Each language by its own name, for a language switch (on the server, which has them all). */
export function languageChoices(): { locale: string; name: string }[] {
	return LOCALES.map((locale) => ({ locale, name: catalogues[locale].meta.name }));
}

export type I18n = {
	/** The language's code, as `<html lang>` takes it. */
	locale: string;
	/** The words. */
	t: Messages;
	/** Numbers and dates, written the language's way. */
	f: Formatter;
	/** A change with its sign, or "no change": `+3.2`, `−1.5`. */
	change: (delta: number, digits?: number) => string;
};

const made = new Map<string, I18n>();

/** The words and formats of a language; an unknown one gets English. */
export function i18n(locale: string | null | undefined): I18n {
	// A language the browser has not loaded (it loads the page's first) reads as English.
	const key = isSupportedLocale(locale) && catalogues[locale] ? locale : FALLBACK_LOCALE;
	let found = made.get(key);
	if (!found) {
		const t = catalogues[key];
		const f = formatter(t.meta.intl);
		const change = (delta: number, digits = 1) =>
			delta === 0 ? t.common.noChange : f.signed(delta, digits);
		made.set(key, (found = { locale: key, t, f, change }));
	}
	return found;
}
