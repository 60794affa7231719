import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfLines } from '../../helpers/pdf-text';
import {
	DEMO_PASSWORD,
	PHONE,
	checkA11y,
	launchBrowser,
	newContext,
	screenshot
} from '../helpers/browser';
import { startServer, type TestServer } from '../helpers/server';

// Exports over HTTP as each role, read back in all three formats and compared with the read
// API; then the exports page in Chromium, with JavaScript off.

let server: TestServer;
const cookies: Record<string, string> = {};
const ids: Record<string, string> = {};
const ACCOUNTS = {
	employee: 'employee@demo.test',
	headA: 'head.support@demo.test',
	headB: 'head.finance@demo.test',
	hr: 'hr@demo.test'
} as const;
type Role = keyof typeof ACCOUNTS | 'anonymous';

async function signIn(email: string): Promise<string> {
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
	if (!cookie) throw new Error(`no session for ${email}`);
	return cookie;
}

function call(role: Role, path: string, form?: Record<string, string | string[]>) {
	const headers: Record<string, string> = role === 'anonymous' ? {} : { cookie: cookies[role] };
	let body: URLSearchParams | undefined;
	if (form) {
		body = new URLSearchParams();
		for (const [k, v] of Object.entries(form)) for (const x of [v].flat()) body.append(k, x);
		headers['content-type'] = 'application/x-www-form-urlencoded';
		headers.origin = server.baseURL;
	}
	return fetch(`${server.baseURL}${path}`, {
		method: form ? 'POST' : 'GET',
		redirect: 'manual',
		headers,
		body
	});
}

async function status(role: Role, path: string, form?: Record<string, string>) {
	const response = await call(role, path, form);
	await response.arrayBuffer();
	return response.status;
}

type HeatmapRow = {
	code: string;
	scope: string;
	participation: { value?: { rate: number }; n?: number; suppressed?: true };
	cells: Record<
		string,
		{ value?: { score?: number; favourable?: number }; suppressed?: true; reason?: string }
	>;
};
let latest: { round: { id: string }; rows: HeatmapRow[] };

beforeAll(async () => {
	server = await startServer({ seed: true });
	for (const [role, email] of Object.entries(ACCOUNTS)) cookies[role] = await signIn(email);
	const departments = (await (await call('hr', '/api/v1/departments')).json()) as {
		id: string;
		code: string;
	}[];
	for (const d of departments) ids[d.code] = d.id;
	const [round] = (await (await call('hr', '/api/v1/rounds?status=closed')).json()) as {
		id: string;
	}[];
	latest = await (await call('hr', `/api/v1/org/heatmap?round=${round.id}`)).json();
}, 240_000);

afterAll(async () => {
	await server?.stop();
});

