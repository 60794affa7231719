import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, DEMO_PASSWORD } from '../helpers/browser';
import { routeTable, type RouteEntry } from '../helpers/route-table';
import { startServer, type TestServer } from '../helpers/server';

// Every load, form action and endpoint of the app, signed in as HR, given hostile values in its
// path, query and body: whatever it answers, it is never a 5xx.
let server: TestServer;
let cookie: string;
const realIds = new Map<string, string>();

const HOSTILE = [
	'a\u0000b',
	'9999999999999999999',
	'9999-12-31',
	'0000-00-00',
	'not-a-uuid',
	"1' OR '1'='1",
	'-1',
	'1e309',
	'\u202eevil\u200b',
	'=HYPERLINK("http://evil.test")',
	'\ud800',
	'x'.repeat(3000)
];
const HUGE = 'y'.repeat(200_000);
const QUERY_NAMES = [
	'q',
	'before',
	'from',
	'to',
	'round',
	'department',
	'programme',
	'type',
	'entity',
	'import',
	'page',
	'status',
	'role',
	'format',
	'driver',
	'metric',
	'internal',
	'lag',
	'contents',
	'parent',
	'kind',
	'archived'
];
const FIELD_NAMES = [
	'name',
	'code',
	'kind',
	'email',
	'employeeId',
	'locale',
	'parentId',
	'departmentId',
	'departmentIds',
	'id',
	'scopes',
	'comment',
	'cadence',
	'startsOn',
	'roundLengthDays',
	'reminderDays',
	'questionsPerRound',
	'coreQuestionKeys',
	'driver',
	'en',
	'es',
	'confirm',
	'password',
	'format',
	'from',
	'to',
	'deactivateMissing'
];
// Actions that end the session the test runs under.
const SKIPPED = new Set(['/logout']);

beforeAll(async () => {
	server = await startServer({ seed: true });
	cookie = await signIn(DEMO.hr);
	for (const [listing, pattern] of [
		['/org/people', '/org/people/[id]'],
		['/org/departments', '/org/departments/[id]'],
		['/pulses', '/pulses/[id]'],
		['/questions', '/questions/[id]'],
		['/insights/data', '/insights/data/[id]']
	]) {
		const html = await (await request('GET', listing)).text();
		const id = new RegExp(`href="${listing}/([0-9a-f-]{36})`).exec(html)?.[1];
		if (id) realIds.set(pattern, id);
	}
});

afterAll(async () => {
	await server?.stop();
});

async function signIn(email: string): Promise<string> {
	const response = await fetch(`${server.baseURL}/login`, {
		method: 'POST',
		redirect: 'manual',
		headers: {
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded',
			origin: server.baseURL,
			'sec-fetch-site': 'same-origin'
		},
		body: new URLSearchParams({ email, password: DEMO_PASSWORD, next: '/' })
	});
	await response.arrayBuffer();
	const session = response.headers
		.getSetCookie()
		.map((c) => c.split(';')[0])
		.find((c) => c.startsWith('rapport_session='));
	if (!session) throw new Error(`no session for ${email}: ${response.status}`);
	return session;
}

function request(
	method: string,
	path: string,
	body?: BodyInit,
	headers: Record<string, string> = {}
): Promise<Response> {
	return fetch(`${server.baseURL}${path}`, {
		method,
		redirect: 'manual',
		headers: {
			cookie,
			accept: 'text/html',
			origin: server.baseURL,
			'sec-fetch-site': 'same-origin',
			...headers
		},
		body,
		signal: AbortSignal.timeout(15_000)
	});
}

// A well-formed id that names nothing, for routes without a listing to take a real one from.
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

function realId(pattern: string): string {
	const department = realIds.get('/org/departments/[id]');
	if (pattern.includes('[department]') || pattern.startsWith('/api/v1/departments/')) {
		return department ?? UNKNOWN_ID;
	}
	return realIds.get(pattern) ?? UNKNOWN_ID;
}

function pathOf(entry: RouteEntry, param: string | null): string {
	return entry.pattern.replace(/\[(\w+)\]/g, () => param ?? realId(entry.pattern));
}

type Attempt = { entry: RouteEntry; param: string | null; value: string; body: string };

const BODY_KINDS = ['form', 'multipart', 'text', 'json', 'none', 'huge'] as const;
// The sweep sends the kinds that reach different code; the random pass sends all of them.
const SWEEP_BODY_KINDS = ['form', 'multipart', 'text', 'huge'] as const;

