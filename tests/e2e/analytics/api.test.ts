import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../helpers/browser';
import { startServer, type TestServer } from '../helpers/server';
import { SUPPRESSION_REASONS } from '../../../src/lib/domain/suppression-reasons';

// The read API over plain HTTP, as each role: anonymous, an employee, the head of Customer
// Support (A), the head of Finance (B) and HR, against the seeded demo with two years of rounds.

let server: TestServer;
const cookies: Record<string, string> = {};
const ids: Record<string, string> = {};
let closedRound = '';
let openRound = '';

const ACCOUNTS = {
	employee: 'employee@demo.test',
	headA: 'head.support@demo.test',
	headB: 'head.finance@demo.test',
	hr: 'hr@demo.test'
} as const;
type Role = keyof typeof ACCOUNTS | 'anonymous';
const ROLES: Role[] = ['anonymous', 'employee', 'headA', 'headB', 'hr'];
const K = 5;

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
	expect(response.status).toBe(303);
	const cookie = response.headers
		.getSetCookie()
		.map((c) => c.split(';')[0])
		.find((c) => c.startsWith('rapport_session='));
	if (!cookie) throw new Error(`no session cookie for ${email}`);
	return cookie;
}

async function get(role: Role, path: string): Promise<{ status: number; body: unknown }> {
	const headers: Record<string, string> = role === 'anonymous' ? {} : { cookie: cookies[role] };
	const response = await fetch(`${server.baseURL}${path}`, { redirect: 'manual', headers });
	expect(response.headers.get('content-type')).toMatch(/^application\/json/);
	return { status: response.status, body: await response.json() };
}

function expectError(body: unknown, code: string) {
	expect(body).toEqual({ error: { code, message: expect.any(String) } });
}

/** Every cell in a response: shown with n ≥ k, or exactly { suppressed: true, reason }. */
function checkCells(value: unknown): { shown: number; suppressed: number } {
	const count = { shown: 0, suppressed: 0 };
	const walk = (v: unknown) => {
		if (Array.isArray(v)) return v.forEach(walk);
		if (!v || typeof v !== 'object') return;
		const o = v as Record<string, unknown>;
		if ('suppressed' in o) {
			expect(o).toEqual({ suppressed: true, reason: expect.any(String) });
			expect(SUPPRESSION_REASONS).toContain(o.reason);
			count.suppressed += 1;
			return;
		}
		if ('value' in o && 'n' in o && Object.keys(o).length === 2) {
			expect(o.n as number).toBeGreaterThanOrEqual(K);
			count.shown += 1;
		}
		Object.values(o).forEach(walk);
	};
	walk(value);
	return count;
}

beforeAll(async () => {
	server = await startServer({ seed: true });
	for (const [role, email] of Object.entries(ACCOUNTS)) cookies[role] = await signIn(email);
	const departments = (await get('hr', '/api/v1/departments')).body as {
		id: string;
		code: string;
	}[];
	for (const d of departments) ids[d.code] = d.id;
	const closed = (await get('hr', '/api/v1/rounds?status=closed')).body as { id: string }[];
	const open = (await get('hr', '/api/v1/rounds?status=open')).body as { id: string }[];
	closedRound = closed[0].id;
	openRound = open[0].id;
}, 240_000);

afterAll(async () => {
	await server?.stop();
});

describe('every read endpoint, as every role', () => {
	const endpoints = () => ({
		departments: '/api/v1/departments',
		rounds: '/api/v1/rounds?status=closed',
		'health of A': `/api/v1/departments/${ids.SUP}/health?round=${closedRound}`,
		'health of B': `/api/v1/departments/${ids.FIN}/health?round=${closedRound}`,
		heatmap: `/api/v1/org/heatmap?round=${closedRound}`,
		matrix: `/api/v1/internal-service/matrix?round=${closedRound}`,
		'trend of A': `/api/v1/departments/${ids.SUP}/trend?driver=enps`,
		'trend of B': `/api/v1/departments/${ids.FIN}/trend?driver=morale&from=2000-01-01`
	});
	const expected: Record<string, Record<Role, number>> = {
		departments: { anonymous: 401, employee: 200, headA: 200, headB: 200, hr: 200 },
		rounds: { anonymous: 401, employee: 403, headA: 200, headB: 200, hr: 200 },
		'health of A': { anonymous: 401, employee: 403, headA: 200, headB: 403, hr: 200 },
		'health of B': { anonymous: 401, employee: 403, headA: 403, headB: 200, hr: 200 },
		heatmap: { anonymous: 401, employee: 403, headA: 200, headB: 200, hr: 200 },
		matrix: { anonymous: 401, employee: 403, headA: 200, headB: 200, hr: 200 },
		'trend of A': { anonymous: 401, employee: 403, headA: 200, headB: 403, hr: 200 },
		'trend of B': { anonymous: 401, employee: 403, headA: 403, headB: 200, hr: 200 }
	};

	for (const role of ROLES) {
		it(`as ${role}`, async () => {
			const seen: Record<string, number> = {};
			for (const [name, path] of Object.entries(endpoints())) {
				const { status, body } = await get(role, path);
				seen[name] = status;
				if (status === 401) expectError(body, 'unauthenticated');
				else if (status === 403) expectError(body, 'forbidden');
				else checkCells(body);
			}
			expect(seen).toEqual(
				Object.fromEntries(Object.entries(expected).map(([n, r]) => [n, r[role]]))
			);
		});
	}
});

