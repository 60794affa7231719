import { describe, expect, it } from 'vitest';
import { cookieJar } from '../../src/lib/server/http/cookie-jar';

// The survey served directly sets its cookies through this jar; SvelteKit's own `cookies` set
// them elsewhere. tests/reliability/direct-survey.test.ts compares the two on real requests;
// these are the rules both follow.

const url = new URL('http://127.0.0.1:3000/survey/4a4d9b1e-9b7e-4f7e-8d36-6c1a0b6d2f10');

describe('the cookie jar of a request served without SvelteKit', () => {
	it('reads the cookies sent, decoded', () => {
		const jar = cookieJar('rapport_ballot=a.b%2Bc; rapport_lang=es', url);
		expect(jar.get('rapport_ballot')).toBe('a.b+c');
		expect(jar.get('rapport_lang')).toBe('es');
		expect(jar.get('missing')).toBeUndefined();
	});

	it('writes Set-Cookie lines as SvelteKit does: HttpOnly, SameSite=Lax, Secure unless on http://localhost', () => {
		const expires = new Date('2026-12-04T12:00:00Z');
		const jar = cookieJar(undefined, url);
		jar.set('rapport_ballot', 'x y', { path: '/survey/r', expires });
		expect(jar.setCookieLines()).toEqual([
			'rapport_ballot=x%20y; Path=/survey/r; Expires=Fri, 04 Dec 2026 12:00:00 GMT; HttpOnly; Secure; SameSite=Lax'
		]);
		const local = cookieJar(undefined, new URL('http://localhost:3000/survey/r'));
		local.set('rapport_ballot', 'x', { path: '/survey/r' });
		expect(local.setCookieLines()).toEqual([
			'rapport_ballot=x; Path=/survey/r; HttpOnly; SameSite=Lax'
		]);
	});

	it('sees what this request set or deleted, and deletes with Max-Age=0', () => {
		const jar = cookieJar('rapport_ballot=old', url);
		jar.delete('rapport_ballot', { path: url.pathname, secure: false });
		expect(jar.get('rapport_ballot')).toBeUndefined();
		jar.set('rapport_survey_done', '1', { path: url.pathname, secure: false });
		expect(jar.get('rapport_survey_done')).toBe('1');
		expect(jar.setCookieLines()).toEqual([
			`rapport_ballot=; Max-Age=0; Path=${url.pathname}; HttpOnly; SameSite=Lax`,
			`rapport_survey_done=1; Path=${url.pathname}; HttpOnly; SameSite=Lax`
		]);
	});

	it('keeps one line per cookie and path: the last value set', () => {
		const jar = cookieJar(undefined, url);
		jar.set('rapport_survey_locale', 'en', { path: '/survey/r' });
		jar.set('rapport_survey_locale', 'es', { path: '/survey/r' });
		expect(jar.setCookieLines()).toHaveLength(1);
		expect(jar.setCookieLines()[0]).toMatch(/^rapport_survey_locale=es;/);
	});
});
