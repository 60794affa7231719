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
	submitSignIn
} from '../helpers/browser';
import { OIDC_CLIENT, startOidcProvider, type TestProvider } from '../helpers/oidc-provider';
import { startServer, type TestServer } from '../helpers/server';

// Its own server and identity provider: this file turns passwords off.
let server: TestServer;
let provider: TestProvider;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
	server = await startServer({ seed: true });
	provider = await startOidcProvider(server.baseURL, {
		employee: { email: 'Employee@Demo.test', name: 'Demo Employee' },
		stranger: { email: 'stranger@elsewhere.test', name: 'Stranger' },
		unverified: { email: 'head.support@demo.test', name: 'Head', emailVerified: false }
	});
	browser = await launchBrowser();
});

afterAll(async () => {
	for (const context of contexts) await context.close();
	await browser?.close();
	await provider?.stop();
	await server?.stop();
});

async function freshPage(viewport = DESKTOP): Promise<Page> {
	const context = await newContext(browser, server.baseURL, viewport);
	contexts.push(context);
	return context.newPage();
}

/** From Rapport's sign-in page through the provider's own login and consent pages. */
async function signInThroughProvider(page: Page, login: string): Promise<void> {
	await page.goto('/login');
	await page.getByRole('link', { name: 'Sign in with Test IdP' }).click();
	await completeProviderLogin(page, login);
}

async function completeProviderLogin(page: Page, login: string): Promise<void> {
	await page.waitForURL((url) => url.origin === provider.issuer);
	await page.locator('input[name="login"]').fill(login);
	await page.locator('input[name="password"]').fill('anything');
	await page.locator('button[type="submit"]').click();
	// Then its consent page, and back to Rapport.
	await page.getByRole('button', { name: 'Continue' }).click();
	await page.waitForURL((url) => url.origin === server.baseURL);
}

/**
 * A sign-in started outside the browser: the provider address Rapport sent it to, and the signed
 * cookie holding that attempt's state, nonce and PKCE verifier.
 */
async function startedSignIn(): Promise<{ authorizeUrl: URL; cookie: string }> {
	const response = await fetch(`${server.baseURL}/login/sso`, { redirect: 'manual' });
	const cookie = /^rapport_oidc=([^;]+)/.exec(response.headers.get('set-cookie') ?? '')?.[1];
	if (!cookie) throw new Error('no pending sign-in cookie');
	return { authorizeUrl: new URL(response.headers.get('location')!), cookie };
}

async function withPendingCookie(page: Page, cookie: string): Promise<void> {
	await page
		.context()
		.addCookies([{ name: 'rapport_oidc', value: cookie, domain: '127.0.0.1', path: '/login/sso' }]);
}

async function signedIn(page: Page): Promise<boolean> {
	await page.goto('/account');
	return pathOf(page) === '/account';
}

describe('SCIM over HTTP', () => {
	it('takes a key with the scim scope, answers SCIM JSON, refuses anything else in SCIM format', async () => {
		const hr = await freshPage();
		await signIn(hr, DEMO.hr);
		await hr.goto('/insights/api-keys');
		await hr.getByLabel('Name').fill('Identity provider');
		await hr.getByRole('checkbox', { name: /Provision people and departments by SCIM/ }).check();
		await hr.getByRole('button', { name: 'Create key' }).click();
		const key = await hr.locator('#new-key').inputValue();

		const scim = (path: string, init: RequestInit = {}) =>
			fetch(`${server.baseURL}/scim/v2${path}`, {
				...init,
				headers: {
					authorization: `Bearer ${key}`,
					'content-type': 'application/scim+json',
					...init.headers
				}
			});
		const anonymous = await fetch(`${server.baseURL}/scim/v2/Users`);
		expect(anonymous.status).toBe(401);
		expect(anonymous.headers.get('content-type')).toContain('application/scim+json');
		expect(await anonymous.json()).toMatchObject({ status: '401' });

		const created = await scim('/Users', {
			method: 'POST',
			body: JSON.stringify({
				schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
				userName: 'new.hire@demo.test',
				name: { givenName: 'New', familyName: 'Hire' },
				emails: [{ value: 'new.hire@demo.test', primary: true }]
			})
		});
		expect(created.status).toBe(201);
		expect(created.headers.get('location')).toMatch(/\/scim\/v2\/Users\/[0-9a-f-]{36}$/);
		const bad = await scim('/Users', { method: 'POST', body: '{"userName": 42' });
		expect(bad.status).toBe(400);
		expect(await bad.json()).toMatchObject({ scimType: 'invalidSyntax' });
		const missing = await scim('/Nowhere/at/all');
		expect(missing.status).toBe(404);
		expect(missing.headers.get('content-type')).toContain('application/scim+json');
	});
});

