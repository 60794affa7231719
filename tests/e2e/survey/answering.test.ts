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
import { revealSurveyLink } from '../helpers/outbox';
import { startServer, type TestServer } from '../helpers/server';

let server: TestServer;
let browser: Browser;
const links: string[] = [];

async function context(
	options: { viewport?: { width: number; height: number }; javaScriptEnabled?: boolean } = {}
) {
	return browser.newContext({
		baseURL: server.baseURL,
		viewport: options.viewport ?? DESKTOP,
		javaScriptEnabled: options.javaScriptEnabled ?? true,
		locale: 'en-GB'
	});
}

beforeAll(async () => {
	server = await startServer({ seed: true });
	browser = await launchBrowser();
	// HR runs a pulse for Legal and Finance; its invitation links are read from the outbox.
	const hr = await (await context()).newPage();
	await signIn(hr, DEMO.hr);
	await hr.goto('/pulses/new');
	await hr.getByLabel('Name').fill('Survey test pulse');
	await hr.getByLabel('Finance').check();
	await hr.getByLabel('Legal').check();
	await hr.getByLabel(/Open comment/).check();
	await hr.getByLabel('Questions per round').fill('8');
	await hr.getByRole('button', { name: 'Create programme' }).click();
	await hr.getByRole('button', { name: 'Open a round now' }).click();
	await hr.getByText(/Round opened/).waitFor();
	await hr.goto('/outbox');
	const messages = await hr
		.getByRole('link', { name: /Survey test pulse/ })
		.evaluateAll((as) => as.slice(0, 4).map((a) => (a as HTMLAnchorElement).href));
	for (const message of messages) {
		links.push(new URL(await revealSurveyLink(hr, message)).pathname);
	}
	expect(links).toHaveLength(4);
}, 180_000);

afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

/** Opens an invitation (shown in the invitee's language) and starts the survey in `lang`. */
async function startFromLink(page: Page, link: string, lang: 'en' | 'es' = 'en') {
	await page.goto(link);
	await page.getByRole('button', { name: /Start the survey|Empezar la encuesta/ }).click();
	await page.waitForURL(/\/survey\/[0-9a-f-]{36}$/);
	await page.goto(`${page.url()}?lang=${lang}`);
}

/** Ticks the first department on the list and goes on to rate it; returns its rating block. */
async function chooseFirstDepartment(page: Page) {
	await page.locator('fieldset.service input[name="chosen"]').first().check();
	await page.getByRole('button', { name: 'Next: rate the departments' }).click();
	await page.getByText('Nothing is stored yet.').waitFor();
	// Only the chosen department is offered for rating, with the answers given kept.
	expect(await page.locator('.provider').count()).toBe(1);
	return page.locator('.provider').first();
}

async function answerSome(page: Page) {
	const groups = page.locator('fieldset.answerable');
	const count = await groups.count();
	for (let i = 0; i < count; i++) {
		const options = groups.nth(i).locator('label.option');
		await options.nth(Math.min(3, (await options.count()) - 1)).click();
	}
}

