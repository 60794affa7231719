import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../../../src/lib/i18n/locales/en';
import es from '../../../src/lib/i18n/locales/es';
import {
	checkA11y,
	launchBrowser,
	DEMO,
	DEMO_PASSWORD,
	DESKTOP,
	PHONE,
	screenshot,
	type Viewport
} from './browser';
import { startServer, type TestServer } from './server';

// The newcomer's walk (docs/testing.md): a demo user signs in, chooses a language on the account
// page, and visits every page of their navigation at 1280 and 375 px; every page answers, says
// its language in `<html lang>`, passes axe, fits the phone without sideways scrolling, and leaves
// a screenshot (test-results/screenshots/walk-*).

export type Language = 'en' | 'es';
export const LANGUAGES: Language[] = ['en', 'es'];
const BROWSER_LOCALE: Record<Language, string> = { en: 'en-GB', es: 'es-ES' };

export type Walker = { desktop: Page; phone: Page; close(): Promise<void> };

/** Signs `who` in through the form in `language`, and sets that language on /account. */
export async function signInSpeaking(
	browser: Browser,
	server: TestServer,
	who: keyof typeof DEMO,
	language: Language
): Promise<Walker> {
	const desktopContext = await browser.newContext({
		baseURL: server.baseURL,
		viewport: DESKTOP,
		locale: BROWSER_LOCALE[language]
	});
	const desktop = await desktopContext.newPage();
	await desktop.goto('/login');
	const t = language === 'es' ? es : en;
	await desktop.getByLabel(t.auth.email).fill(DEMO[who]);
	await desktop.getByLabel(t.auth.password).fill(DEMO_PASSWORD);
	await desktop.getByRole('button', { name: t.auth.signIn, exact: true }).click();
	await desktop.waitForURL((url) => url.pathname !== '/login');
	// The account page speaks the person's current setting, whichever it is.
	await desktop.goto('/account');
	const either = (pick: (m: typeof en) => string) => new RegExp(`^(${pick(en)}|${pick(es)})$`);
	await desktop.getByLabel(either((m) => m.account.languageLabel)).selectOption(language);
	await desktop.getByRole('button', { name: either((m) => m.account.languageSave) }).click();
	await desktop.getByText(t.account.languageSaved).waitFor();
	const phoneContext = await phoneTwin(desktopContext, server, language);
	const phone = await phoneContext.newPage();
	return {
		desktop,
		phone,
		async close() {
			await desktopContext.close();
			await phoneContext.close();
		}
	};
}

/** A phone-sized context holding the same session. */
async function phoneTwin(
	context: BrowserContext,
	server: TestServer,
	language: Language,
	viewport: Viewport = PHONE
): Promise<BrowserContext> {
	return context.browser()!.newContext({
		baseURL: server.baseURL,
		viewport,
		locale: BROWSER_LOCALE[language],
		storageState: await context.storageState()
	});
}

/** The navigation's own pages, in order, with home and the account page. */
export async function navigationOf(page: Page): Promise<string[]> {
	const links = await page
		.locator('nav.wide a[href^="/"]')
		.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
	expect(links.length).toBeGreaterThan(1);
	return [...new Set(['/', ...links, '/account'])];
}

/** The page says its language; tests/e2e/i18n/spanish.test.ts checks that its words are. */
export async function expectLanguage(page: Page, language: Language, where: string) {
	expect(await page.locator('html').getAttribute('lang'), where).toBe(language);
}

export async function fitsPhone(page: Page, where: string) {
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow, `sideways scrolling on ${where} at 375 px`).toBeLessThanOrEqual(1);
}

const slug = (path: string) => path.replace(/^\/$/, 'home').replace(/^\//, '').replace(/\W+/g, '-');

/** Visits a page at both sizes with every check; returns nothing, fails on the first problem. */
export async function visit(walker: Walker, path: string, language: Language, name: string) {
	for (const [size, page] of [
		['desktop', walker.desktop],
		['phone', walker.phone]
	] as const) {
		const where = `${path} (${language}, ${size})`;
		const response = await page.goto(path);
		expect(response?.status(), where).toBeLessThan(400);
		await screenshot(page, `walk-${name}-${language}-${slug(path)}-${size}`);
		await expectLanguage(page, language, where);
		if (size === 'phone') await fitsPhone(page, where);
		await checkA11y(page, where);
	}
}

export type WalkSetUp = { browser: () => Browser; server: () => TestServer };

/** A seeded server and a browser for the current test file. */
export function useWalkSetUp(): WalkSetUp {
	let server: TestServer;
	let browser: Browser;
	beforeAll(async () => {
		server = await startServer({ seed: true });
		browser = await launchBrowser();
	}, 180_000);
	afterAll(async () => {
		await browser?.close();
		await server?.stop();
	});
	return { browser: () => browser, server: () => server };
}

/**
 * The walk as `who`, in a test file of its own: each language in turn, every page of the
 * navigation at both sizes.
 */
export function walkAs(who: keyof typeof DEMO, setUp: WalkSetUp = useWalkSetUp()): WalkSetUp {
	describe("the newcomer's walk", () => {
		for (const language of LANGUAGES) {
			it(`${who} walks every page of the navigation in ${language}, at 1280 and 375 px`, async () => {
				const walker = await signInSpeaking(setUp.browser(), setUp.server(), who, language);
				try {
					for (const path of await navigationOf(walker.desktop)) {
						await visit(walker, path, language, who);
					}
				} finally {
					await walker.close();
				}
			}, 600_000);
		}
	});
	return setUp;
}