describe('single sign-on through OpenID Connect', () => {
	it('is configured by HR on the sign-in settings page', async () => {
		const page = await freshPage();
		await signIn(page, DEMO.hr);
		await page.getByRole('link', { name: 'Sign-in', exact: true }).click();
		await page.getByRole('heading', { name: 'Sign-in', level: 1 }).waitFor();
		await page.getByLabel('Issuer URL').fill(provider.issuer);
		await page.getByLabel('Client id').fill(OIDC_CLIENT.id);
		await page.getByLabel('Client secret').fill(OIDC_CLIENT.secret);
		await page.getByLabel('Button label').fill('Test IdP');
		await page.getByRole('button', { name: 'Save sign-in settings' }).click();
		await page.getByText('Sign-in settings saved.').waitFor();
		// The secret is stored but never shown back.
		await page.reload();
		expect(await page.getByLabel('Client secret').inputValue()).toBe('');
		expect(await page.content()).not.toContain(OIDC_CLIENT.secret);
		await page.getByText('A secret is stored; it is never shown.').waitFor();
		await checkA11y(page, 'the sign-in settings page');
		await screenshot(page, 'sso-settings-desktop');
		await page.setViewportSize(PHONE);
		await screenshot(page, 'sso-settings-phone');
	});

	it('signs an employee in by verified email, case-insensitively, and back out', async () => {
		const page = await freshPage();
		await page.goto('/login');
		await screenshot(page, 'sso-login-desktop');
		await signInThroughProvider(page, 'employee');
		expect(pathOf(page)).toBe('/');
		expect(await signedIn(page)).toBe(true);

		await page.getByRole('button', { name: 'Sign out', exact: true }).click();
		// Rapport's session ends, then the browser goes on to the provider's own sign-out.
		await page.waitForURL(
			(url) => url.origin === provider.issuer && /session\/end/.test(url.pathname)
		);
		const check = await freshPageFrom(page);
		expect(await signedIn(check)).toBe(false);
	});

	it('refuses a stranger the provider knows but Rapport does not, on a clear page', async () => {
		const page = await freshPage();
		await signInThroughProvider(page, 'stranger');
		await page.getByRole('heading', { name: 'Sign-in not completed' }).waitFor();
		await page.getByText('stranger@elsewhere.test has no Rapport account').waitFor();
		await checkA11y(page, 'the refused sign-in page');
		await screenshot(page, 'sso-refused-desktop');
		await page.setViewportSize(PHONE);
		await screenshot(page, 'sso-refused-phone');
		expect(await signedIn(page)).toBe(false);
	});

	it('refuses an email the provider has not verified', async () => {
		const page = await freshPage();
		await signInThroughProvider(page, 'unverified');
		await page.getByText('has not verified your email address').waitFor();
		expect(await signedIn(page)).toBe(false);
	});

	it('refuses an answer whose state does not match the sign-in started here', async () => {
		const page = await freshPage();
		const mine = await startedSignIn();
		const someoneElses = await startedSignIn();
		await withPendingCookie(page, mine.cookie);
		await page.goto(someoneElses.authorizeUrl.href);
		await completeProviderLogin(page, 'employee');
		await page.getByText('does not belong to the sign-in started in this browser').waitFor();
		expect(await signedIn(page)).toBe(false);
	});

	it('refuses an ID token whose nonce does not match', async () => {
		const page = await freshPage();
		const mine = await startedSignIn();
		await withPendingCookie(page, mine.cookie);
		mine.authorizeUrl.searchParams.set('nonce', 'a-nonce-rapport-never-sent');
		await page.goto(mine.authorizeUrl.href);
		await completeProviderLogin(page, 'employee');
		await page.getByText('does not belong to the sign-in started in this browser').waitFor();
		expect(await signedIn(page)).toBe(false);
	});

	it('ends an error from the provider on the same page, not a 500', async () => {
		const page = await freshPage();
		const response = await page.goto(
			'/login/sso/callback?error=access_denied&error_description=The+user+cancelled'
		);
		expect(response?.status()).toBe(401);
		await page
			.getByText('Test IdP did not sign you in (access_denied: The user cancelled)')
			.waitFor();
	});

	it('"SSO only" turns password sign-in off, except for the break-glass HR account', async () => {
		const hr = await freshPage();
		await signIn(hr, DEMO.hr);
		await hr.goto('/settings/sign-in');
		await hr.getByLabel('Single sign-on only: turn password sign-in off').check();
		await hr.getByRole('button', { name: 'Save sign-in settings' }).click();
		await hr.getByText('Choose the HR account that may still sign in with a password').waitFor();
		await hr.getByLabel('Single sign-on only: turn password sign-in off').check();
		const hrOption = hr.locator('#breakGlassPersonId option', { hasText: DEMO.hr });
		await hr
			.getByLabel('Break-glass account')
			.selectOption((await hrOption.getAttribute('value'))!);
		await hr.getByRole('button', { name: 'Save sign-in settings' }).click();
		await hr.getByText('Sign-in settings saved.').waitFor();

		const employee = await freshPage();
		await employee.goto('/login');
		await screenshot(employee, 'sso-only-login-desktop');
		await employee.getByText('HR emergency access (password)').click();
		await submitSignIn(employee, DEMO.employee, DEMO_PASSWORD);
		await employee.getByText('Password sign-in is turned off here: use single sign-on.').waitFor();
		expect(await signedIn(employee)).toBe(false);

		const breakGlass = await freshPage(PHONE);
		await breakGlass.goto('/login');
		await screenshot(breakGlass, 'sso-only-login-phone');
		await breakGlass.getByText('HR emergency access (password)').click();
		await submitSignIn(breakGlass, DEMO.hr, DEMO_PASSWORD);
		await breakGlass.waitForURL((url) => url.pathname !== '/login');
		expect(await signedIn(breakGlass)).toBe(true);

		const sso = await freshPage();
		await signInThroughProvider(sso, 'employee');
		expect(await signedIn(sso)).toBe(true);
	});

	it('leaves survey links alone: they read no session', async () => {
		const page = await freshPage();
		const response = await page.goto('/s/not-a-real-link');
		expect(response?.status()).toBeLessThan(500);
		expect(new URL(page.url()).origin).toBe(server.baseURL);
	});
});

async function freshPageFrom(page: Page): Promise<Page> {
	return page.context().newPage();
}
