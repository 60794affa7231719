import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, DEMO_PASSWORD } from '../helpers/browser';
import { startServer, type TestServer } from '../helpers/server';

// The OpenAPI document served at /api/v1/openapi.json: valid OpenAPI 3.1, naming every endpoint
// under src/routes/api/v1, and describing what each read endpoint really answers on the demo.

type Document = {
	paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
};

let server: TestServer;
let document: Document;
const sessions: Record<string, string> = {};
let apiKey = '';
let closedRound = '';
let support = '';
const ajv = new Ajv2020({ strict: false, allErrors: true });
ajv.addFormat('uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);

const sameSite = () => ({ origin: server.baseURL, 'sec-fetch-site': 'same-origin' });

async function signIn(email: string): Promise<string> {
	const response = await fetch(`${server.baseURL}/login`, {
		method: 'POST',
		redirect: 'manual',
		headers: { 'content-type': 'application/x-www-form-urlencoded', ...sameSite() },
		body: new URLSearchParams({ email, password: DEMO_PASSWORD, next: '/' })
	});
	await response.arrayBuffer();
	const cookie = response.headers
		.getSetCookie()
		.map((c) => c.split(';')[0])
		.find((c) => c.startsWith('rapport_session='));
	if (!cookie) throw new Error(`no session for ${email}`);
	return cookie;
}

/** An API key made the way HR makes one, on Insights › API keys without JavaScript. */
async function createKey(cookie: string): Promise<string> {
	const body = new URLSearchParams({ name: 'OpenAPI test' });
	for (const scope of ['insights:read', 'exports:read', 'external_metrics:write']) {
		body.append('scopes', scope);
	}
	const response = await fetch(`${server.baseURL}/insights/api-keys?/create`, {
		method: 'POST',
		headers: {
			cookie,
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded',
			...sameSite()
		},
		body
	});
	const key = /rpk_[A-Za-z0-9_-]+/.exec(await response.text())?.[0];
	if (!key) throw new Error(`no key in the answer (${response.status})`);
	return key;
}

type Caller = { session?: string; key?: string };

async function call(path: string, caller: Caller): Promise<{ status: number; body: unknown }> {
	const headers: Record<string, string> = {};
	if (caller.session) headers.cookie = sessions[caller.session];
	if (caller.key) headers.authorization = `Bearer ${caller.key}`;
	const response = await fetch(`${server.baseURL}/api/v1${path}`, { headers, redirect: 'manual' });
	expect(response.headers.get('content-type')).toMatch(/^application\/json/);
	return { status: response.status, body: await response.json() };
}

/** The JSON Pointer of an operation's response schema, as Ajv resolves it in the document. */
function responseSchema(template: string, status: number, method = 'get') {
	const escape = (s: string) => s.replaceAll('~', '~0').replaceAll('/', '~1');
	const pointer = `#/paths/${escape(template)}/${method}/responses/${status}/content/application~1json/schema`;
	return ajv.compile({ $ref: `openapi.json${pointer}` });
}

/** Checks the real answer against the documented one, naming every mismatch. */
function expectDocumented(template: string, answer: { status: number; body: unknown }) {
	expect(document.paths[template]?.get?.responses, template).toHaveProperty(String(answer.status));
	const validate = responseSchema(template, answer.status);
	const valid = validate(answer.body);
	expect(
		valid,
		`${template} ${answer.status}: ${JSON.stringify(validate.errors?.slice(0, 5))}`
	).toBe(true);
}

function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? walk(path) : [path];
	});
}

beforeAll(async () => {
	server = await startServer({ seed: true });
	const response = await fetch(`${server.baseURL}/api/v1/openapi.json`);
	expect(response.status).toBe(200);
	document = (await response.json()) as Document;
	ajv.addSchema(document, 'openapi.json');
	sessions.hr = await signIn(DEMO.hr);
	sessions.head = await signIn(DEMO.head);
	sessions.employee = await signIn(DEMO.employee);
	apiKey = await createKey(sessions.hr);
	const rounds = (await call('/rounds?status=closed', { session: 'hr' })).body as { id: string }[];
	closedRound = rounds[0].id;
	const departments = (await call('/departments', { session: 'hr' })).body as {
		id: string;
		code: string;
	}[];
	support = departments.find((d) => d.code === 'SUP')!.id;
}, 240_000);

afterAll(async () => {
	await server?.stop();
});

