import type { Cookies, Handle } from '@sveltejs/kit';
import { FALLBACK_LOCALE, LOCALES } from '$lib/i18n';
import { chooseLocale, matchLocale } from '$lib/i18n/negotiate';
import { getDb } from '../db';

export const LANGUAGE_COOKIE = 'rapport_lang';
const YEAR_SECONDS = 365 * 24 * 60 * 60;

/**
 * Chooses the language of the request once, for every page and the `<html lang>`: the switch
 * just used (`?lang=`, remembered in a cookie), the signed-in person's setting, the switch used
 * before, the browser's Accept-Language, then the organisation's default. Pages that know
 * better (the survey follows its invitation) set `locals.locale` again in their load.
 */
export const chooseLanguage: Handle = async ({ event, resolve }) => {
	if (/^\/(api|scim|healthz)(\/|$)/.test(event.url.pathname)) {
		event.locals.locale = FALLBACK_LOCALE;
		return resolve(event);
	}
	const asked = matchLocale(event.url.searchParams.get('lang'), LOCALES);
	if (asked) rememberLanguage(event.cookies, event.url, asked);
	event.locals.locale = await requestLocale({
		asked,
		person: event.locals.user?.locale,
		cookie: event.cookies.get(LANGUAGE_COOKIE),
		acceptLanguage: event.request.headers.get('accept-language')
	});
	return resolve(event, {
		transformPageChunk: ({ html }) => withLanguage(html, event.locals.locale)
	});
};

/** The request's language: what it asks for, else the organisation's. */
export async function requestLocale(choice: Parameters<typeof chooseLocale>[0]): Promise<string> {
	return chooseLocale(choice, LOCALES) ?? (await organisationLocale());
}

/** The page's language in its `<html lang>` (src/app.html). */
function withLanguage(html: string, locale: string): string {
	return html.replace('%rapport.lang%', locale);
}

function rememberLanguage(cookies: Cookies, url: URL, locale: string) {
	cookies.set(LANGUAGE_COOKIE, locale, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: url.protocol === 'https:',
		maxAge: YEAR_SECONDS
	});
}

// Most requests without a cookie or Accept-Language (the survey's, a script's) end here: the
// organisation's language is read at most once a minute, not once a request.
const ORGANISATION_LOCALE_TTL_MS = 60_000;
const organisationLocales = new WeakMap<object, { locale: string; until: number }>();

async function organisationLocale(): Promise<string> {
	const db = getDb();
	const cached = organisationLocales.get(db);
	if (cached && cached.until > Date.now()) return cached.locale;
	const row = await db
		.selectFrom('org_settings')
		.select('default_locale')
		.executeTakeFirst()
		.catch(() => undefined);
	const locale = matchLocale(row?.default_locale, LOCALES) ?? FALLBACK_LOCALE;
	if (row) organisationLocales.set(db, { locale, until: Date.now() + ORGANISATION_LOCALE_TTL_MS });
	return locale;
}
