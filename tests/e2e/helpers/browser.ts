import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import {
	chromium,
	type Browser,
	type BrowserContext,
	type Locator,
	type Page
} from 'playwright-core';
import { expect } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
export const SCREENSHOT_DIR = resolve(root, 'test-results/screenshots');

export type Viewport = { width: number; height: number };
export const DESKTOP: Viewport = { width: 1280, height: 800 };
export const PHONE: Viewport = { width: 375, height: 740 };

export const DEMO_PASSWORD = 'rapport-demo';
export const DEMO = {
	hr: 'hr@demo.test',
	head: 'head.support@demo.test',
	employee: 'employee@demo.test'
} as const;

/** Debian's Chromium, headless; never a downloaded browser build. */
export function launchBrowser(): Promise<Browser> {
	return chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: [
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync'
		]
	});
}

/** A fresh context (no cookies) whose relative URLs resolve against the test server. */
export function newContext(
	browser: Browser,
	baseURL: string,
	viewport: Viewport = DESKTOP
): Promise<BrowserContext> {
	return browser.newContext({ baseURL, viewport, locale: 'en-GB' });
}

/**
 * Whether the page runs scripts: axe cannot run in a page opened with JavaScript off. The HTML
 * parser reads what `<noscript>` holds as markup only when scripting is off, so the page can say
 * at once (a timer, by contrast, never fires there and had to be waited out).
 */
async function runsScripts(page: Page): Promise<boolean> {
	return page
		.evaluate(() => {
			const probe = document.createElement('div');
			probe.innerHTML = '<noscript><b></b></noscript>';
			return probe.querySelector('noscript')?.children.length === 0;
		})
		.catch(() => false);
}

/**
 * The same markup in a page that runs scripts, for axe: the page's HTML without its scripts,
 * resolved against its address, in a fresh context of the same size.
 */
async function scriptedTwin(page: Page): Promise<Page> {
	const html = (await page.content())
		.replace(/<script\b[\s\S]*?<\/script>/gi, '')
		.replace(/<head([^>]*)>/i, `<head$1><base href="${page.url()}">`);
	const context = await page
		.context()
		.browser()!
		.newContext({ viewport: page.viewportSize() ?? DESKTOP, locale: 'en-GB' });
	const twin = await context.newPage();
	await twin.setContent(html, { waitUntil: 'load' });
	return twin;
}

/**
 * Fails the test on any axe violation of impact serious or critical, naming rules and nodes. A
 * page opened with JavaScript off is checked through a twin holding the same markup.
 */
export async function checkA11y(page: Page, label: string): Promise<void> {
	const target = (await runsScripts(page)) ? page : await scriptedTwin(page);
	// Every rule runs either way; what is cheaper: legacy mode runs axe in the page itself, where
	// the default gathers partial results per frame and finishes them in an extra blank page (for
	// cross-origin frames, and the app has none), and only violations are reported in full
	// (passes would be described node by node, and sent back, for nothing). Together they take
	// each check from about 1.4 to about 0.5 s of processor time.
	const results = await new AxeBuilder({ page: target })
		.setLegacyMode(true)
		.options({ resultTypes: ['violations'] })
		.analyze()
		.finally(async () => {
			if (target !== page) await target.context().close();
		});
	const blocking = results.violations.filter(
		(v) => v.impact === 'serious' || v.impact === 'critical'
	);
	const report = blocking
		.map((v) => {
			const nodes = v.nodes
				.slice(0, 10)
				.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary?.replace(/\s+/g, ' ') ?? ''}`)
				.join('\n');
			return `  [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n${nodes}`;
		})
		.join('\n');
	expect(blocking.length, `accessibility violations on ${label} (${page.url()}):\n${report}`).toBe(
		0
	);
}

/**
 * Whether the suite leaves its screenshots. They are for people to look at, and no test reads
 * them; encoding a full-page PNG of every page walked is about a fifth of the walk's time, so
 * CI (`.ci/run`, whose clone is thrown away) turns them off with E2E_SCREENSHOTS=off.
 */
const SCREENSHOTS = process.env.E2E_SCREENSHOTS !== 'off';

/**
 * A PNG at test-results/screenshots/<name>.png (git-ignored) of the whole page, or of one element
 * of it, unless turned off.
 */
export async function screenshot(target: Page | Locator, name: string): Promise<string> {
	const path = resolve(SCREENSHOT_DIR, `${name}.png`);
	if (!SCREENSHOTS) return path;
	mkdirSync(SCREENSHOT_DIR, { recursive: true });
	if ('goto' in target) await target.screenshot({ path, fullPage: true, animations: 'disabled' });
	else await target.screenshot({ path, animations: 'disabled' });
	return path;
}

/** Signs in through the form on /login (the page must already show it). */
export async function submitSignIn(page: Page, email: string, password: string): Promise<void> {
	await page.getByLabel('Email').fill(email);
	await page.getByLabel('Password').fill(password);
	await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Opens /login in the page and signs in; resolves once the browser has left /login. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
	await page.goto('/login');
	await submitSignIn(page, email, password);
	await page.waitForURL((url) => url.pathname !== '/login');
}

/** The path and query of the page's current URL. */
export function pathOf(page: Page): string {
	const url = new URL(page.url());
	return url.pathname + url.search;
}

/** The first press of a step that asks first (ConfirmAction), by its label or accessible name. */
export function confirmStep(page: Page, label: string) {
	return page
		.locator(`summary[aria-label="${label}"]`)
		.or(page.locator('summary:not([aria-label])', { hasText: label }));
}

/** Presses a step that asks first, then confirms it. */
export async function pressConfirmed(page: Page, label: string, confirm: RegExp): Promise<void> {
	await confirmStep(page, label).click();
	await page.getByRole('button', { name: confirm }).click();
}
