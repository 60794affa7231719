import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	checkA11y,
	DEMO,
	DEMO_PASSWORD,
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

// Its own server: this file changes a demo account's password.
let server: TestServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
	server = await startServer({ seed: true });
	browser = await launchBrowser();
});

afterAll(async () => {
	for (const context of contexts) await context.close();
	await browser?.close();
	await server?.stop();
});

async function signedInPage(email: string, password = DEMO_PASSWORD, viewport: Viewport = DESKTOP) {
	const context = await newContext(browser, server.baseURL, viewport);
	contexts.push(context);
	const page = await context.newPage();
	await signIn(page, email, password);
	return page;
}

async function stillSignedIn(page: Page): Promise<boolean> {
	await page.goto('/account');
	return pathOf(page) === '/account';
}

describe('the account page', () => {
	it('is linked from the navigation for everyone and fits a phone', async () => {
		for (const email of [DEMO.hr, DEMO.head, DEMO.employee]) {
			const page = await signedInPage(email, DEMO_PASSWORD, PHONE);
			await page.getByRole('link', { name: 'Account', exact: true }).click();
			await page.waitForURL((url) => url.pathname === '/account');
			await page.getByRole('heading', { name: 'Your account', level: 1 }).waitFor();
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect(overflow).toBeLessThanOrEqual(0);
		}
	});

	it('signs out the other sessions, keeping this one', async () => {
		const elsewhere = await signedInPage(DEMO.head);
		const page = await signedInPage(DEMO.head);
		await page.goto('/account');
		await page.getByText(/You are also signed in on \d+ other browsers? or devices?\./).waitFor();
		await checkA11y(page, 'the account page');
		await screenshot(page, 'account-desktop');
		await page.setViewportSize(PHONE);
		await screenshot(page, 'account-phone');
		await page.setViewportSize(DESKTOP);

		await page.getByRole('button', { name: 'Sign out my other sessions' }).click();
		await page
			.getByText(/Signed out everywhere else\. \d+ other sessions? (was|were) ended\./)
			.waitFor();
		await page.getByText('You are not signed in anywhere else.').waitFor();
		expect(await stillSignedIn(page)).toBe(true);
		expect(await stillSignedIn(elsewhere)).toBe(false);
	});

	it('changes the password: field errors first, then the other sessions end', async () => {
		const elsewhere = await signedInPage(DEMO.employee);
		const page = await signedInPage(DEMO.employee);
		await page.goto('/account');
		const fill = async (current: string, next: string, confirm = next) => {
			await page.getByLabel('Current password', { exact: true }).fill(current);
			await page.getByLabel('New password', { exact: true }).fill(next);
			await page.getByLabel('The new password again').fill(confirm);
			await page.getByRole('button', { name: 'Change password' }).click();
		};
		await fill('not my password', 'a brand new passphrase');
		await page.getByText('That is not your current password.').waitFor();
		await fill(DEMO_PASSWORD, 'a brand new passphrase', 'something else');
		await page.getByText('The two new passwords are not the same.').waitFor();
		await checkA11y(page, 'the account page with errors');
		await screenshot(page, 'account-errors-desktop');

		await fill(DEMO_PASSWORD, 'a brand new passphrase');
		await page
			.getByText(/Your password is changed\. \d+ other sessions? (was|were) ended\./)
			.waitFor();
		expect(await stillSignedIn(page)).toBe(true);
		expect(await stillSignedIn(elsewhere)).toBe(false);

		const again = await signedInPage(DEMO.employee, 'a brand new passphrase');
		expect(await stillSignedIn(again)).toBe(true);
	});
});
