import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	checkA11y,
	DEMO,
	DESKTOP,
	launchBrowser,
	newContext,
	pathOf,
	PHONE,
	screenshot,
	signIn,
	type Viewport
} from '../helpers/browser';
import { startServer, type TestServer } from '../helpers/server';

// The dashboards on the demo: the head of Customer Support on their team, HR on the company view,
// an employee on the company results; hidden figures shown as such; Chart.js only where charts are.

let server: TestServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
const departments: Record<string, string> = {};
/** Chart.js marks the objects it watches with this property; no other code of ours does. */
const CHART_JS_MARK = '_chartjs';

beforeAll(async () => {
	server = await startServer({ seed: true });
	browser = await launchBrowser();
	const page = await freshPage();
	await signIn(page, DEMO.hr);
	const list = (await (await page.request.get('/api/v1/departments')).json()) as {
		id: string;
		name: string;
	}[];
	for (const d of list) departments[d.name] = d.id;
}, 180_000);

afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

async function freshPage(viewport: Viewport = DESKTOP, javaScriptEnabled = true): Promise<Page> {
	const context = javaScriptEnabled
		? await newContext(browser, server.baseURL, viewport)
		: await browser.newContext({ baseURL: server.baseURL, viewport, javaScriptEnabled });
	contexts.push(context);
	return context.newPage();
}

/** Scripts the page loads from now on, with whether each is (part of) Chart.js. */
function recordScripts(page: Page): Promise<{ url: string; chartJs: boolean }[]>[] {
	const scripts: Promise<{ url: string; chartJs: boolean }[]>[] = [];
	page.on('response', (response) => {
		if (response.request().resourceType() !== 'script') return;
		scripts.push(
			response
				.text()
				.then((body) => [{ url: response.url(), chartJs: body.includes(CHART_JS_MARK) }])
		);
	});
	return scripts;
}

/**
 * Waits until every chart on the page has been drawn (its fallback text is gone). Charts draw
 * when scrolled near, so each is brought into view in turn, as a reader scrolling down would.
 */
async function chartsDrawn(page: Page): Promise<void> {
	await page.locator('figure.chart canvas').first().waitFor();
	for (const chart of await page.locator('figure.chart').all())
		await chart.scrollIntoViewIfNeeded();
	await expect.poll(() => page.locator('figure.chart .fallback').count()).toBe(0);
}

async function noSidewaysScroll(page: Page): Promise<void> {
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow).toBeLessThanOrEqual(0);
}

