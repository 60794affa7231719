import { describe, expect, it } from 'vitest';
import { checkA11y, DESKTOP, PHONE, screenshot } from '../helpers/browser';
import { expectLanguage, fitsPhone, LANGUAGES, signInSpeaking, walkAs } from '../helpers/walk';

// The newcomer's walk as the demo's employee (tests/e2e/helpers/walk.ts says what is checked),
// and the survey they are invited to.
const { browser: openBrowser, server: openServer } = walkAs('employee');

describe('the survey', () => {
	it('reads in each language, with JavaScript on and off, at 1280 and 375 px', async () => {
		const browser = openBrowser();
		const server = openServer();
		const walker = await signInSpeaking(browser, server, 'employee', 'en');
		await walker.desktop.goto('/');
		await walker.desktop.locator('form[action$="?/start"] button').first().click();
		await walker.desktop.waitForURL(/\/survey\/[0-9a-f-]{36}$/);
		const survey = new URL(walker.desktop.url()).pathname;
		const session = await walker.desktop.context().storageState();
		await walker.close();
		for (const language of LANGUAGES) {
			for (const javaScriptEnabled of [true, false]) {
				for (const [size, viewport] of [
					['desktop', DESKTOP],
					['phone', PHONE]
				] as const) {
					const where = `the survey (${language}, ${size}, JavaScript ${javaScriptEnabled ? 'on' : 'off'})`;
					const context = await browser.newContext({
						baseURL: server.baseURL,
						viewport,
						javaScriptEnabled,
						storageState: session
					});
					const page = await context.newPage();
					const response = await page.goto(`${survey}?lang=${language}`);
					expect(response?.status(), where).toBe(200);
					await expectLanguage(page, language, where);
					if (size === 'phone') await fitsPhone(page, where);
					await checkA11y(page, where);
					const js = javaScriptEnabled ? 'js' : 'nojs';
					await screenshot(page, `walk-survey-${language}-${size}-${js}`);
					await context.close();
				}
			}
		}
	}, 300_000);
});
