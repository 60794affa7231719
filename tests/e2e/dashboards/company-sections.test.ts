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
	type Viewport
} from '../helpers/browser';
import { startServer, type TestServer } from '../helpers/server';

// Finding one's way around the company view: a menu of its sections, the internal service matrix
// readable on a desktop (headings held in place) and on a phone (a list per provider), and charts
// drawn only when scrolled near.

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

async function hrPage(viewport: Viewport, javaScriptEnabled = true): Promise<Page> {
	const context = javaScriptEnabled
		? await newContext(browser, server.baseURL, viewport)
		: await browser.newContext({ baseURL: server.baseURL, viewport, javaScriptEnabled });
	contexts.push(context);
	const page = await context.newPage();
	if (javaScriptEnabled) {
		await signIn(page, DEMO.hr);
	} else {
		await page.goto('/login');
		await page.getByLabel('Email').fill(DEMO.hr);
		await page.getByLabel('Password').fill('rapport-demo');
		await page.getByRole('button', { name: 'Sign in' }).click();
		await page.waitForURL((url) => url.pathname === '/company');
	}
	await page.getByRole('heading', { name: 'Company view', level: 1 }).waitFor();
	return page;
}

describe('the company view’s sections', () => {
	it('has a menu whose links lead to each section, with and without JavaScript', async () => {
		for (const javaScript of [true, false]) {
			const page = await hrPage(DESKTOP, javaScript);
			const menu = page.getByRole('navigation', { name: 'Sections of the company view' });
			const links = menu.getByRole('link');
			expect(await links.allTextContents()).toEqual([
				'Summary',
				'Heatmap',
				'Actions',
				'Participation',
				'Trends',
				'Service matrix',
				'Stories',
				'What moves eNPS'
			]);
			for (const link of await links.all()) {
				const target = (await link.getAttribute('href'))!;
				expect(await page.locator(target).count(), target).toBe(1);
			}
			await menu.getByRole('link', { name: 'Service matrix' }).click();
			await page.waitForURL((url) => url.hash === '#matrix');
			const heading = page.getByRole('heading', { name: 'Internal service matrix', level: 2 });
			const box = await heading.boundingBox();
			expect(box!.y).toBeGreaterThanOrEqual(0);
			expect(box!.y).toBeLessThan(DESKTOP.height / 2);
			if (javaScript) {
				// On a wide screen the menu stays in view while scrolling.
				expect((await menu.boundingBox())!.y).toBeLessThanOrEqual(1);
				await checkA11y(page, 'the company view at its matrix');
				await screenshot(page, 'company-sections-matrix-desktop');
			}
		}
	});

	it('keeps the matrix’s row names and headings in place when it scrolls, or shows every column', async () => {
		const page = await hrPage(DESKTOP);
		await page.goto('/company?consumers=departments#matrix');
		const grid = page.getByRole('region', { name: /Internal NPS by consumer/ });
		await grid.waitFor();
		const [scrollWidth, clientWidth] = await grid.evaluate((el) => [
			el.scrollWidth,
			el.clientWidth
		]);
		const cue = page.getByTestId('scroll-cue');
		if (scrollWidth <= clientWidth + 1) {
			expect(await cue.count()).toBe(0);
			return;
		}
		await cue.waitFor();
		expect(await cue.textContent()).toMatch(/Scroll sideways .* for all \d+ columns/);
		const rowName = grid.getByRole('rowheader').first();
		const before = (await rowName.boundingBox())!.x;
		await grid.evaluate((el) => el.scrollBy({ left: 400 }));
		await expect.poll(async () => (await rowName.boundingBox())!.x).toBeCloseTo(before, 0);
		await screenshot(page, 'company-matrix-scrolled-desktop');
	});

	it('on a phone lists each provider’s ratings instead of the grid, hidden ones saying why', async () => {
		const page = await hrPage(PHONE);
		const list = page.getByTestId('matrix-provider-list');
		await list.scrollIntoViewIfNeeded();
		expect(await list.isVisible()).toBe(true);
		expect(await page.getByRole('table', { name: /Internal NPS by consumer/ }).isVisible()).toBe(
			false
		);
		const providers = list.locator(':scope > li');
		expect(await providers.count()).toBeGreaterThan(3);
		const text = (await list.textContent()) ?? '';
		expect(text).toContain('Internal NPS from everyone:');
		expect(text).toMatch(
			/fewer than 5 responses|hidden so that a smaller group cannot be worked out/
		);
		expect(text).toMatch(/Not asked about it: \d+ divisions/);
		expect(
			await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			)
		).toBeLessThanOrEqual(0);
		await checkA11y(page, 'the company view on a phone');
		await screenshot(page, 'company-matrix-list-phone');
		await page.evaluate(() => window.scrollTo(0, 0));
		await screenshot(page, 'company-top-phone');
	});

	it('draws a chart far down the page only once it is scrolled near', async () => {
		const page = await hrPage(PHONE);
		const impact = page.locator('#impact figure.chart');
		await page.waitForLoadState('networkidle');
		expect(await impact.locator('.fallback').count()).toBe(1);
		await impact.scrollIntoViewIfNeeded();
		await expect.poll(() => impact.locator('.fallback').count()).toBe(0);
	});

	it('hydrates a section only once it comes near the screen or is touched', async () => {
		const page = await hrPage(PHONE);
		await page.goto('/company'); // made by the server, not by the browser after signing in
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		const parts = page.locator('.later-hydration');
		const live = page.locator('.later-hydration[data-live]');
		const total = await parts.count();
		// Below a phone's first screen and beyond reach: they wait for the reader.
		expect(total).toBeGreaterThan(2);
		expect(await live.count()).toBeLessThan(total - 1);
		const last = parts.last();
		expect(await last.getAttribute('data-live')).toBeNull();
		await last.scrollIntoViewIfNeeded();
		await expect.poll(() => last.getAttribute('data-live')).toBe('');
		// A tap on a part still waiting (not scrolled to) hydrates it.
		const index = await parts.evaluateAll((all) =>
			all.findIndex((p) => !p.hasAttribute('data-live'))
		);
		const waiting = parts.nth(index);
		await waiting.evaluate((part) =>
			part.querySelector('h2')!.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }))
		);
		await expect.poll(() => waiting.getAttribute('data-live')).toBe('');
	});

	it('asks the browser to compile its scripts while they download, all but the words', async () => {
		const page = await hrPage(PHONE);
		await page.goto('/company');
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		const scripts = await page.evaluate(() =>
			performance
				.getEntriesByType('resource')
				.map((entry) => new URL(entry.name).pathname)
				.filter((path) => path.startsWith('/_app/immutable/') && path.endsWith('.js'))
		);
		expect(scripts.length).toBeGreaterThan(5);
		const words: string[] = [];
		for (const path of scripts) {
			const code = await (await page.request.get(path)).text();
			if (code.includes('Skip to content')) words.push(path);
			else expect(code.startsWith('//# allFunctionsCalledOnLoad\n'), path).toBe(true);
		}
		// The words are compiled a function at a time, as used: a page calls few of them.
		expect(words).toHaveLength(1);
		expect((await (await page.request.get(words[0])).text()).startsWith('//#')).toBe(false);
	});

	it('takes over the sections hydrated in tasks of their own, which follow a change of round', async () => {
		const context = await newContext(browser, server.baseURL, DESKTOP);
		contexts.push(context);
		const page = await context.newPage();
		const warnings: string[] = [];
		page.on('console', (message) => {
			if (message.type() === 'warning' || message.type() === 'error') warnings.push(message.text());
		});
		await signIn(page, DEMO.hr);
		await page.getByRole('heading', { name: 'Company view', level: 1 }).waitFor();
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		// The server's elements were kept: no placeholder stands in the page, no mismatch was found.
		const placeholders = () =>
			page.evaluate(() => document.body.innerHTML.split('kept-from-server').length - 1);
		expect(await placeholders()).toBe(0);
		expect(warnings).toEqual([]);

		const heatmapRow = page.locator('#heatmap tbody tr').first();
		const trendRow = page.locator('#trends tbody tr').first();
		const roundOption = page.locator('#filter-round option:checked');
		const before = {
			heatmap: await heatmapRow.textContent(),
			trend: await trendRow.textContent(),
			round: await roundOption.textContent()
		};
		const earlier = await page.locator('#filter-round option').nth(1).getAttribute('value');
		await page.locator('#filter-round').selectOption(earlier!);
		await page.getByRole('button', { name: 'Show' }).first().click();
		await page.waitForURL((url) => url.searchParams.get('round') === earlier);
		// The page was not loaded again: the sections hydrated later follow the new data.
		await expect.poll(() => heatmapRow.textContent()).not.toBe(before.heatmap);
		await expect.poll(() => trendRow.textContent()).not.toBe(before.trend);
		expect(await roundOption.textContent()).not.toBe(before.round);
		expect(await placeholders()).toBe(0);
		const chart = page.locator('#participation figure.chart');
		await chart.scrollIntoViewIfNeeded();
		await expect.poll(() => chart.locator('.fallback').count()).toBe(0);
		expect(warnings).toEqual([]);
	});

	it('makes the kept markup after all when Svelte cannot take the page over', async () => {
		const context = await newContext(browser, server.baseURL, DESKTOP);
		contexts.push(context);
		const page = await context.newPage();
		await signIn(page, DEMO.hr);
		// As a browser extension might: the page arrives changed, so hydration fails and Svelte
		// makes the page anew in the browser, where the placeholders of kept markup are written.
		await page.route(
			(url) => url.pathname === '/company',
			async (route) => {
				const response = await route.fetch();
				const html = (await response.text()).replace(
					/(<body[^>]*>[^]*?)<!--\[-->/,
					'$1<!--changed-->'
				);
				const headers = { ...response.headers() };
				delete headers['content-encoding'];
				delete headers['content-length'];
				await route.fulfill({ status: response.status(), headers, body: html });
			}
		);
		const warnings: string[] = [];
		page.on('console', (message) => {
			if (message.type() === 'warning') warnings.push(message.text());
		});
		await page.goto('/company');
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		await expect.poll(() => warnings.some((w) => w.includes('hydration_mismatch'))).toBe(true);
		await expect
			.poll(() => page.evaluate(() => document.body.innerHTML.split('kept-from-server').length - 1))
			.toBe(0);
		expect(await page.locator('#heatmap tbody tr').count()).toBeGreaterThan(3);
		expect(await page.locator('#trends tbody tr').count()).toBeGreaterThan(3);
		expect(await page.locator('#filter-round option').count()).toBeGreaterThan(1);
		expect(await page.locator('[data-testid=matrix-provider-list] > li').count()).toBeGreaterThan(
			3
		);
	});
});