describe('team health', () => {
	it('the head of Customer Support lands on their team and sees its health', async () => {
		const page = await freshPage();
		await signIn(page, DEMO.head);
		expect(pathOf(page)).toBe(`/team/${departments['Customer Support']}`);
		await page.getByRole('heading', { name: 'Customer Support', level: 1 }).waitFor();
		const drivers = page.getByRole('region', { name: 'Drivers', exact: true });
		await drivers.getByRole('rowheader', { name: 'Morale' }).waitFor();
		expect(await drivers.textContent()).toMatch(/\d+(\.\d)?%/);
		for (const heading of [
			'eNPS: would people recommend working here?',
			'Support your team gives',
			'Support your team receives',
			'What moves eNPS here',
			'Comments'
		]) {
			await page.getByRole('heading', { name: heading }).waitFor();
		}
		await chartsDrawn(page);
		await checkA11y(page, 'team health');
		await screenshot(page, 'dashboards-team-desktop');

		// Another department's page, and the company view, are not theirs.
		const other = await page.goto(`/team/${departments['Finance']}`);
		expect(other?.status()).toBe(403);
		await page.getByRole('heading', { name: 'Not allowed' }).waitFor();
		expect((await page.goto('/company'))?.status()).toBe(403);
		// An earlier round, picked with the round picker.
		await page.goto(`/team/${departments['Customer Support']}`);
		const rounds = page.getByLabel('Round', { exact: true });
		const earlier = await rounds.locator('option').nth(3).getAttribute('value');
		await rounds.selectOption(earlier!);
		await page.getByRole('button', { name: 'Show' }).click();
		await page.waitForURL((url) => url.searchParams.get('round') === earlier);
		await page.getByRole('heading', { name: 'Customer Support', level: 1 }).waitFor();
	});

	it('fits a phone, and HR sees Legal with its figures hidden', async () => {
		const page = await freshPage(PHONE);
		await signIn(page, DEMO.head);
		await chartsDrawn(page);
		await noSidewaysScroll(page);
		await screenshot(page, 'dashboards-team-phone');

		const hr = await freshPage();
		await signIn(hr, DEMO.hr);
		await hr.goto(`/team/${departments['Legal']}`);
		await hr.getByRole('heading', { name: 'Legal', level: 1 }).waitFor();
		// Legal has three people: every figure is withheld, and says so.
		const responses = hr.locator('.key-figures .card').first();
		expect(await responses.textContent()).toContain('fewer than 5 responses');
		expect(await hr.getByRole('region', { name: 'Drivers', exact: true }).textContent()).toContain(
			'fewer than 5 responses'
		);
		expect(await hr.getByRole('region', { name: 'Comments' }).textContent()).toContain(
			'fewer than 10 responses'
		);
		await checkA11y(hr, 'team health with hidden figures');
		await screenshot(hr, 'dashboards-team-legal-desktop');
	});

	it('says why each group of a department is hidden, and fits a phone', async () => {
		const page = await freshPage(PHONE);
		await signIn(page, DEMO.hr);
		await page.goto(`/team/${departments['Technology']}`);
		await page.getByRole('heading', { name: 'Technology', level: 1 }).waitFor();
		const across = page.getByRole('region', { name: 'Across Technology' });
		const hidden = across.locator('td [data-reason]');
		expect(await hidden.count()).toBeGreaterThan(0);
		// Each hidden cell's mark carries its reason in full as its title, and the legend says
		// what every mark that occurs means.
		const legend = await across.locator('.suppression-legend').textContent();
		for (const cell of await hidden.all()) {
			const title = (await cell.getAttribute('title')) ?? '';
			expect([
				'fewer than 5 responses',
				'hidden so that a smaller group cannot be worked out'
			]).toContain(title);
			expect(legend).toContain(title);
		}
		await chartsDrawn(page);
		await noSidewaysScroll(page);
		await checkA11y(page, 'team health with hidden groups on a phone');
		await screenshot(page, 'dashboards-team-technology-phone');
	});
});

