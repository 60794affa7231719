import { describe, expect, it } from 'vitest';
import { safeNextPath } from '../../src/lib/server/http/forms';

// What a browser does with a Location header: resolve it against the page's own address.
function landsOn(location: string): string {
	return new URL(location, 'https://rapport.example').origin;
}

describe('safeNextPath', () => {
	it.each([
		['/org/people', '/org/people'],
		['/team/abc?round=2#drivers', '/team/abc?round=2#drivers'],
		['/a/../b', '/b'],
		['/résultats', '/r%C3%A9sultats'],
		['/search?q=café', '/search?q=caf%C3%A9']
	])('keeps the same-site path %j as %j', (next, expected) => {
		expect(safeNextPath(next)).toBe(expected);
	});

	it.each([
		'/\t/evil.test',
		'/%09/evil.test',
		'/\n/evil.test',
		'/\r\n/evil.test',
		'/\t\t/evil.test/x',
		'//evil.test',
		'///evil.test',
		'/\\evil.test',
		'/\\/evil.test',
		'\\\\evil.test',
		'\\/evil.test',
		'https:evil.test',
		'https://evil.test',
		'http:evil.test',
		'javascript:alert(1)',
		'data:text/html,hi',
		' /evil',
		'/.//evil.test',
		'/./\\evil.test',
		'//evil.test/%2e%2e',
		'/\u3002/evil.test',
		'//ｅｖｉｌ.test',
		'/\u0000/evil.test',
		'',
		'evil.test',
		'/' + 'a'.repeat(3000)
	])('turns %j into a path that stays on this site', (next) => {
		const path = safeNextPath(next);
		expect(path.startsWith('/')).toBe(true);
		expect(path.startsWith('//')).toBe(false);
		expect(landsOn(path)).toBe('https://rapport.example');
	});

	it('refuses the audit finding outright rather than rewriting it to a path', () => {
		expect(safeNextPath('/\t/evil.test')).toBe('/');
		expect(safeNextPath('/\\evil.test')).toBe('/');
		expect(safeNextPath('https:evil.test')).toBe('/');
	});

	it('returns only characters a Location header may carry', () => {
		for (const next of ['/a\nb', '/a\rb', '/été', '/\u2028x', '/x?y=\u0085', '/x#ü', '/a\u0000b']) {
			expect(safeNextPath(next)).toMatch(/^[\x21-\x7e]*$/);
		}
	});

	it('treats a missing value as home', () => {
		expect(safeNextPath(null)).toBe('/');
		expect(safeNextPath(undefined)).toBe('/');
	});
});
