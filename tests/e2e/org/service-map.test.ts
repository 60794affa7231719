import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	checkA11y,
	DEMO,
	DESKTOP,
	launchBrowser,
	PHONE,
	screenshot,
	signIn
} from '../helpers/browser';
import { startServer, type TestServer } from '../helpers/server';

// HR chooses which departments a department rates in the internal-service question.

let server: TestServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
	server = await startServer({ seed: true });
	browser = await launchBrowser();
});

afterAll(async () => {
	for (const context of contexts) await context.close().catch(() => {});
	await browser?.close();
	await server?.stop();
});

async function hrPage(
	viewport = DESKTOP,
	options: { javaScriptEnabled?: boolean } = {}
): Promise<Page> {
	const context = await browser.newContext({
		baseURL: server.baseURL,
		viewport,
		locale: 'en-GB',
		...options
	});
	contexts.push(context);
	const page = await context.newPage();
	await page.goto('/login');
	await signIn(page, DEMO.hr);
	return page;
}

async function openDepartment(page: Page, name: string) {
	await page.goto('/org/departments');
	await page.getByRole('link', { name, exact: true }).first().click();
	await page.getByRole('heading', { level: 1, name: new RegExp(name) }).waitFor();
}

describe('the service map', () => {
	it('shows whom a department rates, and HR changes it', async () => {
		const page = await hrPage();
		await openDepartment(page, 'Legal');
		const card = page.getByRole('region', { name: 'Internal service' });
		// The demo's Legal depends on Finance and People & Culture.
		await expect(card.getByRole('listitem').allInnerTexts()).resolves.toEqual([
			'Corporate Services › Finance',
			'Corporate Services › People & Culture'
		]);
		await card.getByRole('link', { name: 'Choose which departments it rates' }).click();
		await page.getByRole('heading', { level: 1, name: 'Which departments Legal rates' }).waitFor();
		await checkA11y(page, 'the service map of a department');
		await screenshot(page, 'service-map-desktop');

		await page.getByLabel('Commercial › Sales').check();
		await page.getByRole('button', { name: 'Save' }).click();
		await page.getByText('Saved. The next round asks about these departments.').waitFor();
		await openDepartment(page, 'Legal');
		await expect(card.getByRole('listitem').allInnerTexts()).resolves.toContain(
			'Commercial › Sales'
		);
	}, 180_000);

	it('works without JavaScript, says what is wrong, and lets a department rate anyone', async () => {
		const page = await hrPage(PHONE, { javaScriptEnabled: false });
		await openDepartment(page, 'Marketing');
		await page.getByRole('link', { name: 'Choose which departments it rates' }).click();
		// The demo's Marketing depends on Data & Analytics, Sales and Engineering.
		for (const name of [
			'Technology › Data & Analytics',
			'Commercial › Sales',
			'Technology › Engineering'
		]) {
			await page.getByLabel(name, { exact: true }).uncheck();
		}
		await page.getByRole('button', { name: 'Save' }).click();
		await page
			.getByRole('alert')
			.filter({ hasText: 'Choose at least one department, or let it rate any department.' })
			.waitFor();
		await screenshot(page, 'service-map-error-phone');

		await page.getByLabel('Any department (people choose whom to rate)').check();
		await page.getByRole('button', { name: 'Save' }).click();
		await page.getByText('Saved.', { exact: false }).waitFor();
		await openDepartment(page, 'Marketing');
		await page.getByText('Its people may rate any department').waitFor();
	}, 180_000);
});
