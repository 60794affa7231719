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
		body
	});
}

function pathOf(entry: RouteEntry, param: string | null): string {
	return entry.pattern.replace(/\[(\w+)\]/g, () => param ?? realIds.get(entry.pattern) ?? param!);
}

type Attempt = { entry: RouteEntry; param: string | null; value: string; body: string };

const BODY_KINDS = ['form', 'multipart', 'text', 'json', 'none', 'huge'] as const;

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
	const response = await request(entry.method, path, payload, type ? { 'content-type': type } : {});
	await response.arrayBuffer();
	return response.status;
}

const routes = routeTable().filter((e) => !SKIPPED.has(e.pattern));

describe('hostile input on every route', () => {
	it('finds the routes', () => {
		expect(routes.length).toBeGreaterThan(40);
		expect(routes.some((e) => e.action !== null)).toBe(true);
	});

	it('answers every route and method with hostile values without a 5xx', async () => {
		const failures: string[] = [];
		for (const entry of routes) {
			const kinds = entry.method === 'GET' ? (['none'] as const) : BODY_KINDS;
			for (const [i, body] of kinds.entries()) {
				const value = HOSTILE[(i + entry.pattern.length) % HOSTILE.length];
				for (const param of entry.pattern.includes('[') ? [null, value] : [null]) {
					const attempt = { entry, param, value, body };
					const status = await send(attempt).catch((err: Error) => `${err.cause ?? err}`);
					if (typeof status === 'string' || status >= 500) {
						failures.push(describeAttempt(attempt, status));
					}
				}
			}
		}
		expect(failures, server.output().slice(-6000)).toEqual([]);
	}, 120_000);

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
			{ numRuns: 120, seed: 17 }
		);
	}, 120_000);
});

function describeAttempt({ entry, param, value, body }: Attempt, status: number | string): string {
	const shown = JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
	const where = `${entry.method} ${entry.pattern}${entry.action ? ` ?/${entry.action}` : ''}`;
	return `${status} ${where} value=${shown} body=${body}${param ? ' (hostile path)' : ''}`;
}
