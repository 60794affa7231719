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
	submitSignIn,
	type Viewport
} from '../helpers/browser';
import { startServer, type TestServer } from '../helpers/server';

let server: TestServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
	server = await startServer({ seed: true });
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

async function freshPage(viewport: Viewport = DESKTOP): Promise<Page> {
	const context = await newContext(browser, server.baseURL, viewport);
	contexts.push(context);
	return context.newPage();
}

/** The app's scripts of each page, held back until `takeOver(page)`, as on a slow phone. */
const heldScripts = new WeakMap<Page, () => void>();

async function holdScripts(page: Page): Promise<void> {
	const held = new Promise<void>((resolve) => heldScripts.set(page, resolve));
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		await held;
		await route.continue();
	});
}

/** Lets the held scripts load and waits until they have taken over the page's markup. */
async function takeOver(page: Page): Promise<void> {
	heldScripts.get(page)?.();
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}

describe('signing in and out', () => {
	it('HR signs in, lands on the company view, and gets an HttpOnly, SameSite=Lax session cookie', async () => {
		const page = await freshPage();
		await page.goto('/login');
		await expect.poll(() => page.title()).toBe('Sign in · Rapport');
		await checkA11y(page, 'the sign-in page');
		await screenshot(page, 'login-desktop');

		await submitSignIn(page, DEMO.hr, DEMO_PASSWORD);
		// With closed rounds in the demo, HR lands on the company view rather than home.
		await page.waitForURL((url) => url.pathname === '/company');
		await page.getByRole('heading', { name: 'Company view', level: 1 }).waitFor();

		const cookies = await page.context().cookies();
		const session = cookies.find((c) => c.name === 'rapport_session');
		expect(session, `cookies: ${cookies.map((c) => c.name).join(', ')}`).toBeDefined();
		expect(session?.httpOnly).toBe(true);
		expect(session?.sameSite).toBe('Lax');
		expect(session?.path).toBe('/');
		// The token is not readable from page scripts.
		expect(await page.evaluate(() => document.cookie)).not.toContain('rapport_session');

		await checkA11y(page, 'the company view as HR lands on it');
		await screenshot(page, 'home-hr-desktop');
	});

	it('HR sees the people and departments pages', async () => {
		const page = await freshPage();
		await signIn(page, DEMO.hr);

		await page
			.getByRole('navigation', { name: 'Main' })
			.getByRole('link', { name: 'People' })
			.click();
		await page.waitForURL((url) => url.pathname === '/org/people');
		await page.getByRole('heading', { name: 'People', level: 1 }).waitFor();
		await page.getByText(/Showing 1–50 of \d+/).waitFor();
		expect(await page.getByRole('row').count()).toBe(51);
		await checkA11y(page, 'the people page');
		await screenshot(page, 'people-desktop');

		await page.goto('/org/departments');
		await page.getByRole('heading', { name: 'Departments', level: 1 }).waitFor();
		await page.getByRole('rowheader', { name: 'Customer Support' }).waitFor();
		await checkA11y(page, 'the departments page');
		await screenshot(page, 'departments-desktop');
	});

	it('signing out returns to /login, after which / redirects to /login again', async () => {
		const page = await freshPage();
		await signIn(page, DEMO.hr);
		expect(pathOf(page)).toBe('/company');

		const posted = page.waitForResponse(
			(r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/logout'
		);
		await page.getByRole('button', { name: 'Sign out' }).click();
		const response = await posted;
		await page.waitForLoadState();
		expect(
			new URL(page.url()).pathname,
			`POST /logout answered ${response.status()} ${await response.text().catch(() => '')}`
		).toBe('/login');
		const cookies = await page.context().cookies();
		expect(cookies.find((c) => c.name === 'rapport_session')).toBeUndefined();

		await page.goto('/');
		expect(new URL(page.url()).pathname).toBe('/login');
		await page.getByRole('button', { name: 'Sign in' }).waitFor();
	});

	it('signing in and out also works with JavaScript off', async () => {
		const context = await browser.newContext({
			baseURL: server.baseURL,
			viewport: DESKTOP,
			javaScriptEnabled: false
		});
		contexts.push(context);
		const page = await context.newPage();
		const submit = async (path: string, button: string) => {
			const posted = page.waitForResponse(
				(r) => r.request().method() === 'POST' && new URL(r.url()).pathname === path
			);
			await page.getByRole('button', { name: button }).click();
			const response = await posted;
			await page.waitForLoadState();
			return response.status();
		};

		await page.goto('/login');
		await page.getByLabel('Email').fill(DEMO.hr);
		await page.getByLabel('Password').fill(DEMO_PASSWORD);
		const signInStatus = await submit('/login', 'Sign in');
		expect(pathOf(page), `POST /login answered ${signInStatus}`).toBe('/company');
		await page.getByRole('heading', { name: 'Company view' }).waitFor();

		const signOutStatus = await submit('/logout', 'Sign out');
		expect(pathOf(page), `POST /logout answered ${signOutStatus}`).toBe('/login');
	});

	it('a wrong password shows an error and stays on /login', async () => {
		const page = await freshPage();
		await page.goto('/login');
		await submitSignIn(page, DEMO.hr, 'not-the-password');
		const alert = page.getByRole('alert');
		await alert.waitFor();
		expect(await alert.textContent()).toContain('Email or password is incorrect.');
		expect(new URL(page.url()).pathname).toBe('/login');
		// The email is kept for the next try.
		expect(await page.getByLabel('Email').inputValue()).toBe(DEMO.hr);
		await checkA11y(page, 'the sign-in page with an error');
		await screenshot(page, 'login-error-desktop');
	});

	it('an unauthenticated visit to /org/people goes through sign-in and back', async () => {
		const page = await freshPage();
		await page.goto('/org/people');
		expect(pathOf(page)).toBe('/login?next=%2Forg%2Fpeople');

		await submitSignIn(page, DEMO.hr, DEMO_PASSWORD);
		await page.waitForURL((url) => url.pathname === '/org/people');
		await page.getByRole('heading', { name: 'People', level: 1 }).waitFor();
	});

	it('keeps what was typed and ticked before the page’s scripts ran (sign-in, a new pulse, text areas)', async () => {
		const page = await freshPage();
		await holdScripts(page);
		await page.goto('/login', { waitUntil: 'domcontentloaded' });
		await page.getByLabel('Email').fill(DEMO.hr);
		await page.getByLabel('Password').fill(DEMO_PASSWORD);
		await takeOver(page);
		expect(await page.getByLabel('Email').inputValue()).toBe(DEMO.hr);
		expect(await page.getByLabel('Password').inputValue()).toBe(DEMO_PASSWORD);
		await page.getByRole('button', { name: 'Sign in' }).click();
		await page.waitForURL((url) => url.pathname === '/company');

		// A fresh page of the same browser (signed in), so its scripts load again, held back.
		const pulse = await page.context().newPage();
		await holdScripts(pulse);
		await pulse.goto('/pulses/new', { waitUntil: 'domcontentloaded' });
		await pulse.getByLabel('Name').fill('Typed early');
		await pulse.getByLabel('Finance').check();
		await takeOver(pulse);
		expect(await pulse.getByLabel('Name').inputValue()).toBe('Typed early');
		expect(await pulse.getByLabel('Finance').isChecked()).toBe(true);

		// Text areas, empty and with the server's text in them (a question's wording).
		const questions = await page.context().newPage();
		await questions.goto('/questions');
		const edit = await questions.locator('a[href^="/questions/"]').first().getAttribute('href');
		for (const [path, label] of [
			['/questions', 'In English'],
			[edit!, 'In Spanish']
		]) {
			const held = await page.context().newPage();
			await holdScripts(held);
			await held.goto(path, { waitUntil: 'domcontentloaded' });
			const area = held.getByLabel(label).first();
			const typed = `${await area.inputValue()} typed early`;
			await area.fill(typed);
			await takeOver(held);
			expect(await area.inputValue(), path).toBe(typed);
		}
	});
});

describe('what each role sees', () => {
	it('an employee gets home without HR tools, and a 403 page for /org/people', async () => {
		const page = await freshPage();
		await signIn(page, DEMO.employee);
		expect(pathOf(page)).toBe('/');
		await page.getByRole('heading', { name: 'Your open pulses' }).waitFor();
		expect(await page.getByRole('heading', { name: 'Run the programme' }).count()).toBe(0);
		expect(await page.getByRole('heading', { name: 'Departments you lead' }).count()).toBe(0);
		const nav = page.getByRole('navigation', { name: 'Main' });
		expect(await nav.getByRole('link', { name: 'People' }).count()).toBe(0);
		await checkA11y(page, 'home as an employee');
		await screenshot(page, 'home-employee-desktop');

		const response = await page.goto('/org/people');
		expect(response?.status()).toBe(403);
		await page.getByRole('heading', { name: 'Not allowed' }).waitFor();
		// Nothing of anyone else: not on screen, and not in the page's data (the app's frame carries
		// the signed-in person's own name and address, and nobody else's).
		expect(await page.locator('body').innerText()).not.toMatch(/Helena Ruiz|@demo\.test/);
		expect(await page.textContent('body')).not.toMatch(/Helena Ruiz|(?<!employee)@demo\.test/);
		await checkA11y(page, 'the 403 page');
		await screenshot(page, 'forbidden-desktop');
	});

	it('the head of Customer Support lands on the team page of the department they lead', async () => {
		const page = await freshPage();
		await signIn(page, DEMO.head);
		expect(pathOf(page)).toMatch(/^\/team\/[0-9a-f-]{36}$/);
		await page.getByRole('heading', { name: 'Customer Support', level: 1 }).waitFor();
		const nav = page.getByRole('navigation', { name: 'Main' });
		await nav.getByRole('link', { name: 'My team' }).waitFor();
		expect(await nav.getByRole('link', { name: 'People' }).count()).toBe(0);
		await checkA11y(page, 'the team page a department head lands on');
		await screenshot(page, 'home-head-desktop');

		const response = await page.goto('/org/departments');
		expect(response?.status()).toBe(403);
	});

	it('login and the page HR lands on fit a phone screen', async () => {
		const page = await freshPage(PHONE);
		await page.goto('/login');
		await checkA11y(page, 'the sign-in page on a phone');
		await screenshot(page, 'login-phone');
		await submitSignIn(page, DEMO.hr, DEMO_PASSWORD);
		await page.waitForURL((url) => url.pathname === '/company');
		await page.getByRole('heading', { name: 'Company view' }).waitFor();
		await checkA11y(page, 'the company view on a phone');
		await screenshot(page, 'home-hr-phone');
		// Nothing wider than the screen: no sideways scrolling.
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow).toBeLessThanOrEqual(0);
	});
});

