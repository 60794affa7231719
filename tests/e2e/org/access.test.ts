import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, DEMO_PASSWORD } from '../helpers/browser';
import { startServer, type TestServer } from '../helpers/server';

// Plain HTTP against the built server: only HR reaches the org pages, actions and downloads.
let server: TestServer;
const cookies: Record<string, string> = {};

const PAGES = [
	'/org/people',
	'/org/people/new',
	'/org/departments',
	'/org/departments/new',
	'/org/import',
	'/org/import/template.csv',
	'/org/import/current.csv',
	'/org/audit'
];
const ACTIONS = ['/org/people/new', '/org/departments/new', '/org/import?/preview'];

async function signInCookie(email: string): Promise<string> {
	const response = await fetch(`${server.baseURL}/login`, {
		method: 'POST',
		redirect: 'manual',
		headers: {
			'content-type': 'application/x-www-form-urlencoded',
			origin: server.baseURL,
			'sec-fetch-site': 'same-origin'
		},
		body: new URLSearchParams({ email, password: DEMO_PASSWORD, next: '/' })
	});
	await response.arrayBuffer();
	const cookie = response.headers
		.getSetCookie()
		.map((c) => c.split(';')[0])
		.find((c) => c.startsWith('rapport_session='));
	expect(cookie).toBeDefined();
	return cookie as string;
}

function request(path: string, cookie: string | null, method = 'GET', body?: URLSearchParams) {
	return fetch(`${server.baseURL}${path}`, {
		method,
		redirect: 'manual',
		headers: {
			...(cookie ? { cookie } : {}),
			...(body
				? { 'content-type': 'application/x-www-form-urlencoded', origin: server.baseURL }
				: {})
		},
		body
	});
}

beforeAll(async () => {
	server = await startServer({ seed: true });
	cookies.hr = await signInCookie(DEMO.hr);
	cookies.head = await signInCookie(DEMO.head);
	cookies.employee = await signInCookie(DEMO.employee);
});

afterAll(async () => {
	await server?.stop();
});

describe('access to the org administration', () => {
	it('sends signed-out visitors to sign in', async () => {
		for (const path of PAGES) {
			const response = await request(path, null);
			await response.arrayBuffer();
			expect(response.status, path).toBe(303);
			expect(response.headers.get('location'), path).toMatch(/^\/login\?next=/);
		}
	});

	it('refuses employees and department heads every page, download and action', async () => {
		for (const who of ['employee', 'head']) {
			for (const path of PAGES) {
				const response = await request(path, cookies[who]);
				await response.arrayBuffer();
				expect(response.status, `${who} GET ${path}`).toBe(403);
			}
			for (const path of ACTIONS) {
				const response = await request(
					path,
					cookies[who],
					'POST',
					new URLSearchParams({ name: 'x' })
				);
				await response.arrayBuffer();
				expect(response.status, `${who} POST ${path}`).toBe(403);
			}
		}
	});

	it('lets HR in, and the downloads are CSV files', async () => {
		for (const path of PAGES) {
			const response = await request(path, cookies.hr);
			await response.arrayBuffer();
			expect(response.status, path).toBe(200);
		}
		const template = await request('/org/import/template.csv', cookies.hr);
		expect(template.headers.get('content-type')).toBe('text/csv; charset=utf-8');
		expect(template.headers.get('content-disposition')).toMatch(/attachment/);
		expect((await template.text()).replace(/^\ufeff/, '')).toMatch(
			/^employee_id,email,name,department,head_of,locale,role\r\n/
		);
		const current = await (await request('/org/import/current.csv', cookies.hr)).text();
		expect(current).toContain('employee@demo.test');
		expect(current).toContain('Operations/Customer Support');
	});

	it('answers an unknown import, person or department with 404, never 500', async () => {
		for (const path of [
			'/org/import/00000000-0000-0000-0000-000000000000',
			'/org/import/not-a-uuid',
			'/org/people/not-a-uuid',
			'/org/departments/00000000-0000-0000-0000-000000000000'
		]) {
			const response = await request(path, cookies.hr);
			await response.arrayBuffer();
			expect(response.status, path).toBe(404);
		}
	});

	it('refuses a password link that does not exist without saying more', async () => {
		const response = await request('/reset-password/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', null);
		expect(response.status).toBe(200);
		expect(await response.text()).toContain('This link does not work');
	});

	it('answers any upload, however broken, with a preview or a clear refusal, never a 500', async () => {
		const post = (body: FormData | string, contentType?: string) =>
			fetch(`${server.baseURL}/org/import?/preview`, {
				method: 'POST',
				redirect: 'manual',
				headers: {
					accept: 'text/html',
					cookie: cookies.hr,
					origin: server.baseURL,
					...(contentType ? { 'content-type': contentType } : {})
				},
				body
			});
		for (let i = 0; i < 20; i++) {
			const bytes = new Uint8Array(Math.floor(Math.random() * 4000));
			for (let j = 0; j < bytes.length; j++) bytes[j] = Math.floor(Math.random() * 256);
			const form = new FormData();
			form.set('file', new Blob([bytes]), `random-${i}\u0000\u0001.csv`);
			const response = await post(form);
			await response.arrayBuffer();
			expect([303, 400, 413], `random upload ${i}`).toContain(response.status);
		}
		const big = new FormData();
		big.set('file', new Blob([new Uint8Array(600 * 1024).fill(0x41)]), 'big.csv');
		const tooBig = await post(big);
		expect(tooBig.status).toBe(413);
		expect(await tooBig.text()).toMatch(
			/The file is too large: the largest accepted here is 496 KB/
		);
		const broken = await post('--x\r\ngarbage', 'multipart/form-data; boundary=x');
		expect(broken.status).toBe(400);
		expect(await broken.text()).toContain('The upload could not be read');
		const empty = await post(new FormData());
		expect(empty.status).toBe(400);
		expect(await empty.text()).toContain('Choose a CSV file to upload.');
	});
});