async function send({ entry, param, value, body }: Attempt): Promise<number> {
	let path = pathOf(entry, param);
	if (entry.action && entry.action !== 'default') path += `?/${entry.action}`;
	const query = new URLSearchParams(QUERY_NAMES.map((n) => [n, value.slice(0, 200)])).toString();
	if (entry.method === 'GET') path += (path.includes('?') ? '&' : '?') + query;
	let payload: BodyInit | undefined;
	let type: string | undefined;
	const fields = FIELD_NAMES.map((n) => [n, value]);
	if (entry.method !== 'GET') {
		if (body === 'form') {
			payload = new URLSearchParams(fields).toString();
			type = 'application/x-www-form-urlencoded';
		} else if (body === 'multipart') {
			const form = new FormData();
			for (const [n, v] of fields) form.append(n, v);
			form.append('file', new Blob([`name,email\n${value},x@y.test\n`]), 'org.csv');
			payload = form;
		} else if (body === 'text') {
			payload = `name=${value}`;
			type = 'text/plain';
		} else if (body === 'json') {
			payload = JSON.stringify(Object.fromEntries(fields));
			type = 'application/json';
		} else if (body === 'huge') {
			payload = new URLSearchParams([['name', HUGE]]).toString();
			type = 'application/x-www-form-urlencoded';
		}
	}
	const headers: Record<string, string> = type ? { 'content-type': type } : {};
	let response: Response;
	try {
		response = await request(entry.method, path, payload, headers);
	} catch (err) {
		// A keep-alive connection the server closed just as it was reused: once more, on a new one.
		if ((err as Error).cause?.toString().includes('ECONNRESET') !== true) throw err;
		response = await request(entry.method, path, payload, headers);
	}
	await response.arrayBuffer();
	return response.status;
}

const routes = routeTable().filter((e) => !SKIPPED.has(e.pattern));

async function postForm(path: string, fields: Record<string, string>, headers = {}) {
	const response = await request('POST', path, new URLSearchParams(fields).toString(), {
		'content-type': 'application/x-www-form-urlencoded',
		...headers
	});
	return { status: response.status, text: await response.text(), headers: response.headers };
}

async function auditedExports(): Promise<number> {
	const html = await (await request('GET', '/org/audit?type=export')).text();
	return html.split('<tr').length;
}

function cellsOf(csv: string): string[] {
	return (parse(csv.replace(/^\ufeff/, ''), { relax_column_count: true }) as string[][]).flat();
}

const ATTACK = '=HYPERLINK("http:"&CHAR(47)&CHAR(47)&"evil.test","top")';
const NUMBER = /^-?\d+(\.\d+)?$/;

