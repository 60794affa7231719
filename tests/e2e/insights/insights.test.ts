import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	checkA11y,
	DEMO,
	DESKTOP,
	launchBrowser,
	newContext,
	PHONE,
	screenshot,
	signIn,
	pressConfirmed
} from '../helpers/browser';
import { startServer, type TestServer } from '../helpers/server';

// External satisfaction and the service chain, on the seeded demo (two years of rounds and of
// monthly CSAT and NPS): HR creates API keys and uploads a CSV in the browser, integrations send
// figures and read the insights over HTTP, and HR and a head look at the insights page.

let server: TestServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
const keys: Record<'writer' | 'reader' | 'revoked', string> = {
	writer: '',
	reader: '',
	revoked: ''
};

beforeAll(async () => {
	server = await startServer({ seed: true });
	browser = await launchBrowser();
});

afterAll(async () => {
	for (const context of contexts) await context.close().catch(() => {});
	await browser?.close();
	await server?.stop();
});

async function pageAs(email: string, viewport = DESKTOP): Promise<Page> {
	const context = await newContext(browser, server.baseURL, viewport);
	contexts.push(context);
	const page = await context.newPage();
	await signIn(page, email);
	return page;
}

async function api(path: string, init: { key?: string; body?: unknown; method?: string } = {}) {
	const headers: Record<string, string> = {};
	if (init.key !== undefined) headers.authorization = `Bearer ${init.key}`;
	if (init.body !== undefined) headers['content-type'] = 'application/json';
	const response = await fetch(`${server.baseURL}${path}`, {
		method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
		headers,
		body: init.body === undefined ? undefined : JSON.stringify(init.body)
	});
	expect(response.headers.get('content-type')).toMatch(/^application\/json/);
	// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON read field by field below
	return { status: response.status, body: (await response.json()) as Record<string, any> };
}

async function createKey(page: Page, name: string, scopes: string[]): Promise<string> {
	await page.getByLabel('Name').fill(name);
	for (const scope of scopes) await page.getByRole('checkbox', { name: new RegExp(scope) }).check();
	await page.getByRole('button', { name: 'Create key' }).click();
	await page.getByRole('heading', { name: `Key “${name}” created` }).waitFor();
	return page.getByLabel('The key').inputValue();
}

describe('API keys and the API', () => {
	it('HR creates keys, each shown once, and revokes one', async () => {
		const page = await pageAs(DEMO.hr);
		await page.goto('/insights/api-keys');
		await checkA11y(page, 'the API keys page');
		keys.writer = await createKey(page, 'Zendesk sync', ['external_metrics:write']);
		keys.reader = await createKey(page, 'BI dashboard', ['insights:read']);
		keys.revoked = await createKey(page, 'Old script', ['external_metrics:write']);
		expect(new Set(Object.values(keys)).size).toBe(3);
		await pressConfirmed(page, 'Revoke Old script', /^Yes, revoke Old script/);
		await page.getByText('The key was revoked').waitFor();
		await page.reload();
		expect(await page.content()).not.toContain(keys.writer);
		await screenshot(page, 'insights-api-keys-desktop');
	});

	it('sends a batch once, and again without changing anything', async () => {
		const items = [
			{
				department: 'SUP',
				metric: 'ces',
				month: '2026-01',
				value: 5.1,
				scale: '1-7',
				sample_size: 90,
				source: 'Zendesk'
			},
			{
				department: 'Commercial/Sales',
				metric: 'ces',
				month: '2026-01',
				value: 4.4,
				scale: '1-7',
				source: 'Zendesk'
			}
		];
		const first = await api('/api/v1/external-metrics', { key: keys.writer, body: { items } });
		expect(first).toEqual({ status: 200, body: { inserted: 2, updated: 0, unchanged: 0 } });
		const again = await api('/api/v1/external-metrics', { key: keys.writer, body: { items } });
		expect(again).toEqual({ status: 200, body: { inserted: 0, updated: 0, unchanged: 2 } });
	});

	it('refuses malformed items and unknown departments, naming each, storing nothing', async () => {
		const response = await api('/api/v1/external-metrics', {
			key: keys.writer,
			body: {
				items: [
					{
						department: 'SUP',
						metric: 'ces',
						month: '2026-02',
						value: 5,
						scale: '1-7',
						source: 'Zendesk'
					},
					{
						department: 'Atlantis',
						metric: 'csat',
						month: '2026-02',
						value: 80,
						source: 'Zendesk'
					},
					{ department: 'SUP', metric: 'csat', month: 'February', value: 180, source: 'Zendesk' }
				]
			}
		});
		expect(response.status).toBe(422);
		expect(response.body.error.code).toBe('invalid_input');
		expect(response.body.error.message).toBe('2 of 3 items have problems; nothing was stored.');
		expect(response.body.error.items).toEqual([
			{ index: 1, field: 'department', message: expect.stringContaining('Atlantis') },
			{ index: 2, field: 'month', message: expect.any(String) },
			{ index: 2, field: 'value', message: expect.any(String) }
		]);
		const bad = await api('/api/v1/external-metrics', { key: keys.writer, body: 'not a batch' });
		expect(bad.status).toBe(422);
	});

	it('refuses revoked and unknown keys (401), and keys without the scope (403)', async () => {
		const body = { items: [] };
		const revoked = await api('/api/v1/external-metrics', { key: keys.revoked, body });
		expect(revoked.status).toBe(401);
		expect(revoked.body.error.code).toBe('invalid_api_key');
		const unknown = await api('/api/v1/insights/service-chain', { key: 'rpk_nothing' });
		expect(unknown.status).toBe(401);
		const noScope = await api('/api/v1/external-metrics', { key: keys.reader, body });
		expect(noScope.status).toBe(403);
		expect(noScope.body.error.code).toBe('insufficient_scope');
		const writerReads = await api('/api/v1/insights/service-chain', { key: keys.writer });
		expect(writerReads.status).toBe(403);
		const anonymous = await api('/api/v1/insights/service-chain');
		expect(anonymous.status).toBe(401);
		const onPeopleEndpoint = await api('/api/v1/me', { key: keys.reader });
		expect(onPeopleEndpoint.status).toBe(403);
	});

	it('reads the service chain with a key', async () => {
		const { status, body } = await api(
			'/api/v1/insights/service-chain?metric=csat&internal=support&lag=2',
			{
				key: keys.reader
			}
		);
		expect(status).toBe(200);
		expect(body.n).toBe(5);
		expect(body.units).toHaveLength(5);
		expect(body.r).toBeGreaterThan(0);
		expect(body.ci95[0]).toBeLessThanOrEqual(body.r);
		expect(body.lagged.forward.n).toBeGreaterThan(50);
		expect(body.lagged.reverse.r).toEqual(expect.any(Number));
		const bad = await api('/api/v1/insights/service-chain?metric=happiness&lag=7', {
			key: keys.reader
		});
		expect(bad.status).toBe(400);
		expect(bad.body.error.message).toMatch(
			/metric must be one of csat, nps, ces.*lag must be one of/
		);
	});
});

