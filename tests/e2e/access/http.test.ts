import { createHash } from 'node:crypto';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, DEMO_PASSWORD } from '../helpers/browser';
import { startServer, type TestServer } from '../helpers/server';

// Plain HTTP against the built server: no browser, redirects not followed.
let server: TestServer;

beforeAll(async () => {
	server = await startServer({ seed: true });
});

afterAll(async () => {
	await server?.stop();
});

function get(path: string, headers: Record<string, string> = {}): Promise<Response> {
	return fetch(`${server.baseURL}${path}`, { redirect: 'manual', headers });
}

function postForm(
	path: string,
	fields: Record<string, string>,
	headers: Record<string, string> = {}
): Promise<Response> {
	return fetch(`${server.baseURL}${path}`, {
		method: 'POST',
		redirect: 'manual',
		headers: {
			// As a browser's plain form post: SvelteKit answers JSON to an `Accept: */*` action.
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded',
			origin: server.baseURL,
			...headers
		},
		body: new URLSearchParams(fields)
	});
}

/** Signs in as a browser on this origin would and returns the Cookie header to send. */
async function signInCookie(email: string): Promise<string> {
	const response = await postForm(
		'/login',
		{ email, password: DEMO_PASSWORD, next: '/' },
		{ 'sec-fetch-site': 'same-origin' }
	);
	await response.arrayBuffer();
	expect(response.status).toBe(303);
	const cookie = response.headers
		.getSetCookie()
		.map((c) => c.split(';')[0])
		.find((c) => c.startsWith('rapport_session='));
	expect(cookie, 'a session cookie after signing in').toBeDefined();
	return cookie as string;
}

function expectApiError(body: unknown, code: string) {
	expect(body).toEqual({ error: { code, message: expect.any(String) } });
	const { error } = body as { error: { message: string } };
	expect(Object.keys(body as object)).toEqual(['error']);
	expect(Object.keys(error).sort()).toEqual(['code', 'message']);
	expect(error.message.length).toBeGreaterThan(0);
}

describe('health and API errors', () => {
	it('GET /healthz answers 200 {"status":"ok"}', async () => {
		const response = await get('/healthz');
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toMatch(/^application\/json/);
		expect(await response.json()).toEqual({ status: 'ok' });
	});

	it('GET /api/v1/me without a session is 401 with the JSON error shape', async () => {
		const response = await get('/api/v1/me');
		expect(response.status).toBe(401);
		expect(response.headers.get('content-type')).toMatch(/^application\/json/);
		expectApiError(await response.json(), 'unauthenticated');
	});

	it('GET /api/v1/me with a session answers who is signed in', async () => {
		const cookie = await signInCookie(DEMO.head);
		const response = await get('/api/v1/me', { cookie });
		expect(response.status).toBe(200);
		const me = (await response.json()) as { email: string; role: string; headOf: string[] };
		expect(me.email).toBe(DEMO.head);
		expect(me.role).toBe('employee');
		expect(me.headOf).toHaveLength(1);
		expect(JSON.stringify(me)).not.toMatch(/password|hash/i);
		expect(response.headers.get('cache-control')).toContain('no-store');
	});

	it('an unknown API path is a 404 JSON error, not an HTML page', async () => {
		const response = await get('/api/v1/nope');
		expect(response.status).toBe(404);
		expect(response.headers.get('content-type')).toMatch(/^application\/json/);
		expectApiError(await response.json(), 'not_found');
	});

	it('an unknown page is a 404 HTML page', async () => {
		const response = await get('/no-such-page');
		expect(response.status).toBe(404);
		expect(response.headers.get('content-type')).toMatch(/^text\/html/);
		expect(await response.text()).toContain('Page not found');
	});
});