describe('throttling', () => {
	it('after 5 failed attempts for one email, this client is asked to wait before the next', async () => {
		const page = await freshPage();
		await page.goto('/login');
		// A made-up account, so that no other test's sign-in is throttled.
		const email = `throttle.${Date.now()}@demo.test`;
		const alert = page.getByRole('alert');
		for (let attempt = 1; attempt <= 6; attempt++) {
			const answered = page.waitForResponse(
				(r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/login'
			);
			await submitSignIn(page, email, `wrong-${attempt}`);
			const response = await answered;
			await response.finished();
			if (attempt < 6) {
				await expect
					.poll(() => alert.textContent(), { timeout: 10_000 })
					.toContain('Email or password is incorrect.');
				await page.getByRole('button', { name: 'Sign in' }).waitFor();
			}
		}
		const waitFor =
			/Too many sign-in attempts from here\. To keep accounts safe, wait (\d+) seconds/;
		await expect.poll(() => alert.textContent(), { timeout: 10_000 }).toMatch(waitFor);
		// Counted from the attempt that locked it: on a busy machine a second may have passed.
		const seconds = Number(waitFor.exec((await alert.textContent())!)![1]);
		expect(seconds).toBeGreaterThanOrEqual(28);
		expect(seconds).toBeLessThanOrEqual(30);
		expect(new URL(page.url()).pathname).toBe('/login');
		await checkA11y(page, 'the sign-in page asking to wait');
		await screenshot(page, 'login-throttled-desktop');
		await page.setViewportSize(PHONE);
		await screenshot(page, 'login-throttled-phone');
	});
});