describe('who may export what', () => {
	it('the API: 401 signed out, 403 for employees and other departments, 200 for HR and heads', async () => {
		const csv = (department = '') => `/api/v1/exports/trends.csv?department=${department}`;
		const seen = {
			anonymous: await status('anonymous', csv(ids.SUP)),
			employee: await status('employee', csv(ids.SUP)),
			headOwn: await status('headA', csv(ids.SUP)),
			headOther: await status('headA', csv(ids.FIN)),
			headCompany: await status('headA', csv()),
			otherHead: await status('headB', csv(ids.FIN)),
			hrCompany: await status('hr', csv()),
			badDay: await status('hr', `${csv()}&from=2026-02-30`)
		};
		expect(seen).toEqual({
			anonymous: 401,
			employee: 403,
			headOwn: 200,
			headOther: 403,
			headCompany: 403,
			otherHead: 200,
			hrCompany: 200,
			badDay: 400
		});
		const error = await (await call('headA', csv(ids.FIN))).json();
		expect(error).toEqual({ error: { code: 'forbidden', message: expect.any(String) } });
	});

	it('the API with a key: exports:read reads as HR, another scope is refused', async () => {
		const createKey = async (name: string, scope: string) => {
			const response = await fetch(`${server.baseURL}/insights/api-keys?/create`, {
				method: 'POST',
				headers: {
					cookie: cookies.hr,
					accept: 'text/html',
					origin: server.baseURL,
					'content-type': 'application/x-www-form-urlencoded'
				},
				body: new URLSearchParams({ name, scopes: scope })
			});
			const html = await response.text();
			const key = /id="new-key"[^>]*?value="([^"]+)"/.exec(html)?.[1];
			if (!key) throw new Error(`no key in the answer (${response.status})`);
			return key;
		};
		const exportsKey = await createKey('Board pack script', 'exports:read');
		const otherKey = await createKey('Insights dashboard', 'insights:read');
		const withKey = (key: string, query = '') =>
			fetch(`${server.baseURL}/api/v1/exports/trends.csv${query}`, {
				headers: { authorization: `Bearer ${key}` }
			});
		const ok = await withKey(exportsKey, `?department=${ids.FIN}&from=2026-01-01`);
		expect(ok.status).toBe(200);
		const rows: Record<string, string>[] = parse(await ok.text(), { columns: true });
		expect(rows.length).toBeGreaterThan(0);
		expect(rows.every((r) => r.round_opens >= '2026-01-01')).toBe(true);
		const refused = await withKey(otherKey);
		expect(refused.status).toBe(403);
		expect(await refused.json()).toEqual({
			error: { code: 'insufficient_scope', message: expect.any(String) }
		});
		expect((await withKey('not-a-key')).status).toBe(401);
	});

	it('the page and its download: only HR and the head of the subtree', async () => {
		const form = (department: string) => ({ format: 'csv', department, contents: 'drivers' });
		expect(await status('anonymous', '/exports')).toBe(303);
		expect(await status('employee', '/exports')).toBe(403);
		expect(await status('headA', '/exports')).toBe(200);
		expect(await status('anonymous', '/exports/download', form(ids.SUP))).toBe(303);
		expect(await status('employee', '/exports/download', form(ids.SUP))).toBe(403);
		expect(await status('headA', '/exports/download', form(ids.FIN))).toBe(403);
		expect(await status('headA', '/exports/download', form(''))).toBe(403);
		expect(await status('headA', '/exports/download', form(ids.SUP))).toBe(200);
		const bad = await call('hr', '/exports/download', { format: 'docx', department: '' });
		expect(bad.status).toBe(303);
		expect(bad.headers.get('location')).toMatch(/^\/exports\?.*check=1/);
		const page = await (await call('hr', bad.headers.get('location')!)).text();
		expect(page).toContain('Choose CSV, XLSX or PDF.');
	});
});