describe('answering a pulse', () => {
	it('with JavaScript on: invitation link, answers, thank-you; no script is loaded', async () => {
		const ctx = await context();
		const page = await ctx.newPage();
		const scripts: string[] = [];
		page.on('request', (r) => {
			if (r.resourceType() === 'script') scripts.push(r.url());
		});
		await page.goto(links[0]);
		await checkA11y(page, 'the invitation page');
		await screenshot(page, 'survey-invitation');
		await page.getByRole('button', { name: /Start the survey|Empezar la encuesta/ }).click();
		await page.waitForURL(/\/survey\//);
		await page.goto(`${page.url()}?lang=en`);
		await page
			.locator('.progress')
			.getByText(/answered/)
			.waitFor();
		await checkA11y(page, 'the survey');
		await answerSome(page);
		const provider = await chooseFirstDepartment(page);
		await checkA11y(page, 'the rating step');
		// First a mistake: a reason ticked for a department left without a score.
		await provider.getByLabel('Responsive').check();
		await page.getByRole('button', { name: 'Send my answers' }).click();
		await page.getByText('Give this department a score').first().waitFor();
		await checkA11y(page, 'the survey with an error');
		await provider.getByLabel('Responsive').uncheck();
		await provider.locator('input[type="radio"][value="8"]').check();
		await provider.getByLabel('Reliable').check();
		await provider.getByLabel('Anything they should know? (optional)').fill('Quick and helpful.');
		await page.getByLabel(/Is there anything else/).fill('Thanks for asking.');
		await screenshot(page, 'survey-desktop-answered');
		await page.getByRole('button', { name: 'Send my answers' }).click();
		await page.getByRole('heading', { name: 'Thank you' }).waitFor();
		await checkA11y(page, 'the thank-you page');
		await screenshot(page, 'survey-thanks');
		// It says when results come and where.
		expect(await page.locator('main').innerText()).toMatch(/Results come when the round closes/);
		await page.getByRole('link', { name: 'See the results' }).waitFor();
		expect(scripts).toEqual([]);

		// The ballot left the browser with the submit; a "done" mark without a nonce took its place.
		const names = (await ctx.cookies()).map((c) => c.name);
		expect(names).not.toContain('rapport_ballot');
		expect(names).toContain('rapport_survey_done');
		// A reload (the browser sends the form again, now without a ballot) still thanks.
		await page.reload();
		await page.getByRole('heading', { name: 'Thank you' }).waitFor();

		// The same ballot again: nothing is stored twice, and the page says so.
		const surveyUrl = new URL(page.url());
		surveyUrl.search = '';
		const replay = await page.request.post(`${surveyUrl}?/submit`, {
			form: {},
			headers: { origin: server.baseURL, accept: 'text/html' }
		});
		expect(replay.status()).toBe(200);
		expect(await replay.text()).toContain('already been recorded');
		await page.goto(surveyUrl.toString());
		await page.getByRole('heading', { name: 'Thank you' }).waitFor();

		// The invitation now thanks, with nothing to press.
		const other = await (await context()).newPage();
		await other.goto(links[0]);
		// A new browser has no language cookie: the page speaks the invitee's language.
		await other
			.getByRole('heading', {
				name: /You have answered this round, thank you|Ya has respondido a esta ronda, gracias/
			})
			.waitFor();
		expect(await other.locator('main button, main form').count()).toBe(0);
		await checkA11y(other, 'the invitation after answering');
		await screenshot(other, 'survey-invitation-answered');
		// And the same invitation on another device cannot open a second ballot, even by posting.
		await other.request.post(`${links[0]}?/start`, {
			form: {},
			headers: { origin: server.baseURL, accept: 'text/html' }
		});
		await other.goto(surveyUrl.toString());
		await other.getByRole('heading', { name: 'This survey was already opened' }).waitFor();
		await checkA11y(other, 'the already-opened page');
		await ctx.close();
	});

	it('with JavaScript off: errors are shown next to the field and nothing is stored until fixed', async () => {
		const ctx = await context({ javaScriptEnabled: false });
		const page = await ctx.newPage();
		page.setDefaultTimeout(10_000);
		await startFromLink(page, links[1]);
		await answerSome(page);
		const provider = await chooseFirstDepartment(page);
		expect(await page.locator('fieldset.answerable input:checked').count()).toBeGreaterThan(0);
		await provider.getByLabel('Responsive').check();
		await page.getByRole('button', { name: 'Send my answers' }).click();
		await page.waitForLoadState();
		expect(await page.locator('main').innerText()).toContain('Some answers need another look');
		await page.getByText('Give this department a score').first().waitFor();
		await screenshot(page, 'survey-error-no-js');
		// The answers given are still there; add the missing score and send again.
		expect(await page.locator('fieldset.answerable input:checked').count()).toBeGreaterThan(0);
		await provider.locator('input[type="radio"][value="6"]').check();
		await page.getByRole('button', { name: 'Send my answers' }).click();
		await page.getByRole('heading', { name: 'Thank you' }).waitFor();
		await ctx.close();
	});

	it('on a 375 × 740 phone, in Spanish', async () => {
		const ctx = await context({ viewport: PHONE });
		const page = await ctx.newPage();
		await startFromLink(page, links[2]);
		await page.getByRole('link', { name: 'Español' }).click();
		await page.waitForURL(/lang=es/);
		await page.getByRole('button', { name: 'Enviar mis respuestas' }).waitFor();
		await answerSome(page);
		await checkA11y(page, 'the survey on a phone');
		await screenshot(page, 'survey-phone-es');
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - window.innerWidth
		);
		expect(overflow).toBeLessThanOrEqual(0);
		await page.getByRole('button', { name: 'Enviar mis respuestas' }).click();
		await page.waitForLoadState();
		expect(
			await page.locator('main h1').first().innerText(),
			await page.locator('main').innerText()
		).toBe('Gracias');
		await screenshot(page, 'survey-thanks-phone-es');
		// The back button leads to the survey's address, which thanks instead of asking again.
		await page.goBack();
		await page.waitForLoadState();
		expect(await page.locator('main h1').first().innerText()).toBe('Gracias');
		expect(await page.locator('form').count()).toBe(0);
		await checkA11y(page, 'the thank-you page after going back');
		await screenshot(page, 'survey-back-after-thanks-phone-es');
		await ctx.close();
	});

	it('from the home page of a signed-in employee', async () => {
		const ctx: BrowserContext = await context({ viewport: PHONE });
		const page = await ctx.newPage();
		await signIn(page, DEMO.employee);
		await page.getByRole('button', { name: /Answer now/ }).click();
		await page.waitForURL(/\/survey\//);
		await answerSome(page);
		await page.getByRole('button', { name: 'Send my answers' }).click();
		await page.getByRole('heading', { name: 'Thank you' }).waitFor();
		await page.goto('/');
		const pulses = page.locator('section[aria-labelledby="pulses-heading"]');
		await pulses.getByText('You have answered this round, thank you.').waitFor();
		expect(await pulses.getByRole('link', { name: 'Continue' }).count()).toBe(0);
		await screenshot(page, 'home-after-answering-phone');
		await ctx.close();
	});

	it('an empty survey is recorded only after a second, confirming press (JavaScript off)', async () => {
		const ctx = await context({ javaScriptEnabled: false });
		const page = await ctx.newPage();
		await startFromLink(page, links[3]);
		await page.getByRole('button', { name: 'Send my answers' }).click();
		await page.getByText('You have not answered any question.').waitFor();
		await checkA11y(page, 'the empty-survey confirmation');
		await screenshot(page, 'survey-confirm-empty');
		// Nothing was stored: the ballot is still in the browser.
		expect((await ctx.cookies()).map((c) => c.name)).toContain('rapport_ballot');
		await page.getByRole('button', { name: 'Send without answers' }).click();
		await page.getByRole('heading', { name: 'Thank you' }).waitFor();
		expect((await ctx.cookies()).map((c) => c.name)).not.toContain('rapport_ballot');
		await ctx.close();
	});
});