describe('the insights page', () => {
	it('HR uploads a CSV, applies it, and sees the scatter and the lag view', async () => {
		const page = await pageAs(DEMO.hr);
		await page.goto('/insights/data');
		await checkA11y(page, 'the external figures page');
		const csv =
			'department,metric,month,value,sample_size,source\nSUP,nps,2026-03,31,380,Survey A\nACM,nps,2026-03,nowhere,40,Survey A\n';
		await page.setInputFiles('#file', {
			name: 'march.csv',
			mimeType: 'text/csv',
			buffer: Buffer.from(csv)
		});
		await page.getByRole('button', { name: 'Upload and preview' }).click();
		await page.getByRole('heading', { level: 1, name: 'march.csv' }).waitFor();
		await page.getByText('1 problem: nothing can be stored').waitFor();
		expect(await page.getByRole('button', { name: 'Apply' }).count()).toBe(0);

		await page.goto('/insights/data');
		const fixed = csv.replace('nowhere', '44');
		await page.setInputFiles('#file', {
			name: 'march-fixed.csv',
			mimeType: 'text/csv',
			buffer: Buffer.from(fixed)
		});
		await page.getByRole('button', { name: 'Upload and preview' }).click();
		await page.getByRole('heading', { level: 2, name: 'Ready to store' }).waitFor();
		await checkA11y(page, 'an upload preview');
		await screenshot(page, 'insights-upload-preview-desktop');
		await page.getByRole('button', { name: 'Apply' }).click();
		await page.getByText('Stored: 2 added, 0 replaced, 0 unchanged.').waitFor();

		await page.getByRole('link', { name: 'See the insights' }).click();
		await page
			.getByRole('heading', { level: 1, name: 'Internal service and customer satisfaction' })
			.waitFor();
		await page.getByText('Correlation is not causation.').waitFor();
		await page.locator('[aria-label^="Scatter of departments"] canvas').waitFor();
		await page.getByRole('heading', { name: 'Which comes first?' }).waitFor();
		await page.locator('[aria-label="Lagged correlation both ways"] canvas').waitFor();
		// Charts draw when scrolled near.
		for (const chart of await page.locator('figure.chart').all())
			await chart.scrollIntoViewIfNeeded();
		await page.waitForFunction(() => document.querySelectorAll('.canvas .fallback').length === 0);
		expect(await page.getByRole('row', { name: /2 months/ }).count()).toBeGreaterThanOrEqual(1);
		await checkA11y(page, 'the insights page');
		await screenshot(page, 'insights-desktop');
	});

	it('a head sees their own department, on a phone; with no data, "not enough departments"', async () => {
		const page = await pageAs(DEMO.head, PHONE);
		// On a phone the navigation sits behind the Menu disclosure.
		await page.locator('summary', { hasText: 'Menu' }).click();
		await page
			.getByRole('navigation', { name: 'Main' })
			.getByRole('link', { name: 'Insights' })
			.click();
		await page.getByText(/4 other departments are in the figures/).waitFor();
		const rows = page.locator('[aria-label^="Scatter of departments"] ~ details tbody tr');
		expect(await rows.allTextContents()).toEqual([
			expect.stringContaining('Customer Support (yours)')
		]);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			375
		);
		await checkA11y(page, 'the insights page of a head, on a phone');
		await screenshot(page, 'insights-head-phone');
		await page.goto('/insights?metric=ces');
		await page.getByText('Not enough departments.').waitFor();
	});
});