describe('the three formats hold the API figures, Legal suppressed in each', () => {
	it('CSV from the API', async () => {
		const response = await call('hr', '/api/v1/exports/trends.csv?from=2000-01-01&bom=1');
		expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
		const bytes = new Uint8Array(await response.arrayBuffer());
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const text = new TextDecoder().decode(bytes);
		const rows: Record<string, string>[] = parse(text, { columns: true, bom: true });
		const mine = rows.filter((r) => r.round_id === latest.round.id && r.group === 'subtree');
		const legal = mine.filter((r) => r.department_code === 'LEG');
		expect(legal.length).toBeGreaterThan(3);
		expect(
			legal.every(
				(r) => r.value === 'suppressed' && r.n === 'suppressed' && r.reason === 'fewer_than_k'
			)
		).toBe(true);
		let compared = 0;
		for (const row of latest.rows.filter((r) => r.scope === 'subtree')) {
			const line = mine.find((r) => r.department_code === row.code && r.measure === 'enps')!;
			const cell = row.cells.enps;
			expect(line.value).toBe(cell.suppressed ? 'suppressed' : String(cell.value!.score));
			expect(line.reason).toBe(cell.suppressed ? cell.reason : '');
			compared += 1;
		}
		expect(compared).toBe(17);
		expect(new Set(rows.map((r) => r.round_id)).size).toBe(24);
	});

	it('the service chain, as the insights API gives it', async () => {
		const response = await call(
			'hr',
			'/api/v1/exports/trends.csv?contents=service_chain&contents=participation'
		);
		const rows: Record<string, string>[] = parse(await response.text(), { columns: true });
		const opens = rows.map((r) => r.round_opens).filter((d) => d);
		const from = opens.reduce((a, b) => (a < b ? a : b));
		const to = rows
			.filter((r) => r.round_id)
			.reduce((a, r) => (a > r.round_opens ? a : r.round_opens), '');
		const chain = (await (
			await call(
				'hr',
				`/api/v1/insights/service-chain?metric=csat&internal=support&from=${from}&to=${to}`
			)
		).json()) as {
			r: number;
			n: number;
			units: { code: string; internal: number; external: number }[];
		};
		expect(chain.n).toBeGreaterThanOrEqual(5);
		const r = rows.find((row) => row.measure === 'service_chain_csat_r')!;
		expect([Number(r.value), Number(r.n)]).toEqual([chain.r, chain.n]);
		for (const unit of chain.units) {
			const pair = rows.filter(
				(row) =>
					row.department_code === unit.code &&
					row.group === 'unit' &&
					row.measure.startsWith('service_chain_csat_')
			);
			expect(pair.map((p) => Number(p.value))).toEqual([unit.internal, unit.external]);
		}
	});

	it('XLSX and PDF from the page', async () => {
		const xlsx = await call('hr', '/exports/download', {
			format: 'xlsx',
			department: '',
			contents: ['drivers', 'enps', 'participation', 'internal_service', 'service_chain']
		});
		expect(xlsx.status).toBe(200);
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(await xlsx.arrayBuffer());
		expect(workbook.getWorksheet('Service chain')?.getCell('A2').value).toMatch(/CSAT, same month/);
		const sheet = workbook.getWorksheet('Heatmap')!;
		const header = (sheet.getRow(3).values as string[]).slice(1);
		const rowOf = (name: string) => {
			let found: ExcelJS.Row | undefined;
			sheet.eachRow((r) => {
				if (String(r.getCell(1).value).trim() === name) found = r;
			});
			return found!;
		};
		// Legal's own figures are hidden; how others rate Legal as a provider is not about Legal's people.
		const legal = rowOf('Legal');
		for (let c = 2; c <= header.length; c++) {
			if (header[c - 1] === 'Internal NPS received') continue;
			expect(legal.getCell(c).value).toBe('fewer than 5 responses');
		}
		const finance = latest.rows.find((r) => r.code === 'FIN' && r.scope === 'subtree')!;
		expect(rowOf('Finance').getCell(header.indexOf('Morale') + 1).value).toBe(
			finance.cells.morale.value?.favourable
		);

		const pdf = await call('headA', '/exports/download', {
			format: 'pdf',
			department: ids.SUP,
			paper: 'letter'
		});
		expect(pdf.headers.get('content-type')).toBe('application/pdf');
		const pages = await pdfLines(new Uint8Array(await pdf.arrayBuffer()));
		const heatmap = pages.find((p) => p[0] === 'Heatmap')!;
		const support = latest.rows.find((r) => r.code === 'SUP' && r.scope === 'subtree')!;
		const line = heatmap.find((l) => l.startsWith('Customer Support'))!;
		expect(line.split(' ')[2]).toBe(support.participation.value!.rate.toFixed(1));
		expect(pages.flat().join(' ')).not.toContain('Legal');

		const hrPdf = await call('hr', '/exports/download', { format: 'pdf', department: '' });
		const hrHeatmap = (await pdfLines(new Uint8Array(await hrPdf.arrayBuffer()))).find(
			(p) => p[0] === 'Heatmap'
		)!;
		// Participation, five drivers and eNPS hidden; the last column is how others rate Legal.
		const legalLine = hrHeatmap
			.find((l) => l.startsWith('Legal'))!
			.split(' ')
			.slice(1);
		expect(legalLine.slice(0, 7), legalLine.join(' ')).toEqual(Array(7).fill('<5'));
	});

	it('every export is in the audit log', async () => {
		const page = await (await call('hr', '/org/audit?type=export')).text();
		expect(page.match(/Results exported/g)?.length).toBeGreaterThanOrEqual(6);
		expect(page).toContain('PDF trend report: Operations/Customer Support');
		expect(page).toContain('API, API key “Board pack script”');
	});
});

