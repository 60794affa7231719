import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, DEMO_PASSWORD } from '../helpers/browser';
import { startServer, type TestServer } from '../helpers/server';

// Plain HTTP against the built server (issue 17): headers on everything it serves, including
// the static files adapter-node answers before any hook runs, and the sign-in redirect.
let server: TestServer;
let httpsServer: TestServer;

beforeAll(async () => {
	[server, httpsServer] = await Promise.all([
		startServer({ seed: true }),
		// Behind a TLS-terminating proxy: ORIGIN says https, the test still speaks plain HTTP.
		startServer({ seed: false, env: { ORIGIN: 'https://rapport.example' } })
	]);
});

afterAll(async () => {
	await Promise.all([server?.stop(), httpsServer?.stop()]);
});

function get(base: TestServer, path: string, headers: Record<string, string> = {}) {
	return fetch(`${base.baseURL}${path}`, { redirect: 'manual', headers });
}

function postForm(path: string, fields: Record<string, string>, headers = {}) {
	return fetch(`${server.baseURL}${path}`, {
		method: 'POST',
		redirect: 'manual',
		headers: {
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded',
			origin: server.baseURL,
			'sec-fetch-site': 'same-origin',
			...headers
		},
		body: new URLSearchParams(fields)
	});
}

async function signInCookie(email: string): Promise<string> {
	const response = await postForm('/login', { email, password: DEMO_PASSWORD, next: '/' });
	await response.arrayBuffer();
	expect(response.status).toBe(303);
	const cookie = response.headers
		.getSetCookie()
		.map((c) => c.split(';')[0])
		.find((c) => c.startsWith('rapport_session='));
	expect(cookie).toBeDefined();
	return cookie as string;
}

/** The path of an immutable client asset the login page loads. */
async function immutableAsset(): Promise<string> {
	const html = await (await get(server, '/login')).text();
	const path = /(\/_app\/immutable\/[^"']+\.js)/.exec(html)?.[1];
	expect(path, 'an immutable asset on the sign-in page').toBeDefined();
	return path as string;
}

const EVERY_RESPONSE = {
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'same-origin',
	'x-frame-options': 'DENY',
	'cross-origin-opener-policy': 'same-origin',
	'permissions-policy': 'camera=(), microphone=(), geolocation=()'
};

describe('security headers on static files', () => {
	it('the favicon and an immutable asset carry them', async () => {
		for (const path of ['/favicon.svg', await immutableAsset()]) {
			const response = await get(server, path);
			await response.arrayBuffer();
			expect(response.status, path).toBe(200);
			for (const [name, value] of Object.entries(EVERY_RESPONSE)) {
				expect(response.headers.get(name), `${name} on ${path}`).toBe(value);
			}
			// Plain http: no HSTS, which browsers would ignore anyway.
			expect(response.headers.get('strict-transport-security')).toBeNull();
		}
	});

	it('a precompressed asset served as gzip carries them too', async () => {
		const path = await immutableAsset();
		const response = await get(server, path, { 'accept-encoding': 'gzip' });
		await response.arrayBuffer();
		expect(response.headers.get('x-frame-options')).toBe('DENY');
	});
});

describe('Strict-Transport-Security when ORIGIN is https', () => {
	it('is sent on pages, static files and the API', async () => {
		for (const path of ['/setup', '/favicon.svg', '/healthz', '/api/v1/me']) {
			const response = await get(httpsServer, path);
			await response.arrayBuffer();
			expect(response.headers.get('strict-transport-security'), path).toBe('max-age=31536000');
			expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
		}
	});
});

describe('Cache-Control on the API', () => {
	it('an answer to an API key is no-store, and so is an error', async () => {
		const cookie = await signInCookie(DEMO.hr);
		const created = await postForm(
			'/insights/api-keys?/create',
			{ name: 'Cache test', scopes: 'insights:read' },
			{ cookie, accept: 'application/json' }
		);
		const key = /(rpk_[a-z2-7]+)/.exec(await created.text())?.[1];
		expect(key, 'a new API key').toBeDefined();
		const data = await get(server, '/api/v1/insights/service-chain', {
			authorization: `Bearer ${key}`
		});
		expect(data.status).toBe(200);
		await data.arrayBuffer();
		expect(data.headers.get('cache-control')).toBe('no-store');
		const refused = await get(server, '/api/v1/insights/service-chain');
		await refused.arrayBuffer();
		expect(refused.status).toBe(401);
		expect(refused.headers.get('cache-control')).toBe('no-store');
	});
});

describe('the sign-in redirect', () => {
	const hostile = [
		'/%09/evil.test',
		'/%0a/evil.test',
		'/%0d%0a/evil.test',
		'//evil.test',
		'/%5Cevil.test',
		'/\\evil.test',
		'https:evil.test',
		'/%E3%80%82/evil.test',
		'/caf%C3%A9'
	];

	it('never leaves the site, and never fails, when signed in already', async () => {
		const cookie = await signInCookie(DEMO.employee);
		for (const next of hostile) {
			const response = await get(server, `/login?next=${next}`, { cookie });
			await response.arrayBuffer();
			expect(response.status, next).toBe(303);
			const location = response.headers.get('location') ?? '';
			expect(new URL(location, server.baseURL).origin, `${next} → ${location}`).toBe(
				server.baseURL
			);
		}
	});

	it('never leaves the site after signing in, with a line break or non-ASCII in next', async () => {
		for (const next of ['/\t/evil.test', '/\n/evil.test', '/résultats\r\n', '//evil.test']) {
			const response = await postForm('/login', {
				email: DEMO.employee,
				password: DEMO_PASSWORD,
				next
			});
			await response.arrayBuffer();
			expect(response.status, JSON.stringify(next)).toBe(303);
			const location = response.headers.get('location') ?? '';
			expect(new URL(location, server.baseURL).origin).toBe(server.baseURL);
		}
	});
});
