import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../../../src/lib/i18n/locales/en';
import es from '../../../src/lib/i18n/locales/es';
import { DEMO, DEMO_PASSWORD, launchBrowser, PHONE, screenshot } from '../helpers/browser';
import { startServer, type TestServer } from '../helpers/server';

// Each demo user, in Spanish: the browser asks for Spanish, the person picks Spanish on their
// account page, and then no page in their navigation shows a sentence that exists only in the
// English catalogue, and every page says `lang="es"`.

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
	server = await startServer({ seed: true });
	browser = await launchBrowser();
}, 240_000);

afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

/** Sentences of the English catalogue that Spanish words differently, long enough to be telling. */
function englishOnly(english: unknown, spanish: unknown): string[] {
	if (typeof english === 'string') {
		return english.length >= 20 && english !== spanish ? [english] : [];
	}
	if (Array.isArray(english))
		return english.flatMap((e, i) => englishOnly(e, (spanish as unknown[])?.[i]));
	if (english && typeof english === 'object') {
		return Object.entries(english).flatMap(([key, value]) =>
			englishOnly(value, (spanish as Record<string, unknown>)?.[key])
		);
	}
	return [];
}

const ENGLISH_ONLY = englishOnly(en, es);

async function expectSpanish(page: Page, where: string) {
	expect(await page.locator('html').getAttribute('lang'), where).toBe('es');
	// Long pages skip drawing their sections below the fold, and innerText leaves skipped text out.
	await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
	const shown = page.locator('body');
	const text = (await shown.innerText()).replace(/\s+/g, ' ');
	expect(
		ENGLISH_ONLY.filter((sentence) => text.includes(sentence)),
		where
	).toEqual([]);
}

async function spanishSession(who: keyof typeof DEMO, viewport = { width: 1280, height: 800 }) {
	const context = await browser.newContext({ baseURL: server.baseURL, viewport, locale: 'es-ES' });
	const page = await context.newPage();
	await page.goto('/login');
	await expectSpanish(page, `/login before ${who} signs in`);
	await page.getByLabel('Correo electrónico').fill(DEMO[who]);
	await page.getByLabel('Contraseña').fill(DEMO_PASSWORD);
	await page.getByRole('button', { name: 'Iniciar sesión' }).click();
	await page.waitForURL((url) => url.pathname !== '/login');
	return page;
}

describe('the app in Spanish', () => {
	it('has more than a handful of English-only sentences to look for', () => {
		expect(ENGLISH_ONLY.length).toBeGreaterThan(100);
	});

	for (const who of Object.keys(DEMO) as (keyof typeof DEMO)[]) {
		it(`${who}: every page of the navigation, after choosing Spanish on the account page`, async () => {
			const page = await spanishSession(who);
			await page.goto('/account');
			await page.getByLabel(/Show Rapport in|Mostrar Rapport en/).selectOption('es');
			await page.getByRole('button', { name: /Save language|Guardar idioma/ }).click();
			await page.getByText('Tu idioma se ha guardado.').waitFor();
			await expectSpanish(page, '/account');
			const links = await page
				.locator('nav.wide a[href^="/"]')
				.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
			expect(links.length).toBeGreaterThan(1);
			for (const href of ['/', ...links]) {
				const response = await page.goto(href);
				expect(response?.status(), `${href}\n${server.output().slice(-3000)}`).toBeLessThan(400);
				await expectSpanish(page, href);
			}
			const missing = await page.goto('/no-such-page');
			expect(missing?.status()).toBe(404);
			await page.getByRole('heading', { name: 'Página no encontrada' }).waitFor();
			await page.context().close();
		});
	}

	it('shows the team and company views on a phone', async () => {
		for (const [who, path] of [
			['head', '/team'],
			['hr', '/company']
		] as const) {
			const page = await spanishSession(who, PHONE);
			await page.goto('/account');
			await page.getByLabel(/Show Rapport in|Mostrar Rapport en/).selectOption('es');
			await page.getByRole('button', { name: /Save language|Guardar idioma/ }).click();
			await page.getByText('Tu idioma se ha guardado.').waitFor();
			await page.goto(path);
			await expectSpanish(page, path);
			await screenshot(page, `spanish-${path.slice(1)}-phone`);
			await page.context().close();
		}
	});

	it('answers a browser that asks for Spanish in Spanish before anyone signs in', async () => {
		const response = await fetch(new URL('/login', server.baseURL), {
			headers: { 'accept-language': 'es-MX,es;q=0.9,en;q=0.5' }
		});
		const html = await response.text();
		expect(html).toContain('<html lang="es">');
		expect(html).toContain('Iniciar sesión');
		const english = await fetch(new URL('/login?lang=en', server.baseURL), {
			headers: { 'accept-language': 'es' }
		});
		expect(await english.text()).toContain('<html lang="en">');
		expect(english.headers.get('set-cookie')).toMatch(/rapport_lang=en/);
	});

	it('offers the language switch on the sign-in page, at 1280 and 375 px', async () => {
		for (const [name, viewport] of [
			['desktop', { width: 1280, height: 800 }],
			['phone', PHONE]
		] as const) {
			const context = await browser.newContext({ baseURL: server.baseURL, viewport });
			const page = await context.newPage();
			await page.goto('/login?lang=es');
			await expectSpanish(page, '/login?lang=es');
			await page.getByRole('link', { name: 'English' }).click();
			await page.getByRole('heading', { name: 'Sign in' }).waitFor();
			await page.getByRole('link', { name: 'Español' }).click();
			await page.getByRole('heading', { name: 'Iniciar sesión' }).waitFor();
			await screenshot(page, `spanish-login-${name}`);
			await context.close();
		}
	});
});