// Each of these answered 500, or acted on a request from another site, before the fixes.
describe('the requests the audit reproduced', () => {
	it('refuses a form sent as text/plain with a 415', async () => {
		const response = await request('POST', '/org/departments/new', 'name=x', {
			'content-type': 'text/plain'
		});
		expect(response.status).toBe(415);
		expect(await response.text()).toMatch(/x-www-form-urlencoded/);
	});

	it('answers a NUL in the people search, an audit page past bigint and far dates with 4xx', async () => {
		expect((await request('GET', '/org/people?q=a%00b')).status).toBe(400);
		expect((await request('GET', '/org/audit?before=9999999999999999999')).status).toBe(200);
		const department = realIds.get('/org/departments/[id]');
		for (const path of [
			`/api/v1/departments/${department}/trend?driver=morale&to=9999-12-31`,
			'/api/v1/insights/service-chain?to=9999-12-31',
			'/company?to=9999-12-31'
		]) {
			expect((await request('GET', path)).status, path).toBe(400);
		}
		// The insights page falls back to its default range when the one asked for is not valid.
		expect((await request('GET', '/insights?to=9999-12-31')).status).toBe(200);
	});

	it('refuses a NUL in an API key name with a field message', async () => {
		const { status, text } = await postForm('/insights/api-keys?/create', {
			name: 'a\u0000b',
			scopes: 'exports:read'
		});
		expect(status).toBe(400);
		expect(text).toContain('control character');
	});

	it('answers a non-UUID id on the department and head actions with a 404', async () => {
		for (const path of [
			'/org/departments/not-a-uuid?/update',
			'/org/departments/not-a-uuid?/move',
			'/org/people/not-a-uuid?/addHead'
		]) {
			const { status } = await postForm(path, { name: 'x', code: 'X', parentId: 'top' });
			expect(status, path).toBe(404);
		}
	});

	it('says a body over the limit is too large, with or without Content-Length', async () => {
		const big = new Uint8Array(2 * 1024 * 1024).fill(0x61);
		const stream = new ReadableStream({
			start(controller) {
				controller.enqueue(
					new TextEncoder().encode(
						'--b\r\ncontent-disposition: form-data; name="file"; filename="o.csv"\r\n\r\n'
					)
				);
				controller.enqueue(big);
				controller.close();
			}
		});
		const upload = await fetch(`${server.baseURL}/org/import?/preview`, {
			method: 'POST',
			headers: {
				cookie,
				accept: 'text/html',
				origin: server.baseURL,
				'sec-fetch-site': 'same-origin',
				'content-type': 'multipart/form-data; boundary=b'
			},
			body: stream,
			duplex: 'half'
		} as RequestInit);
		expect(upload.status).toBe(413);
		expect(await upload.text()).toContain('too large');

		const json = await request('POST', '/api/v1/external-metrics', '[' + ' '.repeat(12e6) + ']', {
			'content-type': 'application/json'
		});
		expect(json.status).toBe(413);
		expect(await json.json()).toMatchObject({ error: { code: 'payload_too_large' } });
	});

	it('downloads exports from another site only after confirming on the form', async () => {
		const before = await auditedExports();
		const crossSite = await request('GET', '/exports/download?format=csv&department=', undefined, {
			'sec-fetch-site': 'cross-site'
		});
		expect(crossSite.status).toBe(303);
		expect(crossSite.headers.get('location')).toMatch(/^\/exports\?format=csv/);
		const api = await request('GET', '/api/v1/exports/trends.csv', undefined, {
			'sec-fetch-site': 'cross-site'
		});
		expect(api.status).toBe(403);
		expect(await auditedExports()).toBe(before);

		const typedIn = await request('GET', '/exports/download?format=csv&department=', undefined, {
			'sec-fetch-site': 'none'
		});
		expect(typedIn.status).toBe(200);
		await typedIn.arrayBuffer();

		const created = await postForm('/insights/api-keys?/create', {
			name: 'Spreadsheet robot',
			scopes: 'exports:read'
		});
		const key = /value="(rpk_[a-z0-9]+)"/.exec(created.text)?.[1];
		expect(key).toBeDefined();
		const withKey = await fetch(`${server.baseURL}/api/v1/exports/trends.csv`, {
			headers: { authorization: `Bearer ${key}`, 'sec-fetch-site': 'cross-site' }
		});
		expect(withKey.status).toBe(200);
		await withKey.arrayBuffer();
	});

	it('writes no CSV cell a spreadsheet would run as a formula', async () => {
		const id = realIds.get('/org/departments/[id]')!;
		const page = await (await request('GET', `/org/departments/${id}`)).text();
		const code = /name="code"[^>]*value="([^"]+)"/.exec(page)?.[1] ?? 'ATTACK';
		const renamed = await postForm(`/org/departments/${id}?/update`, {
			name: ATTACK,
			code,
			kind: 'customer_facing'
		});
		expect(renamed.status).toBe(200);
		for (const path of [
			'/org/import/current.csv',
			'/api/v1/exports/trends.csv',
			'/exports/download?format=csv&department='
		]) {
			const csv = await (await request('GET', path)).text();
			const cells = cellsOf(csv);
			expect(cells.length, path).toBeGreaterThan(10);
			expect(
				cells.filter((c) => /^[=+\-@\t\r]/.test(c) && !NUMBER.test(c)),
				path
			).toEqual([]);
		}
	});
});

describe('hostile input on every route', () => {
	it('finds the routes', () => {
		expect(routes.length).toBeGreaterThan(40);
		expect(routes.some((e) => e.action !== null)).toBe(true);
	});

	it('answers every route and method with hostile values without a 5xx', async () => {
		const failures: string[] = [];
		for (const entry of routes) {
			const kinds = entry.method === 'GET' ? (['none'] as const) : SWEEP_BODY_KINDS;
			const attempts: Attempt[] = kinds.map((body, i) => ({
				entry,
				param: null,
				value: HOSTILE[(i + entry.pattern.length) % HOSTILE.length],
				body
			}));
			if (entry.pattern.includes('[')) {
				attempts.push({ entry, param: 'not-a-uuid', value: HOSTILE[0], body: kinds[0] });
			}
			for (const attempt of attempts) {
				const status = await send(attempt).catch((err: Error) => `${err.cause ?? err}`);
				if (typeof status === 'string' || status >= 500) {
					failures.push(describeAttempt(attempt, status));
				}
			}
		}
		expect(failures, server.output().slice(-6000)).toEqual([]);
	}, 240_000);

	it('holds for random combinations of route, value and body', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.constantFrom(...routes),
				fc.constantFrom(...HOSTILE),
				fc.constantFrom(...BODY_KINDS),
				fc.boolean(),
				async (entry, value, body, hostileParam) => {
					const attempt = { entry, param: hostileParam ? value : null, value, body };
					const status = await send(attempt);
					expect(status, describeAttempt(attempt, status)).toBeLessThan(500);
				}
			),
			{ numRuns: 80, seed: 17 }
		);
	}, 120_000);
});

function describeAttempt({ entry, param, value, body }: Attempt, status: number | string): string {
	const shown = JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
	const where = `${entry.method} ${entry.pattern}${entry.action ? ` ?/${entry.action}` : ''}`;
	return `${status} ${where} value=${shown} body=${body}${param ? ' (hostile path)' : ''}`;
}
