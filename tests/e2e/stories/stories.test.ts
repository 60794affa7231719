import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	checkA11y,
	DEMO,
	DESKTOP,
	launchBrowser,
	PHONE,
	screenshot,
	signIn,
	type Viewport
} from '../helpers/browser';
import { startServer, type TestServer } from '../helpers/server';

// A service story told by an employee appears in the company feed, on the receiving
// department's team page and in its counts; HR can hide it.

let server: TestServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
const STORY = 'Finance paid a supplier the same day so our van could leave with the part.';

async function page(viewport: Viewport = DESKTOP, javaScriptEnabled = true): Promise<Page> {
	const context = await browser.newContext({
		baseURL: server.baseURL,
		viewport,
		javaScriptEnabled,
		locale: 'en-GB'
	});
	contexts.push(context);
	return context.newPage();
}

/** Finance's team page as HR sees it: its stories panel's numbers. */
async function financeStories(hr: Page, financeId: string) {
	await hr.goto(`/team/${financeId}`);
	const panel = hr.locator('section', {
		has: hr.getByRole('heading', { name: /Service stories/ })
	});
	await panel.waitFor();
	// Sections below the fold are not laid out until scrolled to (content-visibility), and text
	// that is not laid out has no innerText: read the text itself.
	const text = ((await panel.textContent()) ?? '').replace(/\s+/g, ' ');
	const since = /(\d+)\s+more told since/.exec(text);
	return { panel, text, since: since ? Number(since[1]) : 0 };
}

beforeAll(async () => {
	server = await startServer({ seed: true });
	browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
	for (const context of contexts) await context.close();
	await browser?.close();
	await server?.stop();
});

describe('service stories', { timeout: 240_000 }, () => {
	it('an employee tells an anonymous story; it shows on Finance’s page and in its counts', async () => {
		const hr = await page();
		await signIn(hr, DEMO.hr);
		await hr.goto('/stories');
		const financeId = await hr
			.locator('#department option', { hasText: /^Finance$/ })
			.getAttribute('value');
		if (!financeId) throw new Error('no Finance in the list');
		const before = await financeStories(hr, financeId);

		const employee = await page(DESKTOP, false);
		await signIn(employee, DEMO.employee);
		await employee.goto('/stories/new');
		// Without anything filled in: a message at each field, nothing published.
		await employee.getByRole('button', { name: 'Publish the story' }).click();
		await employee.getByText('Some fields need another look').waitFor();
		await expect(employee.getByText('Please fill this in.').count()).resolves.toBe(3);
		await expect(employee.getByText('Choose one from the list.').count()).resolves.toBe(1);
		await checkA11y(employee, 'story form with errors');
		await screenshot(employee, 'stories-new-errors-1280');

		await employee.getByLabel('Which department helped you?').selectOption({ label: 'Finance' });
		await employee.getByLabel(/Who helped/).fill('Accounts payable');
		await employee.getByLabel('What happened').fill(STORY);
		await employee
			.getByLabel('What it meant for a customer')
			.fill('A hospital had its scanner back.');
		await employee.getByLabel('Anonymous').check();
		await employee.getByRole('button', { name: 'Publish the story' }).click();
		await employee.getByText('Thank you: your story is published.').waitFor();
		const card = employee.locator('article', { hasText: STORY });
		await expect(card.count()).resolves.toBe(1);
		expect(await card.innerText()).toContain('Anonymous');
		expect(await card.innerText()).not.toContain('Eva Employee');
		await checkA11y(employee, 'stories feed');
		await screenshot(employee, 'stories-feed-1280');

		const after = await financeStories(hr, financeId);
		expect(after.since).toBe(before.since + 1);
		expect(after.text).toContain(STORY);
		await checkA11y(hr, 'team page with stories');
		await screenshot(after.panel, 'stories-team-panel-1280');

		await hr.goto('/company');
		await hr.getByRole('heading', { name: 'Service stories this round' }).waitFor();
		await screenshot(hr, 'stories-company-1280');

		// HR hides it: gone from the feed and from the counts.
		await hr.goto(`/stories?department=${financeId}`);
		await hr
			.locator('article', { hasText: STORY })
			.getByRole('button', { name: 'Hide this story' })
			.click();
		await hr.getByText('Story hidden.').waitFor();
		await expect(hr.locator('article', { hasText: STORY }).count()).resolves.toBe(0);
		expect((await financeStories(hr, financeId)).since).toBe(before.since);
	});

	it('reads well on a phone', async () => {
		const employee = await page(PHONE);
		await signIn(employee, DEMO.employee);
		await employee.goto('/stories');
		await checkA11y(employee, 'stories feed on a phone');
		await screenshot(employee, 'stories-feed-375');
		await employee.goto('/stories/new');
		await screenshot(employee, 'stories-new-375');
		const hr = await page(PHONE);
		await signIn(hr, DEMO.hr);
		await hr.goto('/company');
		await screenshot(hr, 'stories-company-375');
	});
});