describe('the OpenAPI document', () => {
	it('is valid OpenAPI 3.1', async () => {
		const validator = new Validator();
		const result = await validator.validate(structuredClone(document));
		expect(result.errors ?? []).toEqual([]);
		expect(result.valid).toBe(true);
		expect(validator.version).toBe('3.1');
	});

	it('describes every endpoint under /api/v1, and nothing that does not exist', () => {
		const routes = join(process.cwd(), 'src/routes/api/v1');
		const files = walk(routes).filter((f) => f.endsWith('+server.ts'));
		const documented = files
			.map((f) => relative(routes, f).split(sep).slice(0, -1).join('/'))
			.filter((p) => p !== 'openapi.json')
			.map((p) => '/' + p.replace(/\[(\w+)\]/g, '{$1}'))
			.sort();
		expect(Object.keys(document.paths).sort()).toEqual(documented);
	});
});

describe('every read endpoint answers as documented', () => {
	const reads = () =>
		[
			['/me', '/me', { session: 'employee' }],
			['/departments', '/departments', { session: 'employee' }],
			['/rounds', '/rounds', { session: 'hr' }],
			[
				'/departments/{id}/health',
				`/departments/${support}/health?round=${closedRound}`,
				{ session: 'hr' }
			],
			[
				'/departments/{id}/health',
				`/departments/${support}/health?round=${closedRound}`,
				{ session: 'head' }
			],
			['/departments/{id}/trend', `/departments/${support}/trend?driver=enps`, { session: 'head' }],
			[
				'/departments/{id}/trend',
				`/departments/${support}/trend?driver=internal_service`,
				{ session: 'hr' }
			],
			[
				'/departments/{id}/trend',
				`/departments/${support}/trend?driver=participation`,
				{ session: 'hr' }
			],
			['/departments/{id}/actions', `/departments/${support}/actions`, { session: 'head' }],
			['/org/heatmap', `/org/heatmap?round=${closedRound}`, { session: 'hr' }],
			[
				'/internal-service/matrix',
				`/internal-service/matrix?round=${closedRound}`,
				{ session: 'hr' }
			],
			[
				'/internal-service/matrix',
				`/internal-service/matrix?round=${closedRound}&consumers=divisions`,
				{ session: 'head' }
			],
			['/insights/service-chain', '/insights/service-chain', { key: apiKey }],
			[
				'/insights/service-chain',
				'/insights/service-chain?metric=nps&internal=morale&lag=2',
				{ key: apiKey }
			],
			['/insights/service-chain', '/insights/service-chain?lag=1', { session: 'head' }]
		] as [string, string, Caller][];

	it('with a 200 that matches its schema, suppressed cells included', async () => {
		const covered = new Set<string>();
		for (const [template, path, caller] of reads()) {
			const answer = await call(path, caller);
			expect(answer.status, path).toBe(200);
			expectDocumented(template, answer);
			covered.add(template);
		}
		const jsonReads = Object.entries(document.paths)
			.filter(
				([, item]) =>
					'application/json' in ((item.get?.responses[200] as { content?: object })?.content ?? {})
			)
			.map(([template]) => template);
		expect([...covered].sort()).toEqual(jsonReads.sort());
	});

	it('and errors in the documented error shape', async () => {
		const unknownRound = '00000000-0000-4000-8000-000000000000';
		const errors: [string, string, Caller, number][] = [
			['/org/heatmap', '/org/heatmap?round=nope', { session: 'hr' }, 400],
			['/org/heatmap', `/org/heatmap?round=${closedRound}`, {}, 401],
			['/org/heatmap', `/org/heatmap?round=${closedRound}`, { session: 'employee' }, 403],
			['/org/heatmap', `/org/heatmap?round=${unknownRound}`, { session: 'hr' }, 404],
			['/rounds', '/rounds', { key: apiKey }, 403],
			['/insights/service-chain', '/insights/service-chain', { key: 'rpk_unknown' }, 401]
		];
		for (const [template, path, caller, status] of errors) {
			const answer = await call(path, caller);
			expect(answer.status, path).toBe(status);
			expectDocumented(template, answer);
		}
	});

	it('the hidden cells of the demo are exactly a reason', async () => {
		const { body } = await call(`/org/heatmap?round=${closedRound}`, { session: 'hr' });
		const legal = (body as { rows: { code: string; participation: unknown }[] }).rows.find(
			(r) => r.code === 'LEG'
		);
		const validate = ajv.compile({ $ref: 'openapi.json#/components/schemas/SuppressedCell' });
		expect(validate(legal?.participation)).toBe(true);
		expect(validate({ suppressed: true, reason: 'fewer_than_k', n: 3 })).toBe(false);
	});

	it('the trend export answers CSV to a key with exports:read', async () => {
		const response = await fetch(`${server.baseURL}/api/v1/exports/trends.csv`, {
			headers: { authorization: `Bearer ${apiKey}` }
		});
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
		await response.arrayBuffer();
	});
});