describe('the exports page', () => {
	it('works without JavaScript, on a phone too', async () => {
		const browser = await launchBrowser();
		try {
			const phone = await browser.newContext({
				baseURL: server.baseURL,
				viewport: PHONE,
				javaScriptEnabled: false,
				acceptDownloads: true
			});
			const page = await phone.newPage();
			await page.goto('/login');
			await page.getByLabel('Email').fill(ACCOUNTS.headA);
			await page.getByLabel('Password').fill(DEMO_PASSWORD);
			await page.getByRole('button', { name: 'Sign in' }).click();
			await page.waitForURL((url) => !url.pathname.startsWith('/login'));
			await page.goto('/exports');
			await screenshot(page, 'exports-phone');
			await page.getByRole('radio', { name: /Excel workbook/ }).check();
			const [download] = await Promise.all([
				page.waitForEvent('download'),
				page.getByRole('button', { name: 'Download' }).click()
			]);
			expect(download.suggestedFilename()).toMatch(/^rapport-sup-\d{4}-\d\d-\d\d-.*\.xlsx$/);

			const desktop = await newContext(browser, server.baseURL);
			await desktop.addCookies([
				{ name: 'rapport_session', value: cookies.hr.split('=')[1], url: server.baseURL }
			]);
			const hrPage = await desktop.newPage();
			await hrPage.goto(`/exports?department=${ids.FIN}`);
			expect(await hrPage.getByLabel('Departments').inputValue()).toBe(ids.FIN);
			await checkA11y(hrPage, 'exports page');
			await screenshot(hrPage, 'exports-desktop');
			// The team page offers the export of its department.
			await hrPage.goto(`/team/${ids.SUP}`);
			await screenshot(hrPage, 'team-export-link');
			await hrPage.getByRole('link', { name: 'Export (PDF, Excel, CSV)' }).click();
			await hrPage.waitForURL(/\/exports\?department=/);
			expect(await hrPage.getByLabel('Departments').inputValue()).toBe(ids.SUP);
			// The CSV for a European spreadsheet: semicolons, decimal commas, a BOM (ticked already).
			await hrPage.getByRole('radio', { name: /^CSV/ }).check();
			await hrPage.getByRole('radio', { name: /Semicolon, decimal comma/ }).check();
			expect(await hrPage.getByRole('checkbox', { name: /BOM/ }).isChecked()).toBe(true);
			const [csv] = await Promise.all([
				hrPage.waitForEvent('download'),
				hrPage.getByRole('button', { name: 'Download' }).click()
			]);
			const text = readFileSync((await csv.path())!, 'utf8');
			expect(text.startsWith('\ufeffround_id;round_opens;')).toBe(true);
			expect(text).toMatch(/;\d+,\d;/);
			// The data dictionary, linked from the form, on a desktop and a phone.
			await hrPage.getByRole('link', { name: 'What each column means' }).click();
			await hrPage.waitForURL(/\/exports\/dictionary$/);
			await checkA11y(hrPage, 'CSV data dictionary');
			await screenshot(hrPage, 'exports-dictionary-desktop');
			await page.goto('/exports/dictionary');
			await screenshot(page, 'exports-dictionary-phone');
			expect(await page.getByRole('heading', { name: 'CSV data dictionary' }).isVisible()).toBe(
				true
			);
		} finally {
			await browser.close();
		}
	}, 180_000);
});
