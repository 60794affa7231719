import type { RequestEvent } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { modulePreloadTags, writeModulePreloads } from '../../src/lib/server/http/module-preloads';

const LINK =
	'<./_app/immutable/assets/0.css>; rel="preload"; as="style"; nopush, ' +
	'<./_app/immutable/entry/start.js>; rel="modulepreload"; nopush, ' +
	'<../_app/immutable/chunks/a-B_1.js>; rel="modulepreload"; nopush';

async function run(
	headers: Record<string, string>,
	body = '<html><head><title>x</title></head><body></body></html>'
) {
	const event = { request: new Request('http://localhost/company') } as RequestEvent;
	return writeModulePreloads({ event, resolve: async () => new Response(body, { headers }) });
}

describe('module preloads written into the page', () => {
	it('names each module of the Link header, and nothing else', () => {
		expect(modulePreloadTags(LINK)).toBe(
			'<link rel="modulepreload" href="./_app/immutable/entry/start.js">' +
				'<link rel="modulepreload" href="../_app/immutable/chunks/a-B_1.js">'
		);
		expect(modulePreloadTags(null)).toBe('');
		expect(modulePreloadTags('<./a.css>; rel="preload"; as="style"')).toBe('');
	});

	it('writes no address that could leave its attribute', () => {
		expect(modulePreloadTags('<./x.js" onload="alert(1)>; rel="modulepreload"')).toBe('');
	});

	it('adds them before the end of a page’s head and keeps the header', async () => {
		const response = await run({ 'content-type': 'text/html', link: LINK, 'content-length': '70' });
		const html = await response.text();
		expect(html).toContain(
			'<title>x</title><link rel="modulepreload" href="./_app/immutable/entry/start.js">'
		);
		expect(html.indexOf('modulepreload')).toBeLessThan(html.indexOf('</head>'));
		expect(response.headers.get('link')).toBe(LINK);
		expect(response.headers.get('content-length')).toBeNull();
	});

	it('leaves other answers as they are', async () => {
		const json = await run({ 'content-type': 'application/json', link: LINK }, '{"a":1}');
		expect(await json.text()).toBe('{"a":1}');
		const plain = await run({ 'content-type': 'text/html' });
		expect(await plain.text()).not.toContain('modulepreload');
	});
});