describe('what each role sees', () => {
	it('HR: the whole company, with Legal (3 people) suppressed, exactly', async () => {
		const { body } = await get('hr', `/api/v1/org/heatmap?round=${closedRound}`);
		const heatmap = body as {
			rows: { departmentId: string; scope: string; cells: Record<string, unknown> }[];
			company: { cells: Record<string, unknown> };
		};
		expect(new Set(heatmap.rows.map((r) => r.departmentId)).size).toBe(Object.keys(ids).length);
		const legal = heatmap.rows.find((r) => r.departmentId === ids.LEG)!;
		for (const cell of Object.values(legal.cells))
			expect(cell).toEqual({ suppressed: true, reason: 'fewer_than_k' });
		expect(heatmap.company.cells.enps).toMatchObject({ n: expect.any(Number) });
		expect(checkCells(heatmap).suppressed).toBeGreaterThan(0);
	});

	it('a head: their subtree only, plus company-wide figures', async () => {
		const { body } = await get('headA', `/api/v1/org/heatmap?round=${closedRound}`);
		const heatmap = body as { rows: { departmentId: string }[]; company: unknown };
		expect([...new Set(heatmap.rows.map((r) => r.departmentId))]).toEqual([ids.SUP]);
		const matrix = (await get('headB', `/api/v1/internal-service/matrix?round=${closedRound}`))
			.body as {
			rows: { consumer: { id: string }; total?: unknown; cells: object }[];
			received: object;
		};
		expect(Object.keys(matrix.received)).toEqual([ids.FIN]);
		for (const row of matrix.rows) {
			if (row.consumer.id === ids.FIN) expect(row.total).toBeDefined();
			else expect(Object.keys(row.cells)).toEqual([ids.FIN]);
		}
		const health = (
			await get('headA', `/api/v1/departments/${ids.SUP}/health?round=${closedRound}`)
		).body as { comments: unknown; changes: object; department: { code: string } };
		expect(health.department.code).toBe('SUP');
		expect(health.comments).toEqual(expect.objectContaining({ value: expect.any(Array) }));
	});

	it('trends cover the two years of closed rounds, never the open one', async () => {
		const { body } = await get('hr', `/api/v1/departments/${ids.SUP}/trend?driver=participation`);
		const trend = body as { points: { round: { id: string } }[] };
		expect(trend.points).toHaveLength(24);
		expect(trend.points.map((p) => p.round.id)).not.toContain(openRound);
	});
});

describe('bad requests', () => {
	it('answers 400, 404 and 409 with the JSON error shape', async () => {
		const cases: [string, number, string][] = [
			['/api/v1/org/heatmap', 400, 'bad_request'],
			['/api/v1/org/heatmap?round=nope', 400, 'bad_request'],
			['/api/v1/rounds?status=maybe', 400, 'bad_request'],
			[`/api/v1/departments/${ids.SUP}/trend?driver=happiness`, 400, 'bad_request'],
			[`/api/v1/departments/${ids.SUP}/trend?driver=enps&from=2026-02-30`, 400, 'bad_request'],
			[
				`/api/v1/departments/${ids.SUP}/trend?driver=enps&from=2026-05-01&to=2026-01-01`,
				400,
				'bad_request'
			],
			['/api/v1/org/heatmap?round=00000000-0000-4000-8000-000000000000', 404, 'not_found'],
			[`/api/v1/internal-service/matrix?round=${openRound}`, 409, 'round_open'],
			[`/api/v1/departments/${ids.SUP}/health?round=${openRound}`, 409, 'round_open'],
			[
				`/api/v1/departments/00000000-0000-4000-8000-000000000000/health?round=${closedRound}`,
				404,
				'not_found'
			],
			[`/api/v1/departments/not-a-uuid/health?round=${closedRound}`, 404, 'not_found']
		];
		for (const [path, status, code] of cases) {
			const response = await get('hr', path);
			expect([path, response.status]).toEqual([path, status]);
			expectError(response.body, code);
		}
	});
});
