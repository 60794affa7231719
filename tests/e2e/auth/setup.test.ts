import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkA11y, launchBrowser, newContext, pathOf, screenshot } from '../helpers/browser';
import { startServer, type TestServer } from '../helpers/server';

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
	server = await startServer({ seed: false });
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

async function freshPage(): Promise<Page> {
	const context = await newContext(browser, server.baseURL);
	return context.newPage();
}

async function fillSetup(page: Page, password: string) {
	await page.getByLabel('Organisation name').fill('Acme Testing Ltd');
	await page.getByLabel('Your name').fill('Harriet Resources');
	await page.getByLabel('Your work email').fill('harriet@acme.test');
	await page.getByLabel('Password').fill(password);
	await page.getByRole('button', { name: 'Create the HR account' }).click();
}

describe('first start: setting up the HR account', () => {
	it('walks a new installation through /setup to the HR home page', async () => {
		const page = await freshPage();
		await page.goto('/');
		expect(pathOf(page)).toBe('/setup');
		await page.getByRole('heading', { name: 'Set up Rapport', level: 1 }).waitFor();
		await checkA11y(page, 'the setup page');
		await screenshot(page, 'setup-desktop');

		// A password from the common-passwords list is refused next to its field.
		await fillSetup(page, 'password123');
		const fieldError = page.locator('#field-password-error');
		await fieldError.waitFor();
		expect(await fieldError.textContent()).toMatch(/most common/);
		expect(await page.getByLabel('Password').getAttribute('aria-invalid')).toBe('true');
		expect(pathOf(page)).toBe('/setup');
		// What was typed elsewhere is kept.
		expect(await page.getByLabel('Organisation name').inputValue()).toBe('Acme Testing Ltd');
		expect(await page.getByLabel('Your work email').inputValue()).toBe('harriet@acme.test');
		await checkA11y(page, 'the setup page with a field error');
		await screenshot(page, 'setup-error-desktop');

		await fillSetup(page, 'amber kettle orbit 42');
		await page.waitForURL((url) => url.pathname === '/');
		await page.getByRole('heading', { name: 'Hello, Harriet', level: 1 }).waitFor();
		await page.getByRole('heading', { name: 'Run the programme' }).waitFor();
		expect(await page.textContent('header')).toContain('Acme Testing Ltd');
		await screenshot(page, 'home-after-setup-desktop');
	});

	it('/setup is gone once an HR account exists', async () => {
		const response = await fetch(`${server.baseURL}/setup`, { redirect: 'manual' });
		expect(response.status).toBe(303);
		expect(response.headers.get('location')).toBe('/login');

		const page = await freshPage();
		await page.goto('/setup');
		expect(pathOf(page)).toBe('/login');
		await page.getByRole('button', { name: 'Sign in' }).waitFor();
	});

	it('the new HR account can sign in again with its password', async () => {
		const page = await freshPage();
		await page.goto('/login');
		await page.getByLabel('Email').fill('harriet@acme.test');
		await page.getByLabel('Password').fill('amber kettle orbit 42');
		await page.getByRole('button', { name: 'Sign in' }).click();
		await page.waitForURL((url) => url.pathname === '/');
		await page.getByRole('heading', { name: 'Run the programme' }).waitFor();
	});
});