describe('access', () => {
	it('GET / without a session redirects (303) to /login', async () => {
		const response = await get('/');
		expect(response.status).toBe(303);
		const location = response.headers.get('location') ?? '';
		expect(new URL(location, server.baseURL).pathname).toBe('/login');
	});

	it('an HR page for an employee is 403', async () => {
		const cookie = await signInCookie(DEMO.employee);
		const response = await get('/org/people', { cookie });
		expect(response.status).toBe(403);
		expect(await response.text()).toContain('Not allowed');
	});

	it('a cross-site POST to /login is refused with 403', async () => {
		const response = await postForm(
			'/login',
			{ email: DEMO.hr, password: DEMO_PASSWORD },
			{ 'sec-fetch-site': 'cross-site' }
		);
		expect(response.status).toBe(403);
		expect(response.headers.get('set-cookie')).toBeNull();
		expect(await response.text()).toContain('Cross-site requests that change data are refused.');
	});

	it('a cross-site POST to the API is refused with a JSON 403', async () => {
		const response = await fetch(`${server.baseURL}/api/v1/me`, {
			method: 'POST',
			redirect: 'manual',
			headers: { 'sec-fetch-site': 'cross-site', 'content-type': 'application/json' },
			body: '{}'
		});
		expect(response.status).toBe(403);
		expectApiError(await response.json(), 'cross_site_request');
	});

	it('the same POST from the same origin is let through', async () => {
		const response = await postForm(
			'/login',
			{ email: 'nobody@demo.test', password: 'wrong password' },
			{ 'sec-fetch-site': 'same-origin' }
		);
		expect(response.status).toBe(400);
		expect(await response.text()).toContain('Email or password is incorrect.');
	});
});

describe('security headers', () => {
	for (const path of ['/login', '/healthz', '/api/v1/me']) {
		it(`${path} carries nosniff and a referrer policy`, async () => {
			const response = await get(path);
			await response.arrayBuffer();
			expect(response.headers.get('x-content-type-options')).toBe('nosniff');
			expect(response.headers.get('referrer-policy')).toBeTruthy();
		});
	}

	it('pages carry a content security policy that forbids framing', async () => {
		const response = await get('/login');
		expect(response.status).toBe(200);
		const csp = response.headers.get('content-security-policy') ?? '';
		expect(csp).toContain("frame-ancestors 'none'");
		expect(csp).toContain("object-src 'none'");
		expect(csp).not.toContain('unsafe-eval');
		expect(csp).toMatch(/script-src 'self'/);
		expect(response.headers.get('x-frame-options')).toBe('DENY');
	});

	it('allows the one inline script of our own by its hash, and no other', async () => {
		const cookie = await signInCookie(DEMO.hr);
		const response = await get('/company', { cookie });
		const csp = response.headers.get('content-security-policy') ?? '';
		const html = await response.text();
		// SvelteKit's own inline scripts carry the response's nonce; ours (the warm-up) its hash.
		const ours = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
		expect(ours).toHaveLength(1);
		expect(ours[0]).toContain("new Worker('/warm-intl.js'");
		const hash = createHash('sha256').update(ours[0]).digest('base64');
		expect(csp).toContain(`'sha256-${hash}'`);
		const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
		expect(scriptSrc).not.toContain('unsafe-inline');
		const worker = await get('/warm-intl.js');
		expect(worker.status).toBe(200);
		expect(worker.headers.get('content-type')).toContain('javascript');
	});

	it('signed-in pages are not cached', async () => {
		const cookie = await signInCookie(DEMO.hr);
		// HR's landing page once the demo has results.
		const response = await get('/company', { cookie });
		expect(response.status).toBe(200);
		expect(response.headers.get('cache-control')).toContain('no-store');
	});
});

describe('server errors', () => {
	it('a 500 shows a reference, never a stack trace', async (context) => {
		const cookie = await signInCookie(DEMO.hr);
		// A page number far past any bigint makes the database refuse the OFFSET.
		const response = await get('/org/people?page=99999999999999999999999', { cookie });
		const body = await response.text();
		if (response.status < 500) {
			context.skip(`could not provoke a 500 (got ${response.status})`);
		}
		expect(response.status).toBe(500);
		expect(body).toContain('Something went wrong');
		expect(body).toMatch(/reference [0-9a-f-]{36}/);
		// Neither the visible page nor anything else in it tells what failed or where.
		const text = body.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<[^>]+>/g, ' ');
		expect(text).not.toMatch(/error:|exception|stack|trace|\.(js|ts):\d+/i);
		expect(body).not.toMatch(/\n\s+at .+:\d+:\d+|node_modules|\/build\/server\/|file:\/\//);
		expect(body).not.toMatch(/bigint|offset|syntax|postgres|pglite|kysely/i);
		// The reference leads to the details in the server's log.
		const reference = /reference ([0-9a-f-]{36})/.exec(body)?.[1];
		expect(server.output()).toContain(`error ${reference}:`);
	});
});