describe('company view', () => {
	it('HR lands on it: heatmap, participation, trends, service matrix, driver impact', async () => {
		const page = await freshPage();
		const scripts = recordScripts(page);
		await signIn(page, DEMO.hr);
		expect(pathOf(page)).toBe('/company');
		for (const heading of [
			'Heatmap',
			'Participation by department',
			'Trends',
			'Internal service matrix',
			'What moves eNPS'
		]) {
			await page.getByRole('heading', { name: heading, level: 2 }).waitFor();
		}
		await chartsDrawn(page);
		// The heatmap is drawn by chartjs-chart-matrix; its table names each hidden cell.
		const heatmap = page.getByRole('region', { name: 'Heatmap' });
		await heatmap.getByRole('img', { name: /Heatmap of departments/ }).waitFor();
		await heatmap.getByText('Show the heatmap as a table').click();
		const legal = heatmap.getByRole('row', { name: /^Legal/ });
		expect(await legal.textContent()).toContain('fewer than 5 responses');
		expect(await legal.locator('[data-reason]').count()).toBeGreaterThan(0);
		for (const cell of await legal.locator('[data-reason]').all()) {
			expect(await cell.getAttribute('data-reason')).toBe('fewer_than_k');
		}
		// A group of five or more hidden beside a smaller one says so, not "fewer than 5".
		const protecting = heatmap.locator('td [data-reason="protects_smaller_group"]');
		expect(await protecting.count()).toBeGreaterThan(0);
		expect(await protecting.first().getAttribute('title')).toBe(
			'hidden so that a smaller group cannot be worked out'
		);
		expect(await heatmap.locator('.suppression-legend').textContent()).toContain(
			'hidden so that a smaller group cannot be worked out'
		);
		const company = heatmap.getByRole('row', { name: /^Whole company/ });
		expect(await company.textContent()).toMatch(/\d+(\.\d)?%/);
		// The matrix: a table of internal NPS, hidden cells marked.
		const matrix = page.getByRole('table', { name: /Internal NPS by consumer/ });
		const everyone = matrix.getByRole('row', { name: /^Everyone/ });
		expect(await everyone.textContent()).toMatch(/-?\d+(\.\d)?/);
		expect(await matrix.getByText('fewer than 5 responses').count()).toBeGreaterThan(0);
		await checkA11y(page, 'the company view');
		await screenshot(page, 'dashboards-company-desktop');
		const loaded = (await Promise.all(scripts)).flat();
		expect(loaded.some((s) => s.chartJs)).toBe(true);

		// Narrowed to a subtree with the picker.
		await page.getByLabel('Department', { exact: true }).selectOption({ label: 'Operations' });
		await page.getByRole('button', { name: 'Show' }).click();
		await page.waitForURL(
			(url) => url.searchParams.get('department') === departments['Operations']
		);
		await page.getByText('· Operations').first().waitFor();
		await page
			.getByRole('row', { name: /^Logistics/ })
			.first()
			.waitFor();
		expect(await page.getByRole('row', { name: /^Legal/ }).count()).toBe(0);
	});

	it('fits a phone, and its pickers work without JavaScript', async () => {
		const phone = await freshPage(PHONE);
		await signIn(phone, DEMO.hr);
		await chartsDrawn(phone);
		await noSidewaysScroll(phone);
		await screenshot(phone, 'dashboards-company-phone');

		const page = await freshPage(DESKTOP, false);
		await page.goto('/login');
		await page.getByLabel('Email').fill(DEMO.hr);
		await page.getByLabel('Password').fill('rapport-demo');
		await page.getByRole('button', { name: 'Sign in' }).click();
		await page.waitForURL((url) => url.pathname === '/company');
		const rounds = page.getByLabel('Round', { exact: true });
		const earlier = await rounds.locator('option').nth(1).getAttribute('value');
		await rounds.selectOption(earlier!);
		await page.getByRole('button', { name: 'Show' }).click();
		await page.waitForURL((url) => url.searchParams.get('round') === earlier);
		// Without JavaScript the figures are in the tables.
		await page.getByText('The figures are in the table below.').first().waitFor();
		await page.getByRole('table', { name: /Internal NPS by consumer/ }).waitFor();
		expect((await page.goto('/company?round=not-a-round'))?.status()).toBe(404);
		expect((await page.goto('/company?from=yesterday'))?.status()).toBe(400);
	});
});

describe('results for everyone', () => {
	it('an employee sees the company results; the survey page loads no Chart.js', async () => {
		const page = await freshPage();
		await signIn(page, DEMO.employee);
		expect(pathOf(page)).toBe('/');
		await page
			.getByRole('navigation', { name: 'Main' })
			.getByRole('link', { name: 'Results' })
			.click();
		await page.waitForURL((url) => url.pathname === '/results');
		await page.getByRole('heading', { name: 'Company results', level: 1 }).waitFor();
		expect(await page.getByRole('region', { name: 'Who answered' }).textContent()).toMatch(
			/\d+ of \d+ people answered/
		);
		await page.getByRole('heading', { name: 'How we feel about work' }).waitFor();
		await chartsDrawn(page);
		await checkA11y(page, 'company results');
		await screenshot(page, 'dashboards-results-desktop');
		expect((await page.goto('/company'))?.status()).toBe(403);
		expect((await page.goto('/team'))?.status()).toBe(403);
		expect((await page.goto(`/team/${departments['Customer Support']}`))?.status()).toBe(403);

		// The survey itself, loaded afresh: no script at all, so certainly no Chart.js.
		await page.goto('/');
		await page.getByRole('button', { name: /Answer now/ }).click();
		await page.waitForURL(/\/survey\/[0-9a-f-]{36}$/);
		const requests: { url: string; type: string }[] = [];
		page.on('request', (r) => requests.push({ url: r.url(), type: r.resourceType() }));
		await page.reload();
		await page.locator('fieldset.answerable').first().waitFor();
		expect(requests.length).toBeGreaterThan(0);
		expect(requests.filter((r) => r.type === 'script')).toEqual([]);
		expect(requests.filter((r) => /chart/i.test(r.url))).toEqual([]);
	});

	it('fits a phone', async () => {
		const page = await freshPage(PHONE);
		await signIn(page, DEMO.employee);
		await page.goto('/results');
		await chartsDrawn(page);
		await noSidewaysScroll(page);
		await checkA11y(page, 'company results on a phone');
		await screenshot(page, 'dashboards-results-phone');
	});
});
