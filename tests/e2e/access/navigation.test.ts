import type { Browser, Page } from 'playwright-core';
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

// The app's navigation: one row on a 1280 px screen, a Menu disclosure on a 375 px phone (with
// and without JavaScript), and error pages that keep it, with the right status.

let server: TestServer;
let browser: Browser;

const HR_LINKS = [
	'Company',
	'Insights',
	'Stories',
	'Exports',
	'Pulses',
	'Questions',
	'Outbox',
	'People',
	'Departments',
	'Import',
	'Audit log',
	'Sign-in'
];
const LINKS: Record<keyof typeof DEMO, string[]> = {
	hr: HR_LINKS,
	head: ['My team', 'Results', 'Insights', 'Stories', 'Exports'],
	employee: ['Home', 'Results', 'Stories']
};

beforeAll(async () => {
	server = await startServer({ seed: true });
	browser = await launchBrowser();
}, 240_000);

afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

async function pageAs(who: keyof typeof DEMO, viewport: Viewport, javaScript = true) {
	const context = javaScript
		? await newContext(browser, server.baseURL, viewport)
		: await browser.newContext({
				baseURL: server.baseURL,
				viewport,
				locale: 'en-GB',
				javaScriptEnabled: false
			});
	const page = await context.newPage();
	await signIn(page, DEMO[who]);
	return page;
}

const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Main' });
const headerHeight = (page: Page) =>
	page.locator('header.topbar').evaluate((el) => el.getBoundingClientRect().height);

describe('the navigation', () => {
	for (const who of ['hr', 'head', 'employee'] as const) {
		it(`shows ${who} every link at 1280 px`, async () => {
			const page = await pageAs(who, DESKTOP);
			const links = await mainNav(page).getByRole('link').allInnerTexts();
			expect(links.map((l) => l.trim())).toEqual(LINKS[who]);
			expect(await page.getByText('Menu', { exact: true }).isVisible()).toBe(false);
			await page.context().close();
		});

		it(`is a menu of one row on a 375 px phone for ${who}`, async () => {
			const page = await pageAs(who, PHONE);
			expect(await mainNav(page).count()).toBe(0);
			expect(await headerHeight(page)).toBeLessThan(70);
			await page.getByText('Menu', { exact: true }).click();
			const links = await mainNav(page).getByRole('link').allInnerTexts();
			expect(links.map((l) => l.trim())).toEqual(LINKS[who]);
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect(overflow).toBeLessThanOrEqual(0);
			await checkA11y(page, `the open menu of ${who} on a phone`);
			await screenshot(page, `menu-${who}-phone`);
			await page.context().close();
		});
	}

	it('opens and leads somewhere without JavaScript', async () => {
		const page = await pageAs('hr', PHONE, false);
		await page.getByText('Menu', { exact: true }).click();
		await mainNav(page).getByRole('link', { name: 'Audit log' }).click();
		await page.waitForURL((url) => url.pathname === '/org/audit');
		await page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
		expect(await mainNav(page).count()).toBe(0);
		await page.context().close();
	});
});

describe('error pages', () => {
	it('403 inside the app keeps the navigation, with its status', async () => {
		const page = await pageAs('employee', DESKTOP);
		const forbidden = await page.goto('/company');
		expect(forbidden?.status()).toBe(403);
		await page.getByRole('heading', { level: 1, name: 'Not allowed' }).waitFor();
		expect(await mainNav(page).getByRole('link', { name: 'Results' }).isVisible()).toBe(true);
		await checkA11y(page, 'the 403 page');
		await screenshot(page, 'error-403-desktop');

		await page.context().close();
	});

	it('404 inside the app keeps the navigation too, on a phone in its menu', async () => {
		const page = await pageAs('hr', DESKTOP);
		const missing = await page.goto('/team/00000000-0000-4000-8000-000000000000');
		expect(missing?.status()).toBe(404);
		await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
		expect(await mainNav(page).getByRole('link', { name: 'Company' }).isVisible()).toBe(true);

		await page.setViewportSize(PHONE);
		await page.getByText('Menu', { exact: true }).click();
		await mainNav(page).getByRole('link', { name: 'People' }).waitFor();
		await checkA11y(page, 'the 404 page on a phone');
		await screenshot(page, 'error-404-phone');
		await page.context().close();
	});

	it('an unknown address, survey link or survey answers 404 in the public frame', async () => {
		const context = await newContext(browser, server.baseURL, PHONE);
		const page = await context.newPage();
		for (const path of [
			'/no-such-page',
			'/s/not-a-real-invitation-token',
			'/survey/00000000-0000-4000-8000-000000000000'
		]) {
			const response = await page.goto(path);
			expect(response?.status(), path).toBe(404);
			await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
			await page.getByRole('link', { name: 'Back to the start page' }).waitFor();
		}
		// An id that is not even a UUID is refused before any page runs: a plain 404 still.
		expect((await page.goto('/survey/not-a-round'))?.status()).toBe(404);
		await page.goto('/s/not-a-real-invitation-token');
		await page.getByText(/This link does not open a survey/).waitFor();
		await checkA11y(page, 'the 404 of a survey link');
		await screenshot(page, 'error-404-survey-link-phone');
		await context.close();
	});
});
