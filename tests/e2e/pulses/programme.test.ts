import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	checkA11y,
	DEMO,
	DESKTOP,
	launchBrowser,
	newContext,
	PHONE,
	screenshot,
	signIn,
	confirmStep,
	pressConfirmed
} from '../helpers/browser';
import { revealSurveyLink } from '../helpers/outbox';
import { startServer, type TestServer } from '../helpers/server';

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
	server = await startServer({ seed: true });
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

async function signedIn(
	email: string,
	viewport: { width: number; height: number } = DESKTOP
): Promise<Page> {
	const page = await (await newContext(browser, server.baseURL, viewport)).newPage();
	await signIn(page, email);
	return page;
}

describe('pulse programmes', () => {
	it('HR creates a programme, opens a round, and finds the invitations in the outbox', async () => {
		const page = await signedIn(DEMO.hr);
		await page.goto('/pulses');
		await checkA11y(page, 'the programmes page');
		await page.getByRole('link', { name: 'New programme' }).click();
		await page.waitForURL('**/pulses/new');
		await checkA11y(page, 'the new programme form');

		// A mistake first: no department chosen, reminders after the round closes.
		await page.getByLabel('Name').fill('Legal and Finance pulse');
		await page.getByLabel('Reminders on days').fill('2, 9');
		await page.getByRole('button', { name: 'Create programme' }).click();
		await page.getByText('Choose at least one department').waitFor();
		await page.getByText('Reminder days count from the opening day').waitFor();
		await screenshot(page, 'pulses-new-errors');

		await page.getByLabel('Finance').check();
		await page.getByLabel('Legal').check();
		await page.getByLabel('Reminders on days').fill('2, 4');
		await page.getByRole('button', { name: 'Create programme' }).click();
		await page.waitForURL(/\/pulses\/[0-9a-f-]{36}\?created=1$/);
		await page.getByText('Programme created.').waitFor();
		await checkA11y(page, 'a new programme');

		await page.getByRole('button', { name: 'Open a round now' }).click();
		await page.getByText(/Round opened: \d+ invitation\(s\) queued\./).waitFor();
		const invited = Number(
			/Round opened: (\d+)/.exec((await page.getByRole('status').textContent()) ?? '')?.[1]
		);
		expect(invited).toBe(17); // Finance (14) and Legal (3), less the leavers the seed deactivates
		await page.getByRole('heading', { name: 'Round history' }).waitFor();
		await screenshot(page, 'pulses-programme-open-round');
		await checkA11y(page, 'a programme with an open round');

		await page.goto('/outbox');
		await page
			.getByRole('cell', { name: /Legal and Finance pulse/ })
			.first()
			.waitFor();
		await checkA11y(page, 'the outbox');
		await screenshot(page, 'outbox');
		await page
			.getByRole('link', { name: /Legal and Finance pulse/ })
			.first()
			.click();
		await page.getByText('[personal survey link hidden]').waitFor();
		const link = await revealSurveyLink(page, page.url());
		expect(link).toMatch(new RegExp(`^${server.baseURL}/s/[a-z2-7]{32}$`));
		await screenshot(page, 'outbox-message');

		// The link in the mail opens the survey's entry page for anyone holding it.
		const anonymous = await (await newContext(browser, server.baseURL, PHONE)).newPage();
		await anonymous.goto(link!);
		await anonymous.getByRole('heading', { name: 'Legal and Finance pulse' }).waitFor();
		// The page speaks the invitee's language, which the demo sets to Spanish for some people.
		await anonymous.getByText(/never with your name|nunca con tu nombre/).waitFor();
		await checkA11y(anonymous, 'the survey entry page');
		await screenshot(anonymous, 'survey-entry-phone');

		await page.goto('/pulses');
		await page.getByRole('link', { name: 'Legal and Finance pulse' }).click();
		await pressConfirmed(page, 'Close the open round now', /^Yes, close the round/);
		await page.getByText('Round closed.').waitFor();
		await anonymous.reload();
		await anonymous.getByRole('heading', { name: 'This round has closed' }).waitFor();
		// Many pages, with the link shown through its confirmation: more than the default minute.
	}, 120_000);

	it('HR edits the question bank: a question already asked gets a new version', async () => {
		const page = await signedIn(DEMO.hr);
		await page.goto('/questions');
		await checkA11y(page, 'the question bank');
		await screenshot(page, 'questions');
		await page.getByRole('link', { name: 'Edit “How likely are you to recommend' }).click();
		await page.getByText('This question has been asked already').waitFor();
		await page
			.getByLabel('In English')
			.fill('How likely are you to recommend {organisation} to a friend as a place to work?');
		await page.getByRole('button', { name: 'Save' }).click();
		await page.waitForURL('**/questions');
		await page.getByText('enps.recommend · v2').waitFor();

		await page.getByLabel('In English').fill('abc');
		await page.getByRole('button', { name: 'Add question' }).click();
		await page.getByText('Write the question in English.').waitFor();
	});

	it('shows an employee their open pulse, and keeps programmes to HR', async () => {
		const page = await signedIn(DEMO.employee, PHONE);
		await page
			.getByText(/Monthly pulse/)
			.first()
			.waitFor();
		await screenshot(page, 'home-employee-open-pulse-phone');
		const response = await page.goto('/pulses');
		expect(response?.status()).toBe(403);
		expect((await page.goto('/questions'))?.status()).toBe(403);
		expect((await page.goto('/outbox'))?.status()).toBe(403);
	});

	it('asks before ending a programme, and works without JavaScript', async () => {
		const context = await browser.newContext({
			baseURL: server.baseURL,
			viewport: DESKTOP,
			javaScriptEnabled: false
		});
		const page = await context.newPage();
		await signIn(page, DEMO.hr);
		await page.goto('/pulses');
		await page.getByRole('link', { name: 'Legal and Finance pulse' }).click();
		await confirmStep(page, 'End programme').click();
		// The first press only says what will happen; nothing has changed yet.
		await page.getByText('an ended programme cannot be resumed').waitFor();
		expect(await page.getByText('Ended: no more rounds will open.').count()).toBe(0);
		await screenshot(page, 'pulses-end-confirm');
		await checkA11y(page, 'the end-programme confirmation');
		await page.getByRole('button', { name: 'Yes, end the programme' }).click();
		await page.getByText('Ended: no more rounds will open.').waitFor();
		expect(await confirmStep(page, 'End programme').count()).toBe(0);
		await context.close();
	});
});
