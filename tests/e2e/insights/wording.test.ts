import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	checkA11y,
	DEMO,
	DESKTOP,
	launchBrowser,
	newContext,
	PHONE,
	screenshot,
	signIn
} from '../helpers/browser';
import { startServer, type TestServer } from '../helpers/server';

// The insights page in plain words: the service-profit chain named and explained, each
// correlation worded by its interval, and the months and weight each department rests on.

let server: TestServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
	server = await startServer({ seed: true });
	browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
	for (const context of contexts) await context.close().catch(() => {});
	await browser?.close();
	await server?.stop();
});

const parse = (s: string) => Number(s.replace('\u2212', '-'));

describe('the insights page’s words', () => {
	it('names the chain, words a wide interval as not enough evidence, and shows each unit’s months', async () => {
		for (const viewport of [DESKTOP, PHONE]) {
			const context = await newContext(browser, server.baseURL, viewport);
			contexts.push(context);
			const page = await context.newPage();
			await signIn(page, DEMO.hr);
			await page.goto('/insights');
			const idea = page.getByRole('region', { name: 'The service-profit chain' });
			expect(await idea.textContent()).toContain('The service-profit chain is the idea');

			// The demo's headline rests on five departments: its interval is wide.
			const interval = (await page.locator('.figures dt:text("95% interval") + dd').textContent())!;
			const [low, high] = interval
				.replace(/[[\]\s]/g, '')
				.split(',')
				.map(parse);
			const words = (await page.getByTestId('chain-evidence').textContent())!.trim();
			if (low <= 0 || high - low > 0.5) expect(words).toBe('not enough evidence yet');
			else expect(words).not.toBe('not enough evidence yet');
			expect(high - low).toBeGreaterThan(0.5);

			const units = page.getByTestId('chain-units');
			const rows = await units.locator('tbody tr').all();
			expect(rows.length).toBe(5);
			for (const row of rows) {
				const cells = await row.locator('td').allTextContents();
				expect(Number(cells[0])).toBeGreaterThan(0);
				expect(Number(cells[1])).toBeGreaterThanOrEqual(5 * Number(cells[0]));
			}
			await checkA11y(page, `the insights page at ${viewport.width} px`);
			await screenshot(page, `insights-wording-${viewport.width}`);
		}
	});
});