/** A GET over node:http, which (unlike fetch) leaves the body as the server encoded it. */
function rawGet(
	path: string,
	headers: Record<string, string>
): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer; chunks: number }> {
	return new Promise((resolveReply, reject) => {
		const req = httpRequest(`${server.baseURL}${path}`, { headers }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (c: Buffer) => chunks.push(c));
			res.on('end', () =>
				resolveReply({
					status: res.statusCode ?? 0,
					headers: res.headers,
					body: Buffer.concat(chunks),
					chunks: chunks.length
				})
			);
			res.on('error', reject);
		});
		req.on('error', reject);
		req.end();
	});
}

describe('compression', () => {
	it('pages come brotli-compressed to a browser that takes br, gzip to one that takes gzip', async () => {
		const br = await rawGet('/login', { 'accept-encoding': 'gzip, deflate, br' });
		expect(br.status).toBe(200);
		expect(br.headers['content-encoding']).toBe('br');
		expect(br.headers['vary']).toMatch(/accept-encoding/i);
		expect(br.headers['content-length']).toBeUndefined();
		const html = brotliDecompressSync(br.body).toString();
		expect(html).toContain('<form');

		const gz = await rawGet('/login', { 'accept-encoding': 'gzip' });
		expect(gz.headers['content-encoding']).toBe('gzip');
		expect(gunzipSync(gz.body).toString()).toContain('<form');

		const plain = await rawGet('/login', {});
		expect(plain.headers['content-encoding']).toBeUndefined();
		expect(plain.headers['vary']).toMatch(/accept-encoding/i);
		expect(plain.body.toString()).toContain('<form');
		expect(br.body.length).toBeLessThan(plain.body.length / 2);
	});

	it('an encoding the client refuses with q=0 is not used', async () => {
		const reply = await rawGet('/login', { 'accept-encoding': 'br;q=0, gzip' });
		expect(reply.headers['content-encoding']).toBe('gzip');
		const none = await rawGet('/login', { 'accept-encoding': 'identity' });
		expect(none.headers['content-encoding']).toBeUndefined();
	});

	it('JSON and CSV are compressed too, the CSV export still streamed', async () => {
		const cookie = await signInCookie(DEMO.hr);
		const headers = { cookie, 'accept-encoding': 'gzip' };
		const departments = await rawGet('/api/v1/departments', headers);
		expect(departments.status).toBe(200);
		expect(departments.headers['content-encoding']).toBe('gzip');
		expect(JSON.parse(gunzipSync(departments.body).toString())).toBeTruthy();

		const csv = await rawGet('/api/v1/exports/trends.csv', headers);
		expect(csv.status).toBe(200);
		expect(csv.headers['content-type']).toMatch(/^text\/csv/);
		expect(csv.headers['content-encoding']).toBe('gzip');
		expect(csv.headers['transfer-encoding']).toBe('chunked');
		const text = gunzipSync(csv.body).toString();
		expect(text.split('\n').length).toBeGreaterThan(2);
	});

	it('small bodies and redirects are left alone', async () => {
		const health = await rawGet('/healthz', { 'accept-encoding': 'br' });
		expect(health.headers['content-encoding']).toBeUndefined();
		expect(JSON.parse(health.body.toString())).toEqual({ status: 'ok' });
		const redirect = await rawGet('/', { 'accept-encoding': 'br' });
		expect(redirect.status).toBe(303);
		expect(redirect.headers['content-encoding']).toBeUndefined();
	});
});

describe('a body the server did not read', () => {
	it('is dropped, so the next request on the connection does not wait for the keep-alive timeout', async () => {
		const cookie = await signInCookie(DEMO.hr);
		const big = { name: 'y'.repeat(200_000) };
		for (let i = 0; i < 3; i++) {
			// Refused before the form is read: no such programme.
			const refused = await postForm('/pulses/00000000-0000-4000-8000-000000000000?/end', big, {
				cookie
			});
			await refused.arrayBuffer();
			expect(refused.status).toBe(404);
			// The next request reuses the connection; before, it hung for the server's keep-alive
			// timeout and then failed with ECONNRESET.
			const next = await get('/account', { cookie });
			await next.arrayBuffer();
			expect(next.status).toBe(200);
		}
	});
});
