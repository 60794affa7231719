import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { SMTPServer } from 'smtp-server';
import en from '../../../src/lib/i18n/locales/en';
import es from '../../../src/lib/i18n/locales/es';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { surveyStrings } from '../../../src/lib/domain/survey-i18n';
import { issueBallot } from '../../../src/lib/server/surveys/ballots';
import {
	checkA11y,
	DEMO,
	DESKTOP,
	launchBrowser,
	newContext,
	PHONE,
	screenshot,
	signIn,
	type Viewport,
	pressConfirmed
} from '../helpers/browser';
import { startServer, type TestServer } from '../helpers/server';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// HR as an insider: survey links are hidden, each showing is confirmed, audited and told to the
// person; the invitation page names the department; a closed round with more responses than
// ballots issued is flagged. With SMTP configured no link is ever shown.

// The server signs ballots with this, so the test can mint one as a holder of the secret could.
const SECRET = 'insider-e2e-secret-0123456789abcdef0123456789abcdef';

let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
});

async function pageAt(server: TestServer, viewport: Viewport = DESKTOP): Promise<Page> {
	return (await newContext(browser, server.baseURL, viewport)).newPage();
}

/** Full-page screenshots at 1280 and 375 px wide. */
async function both(page: Page, name: string) {
	await page.setViewportSize(DESKTOP);
	await screenshot(page, `${name}-desktop`);
	const desktop = page.viewportSize();
	await page.setViewportSize(PHONE);
	await screenshot(page, `${name}-phone`);
	if (desktop) await page.setViewportSize(desktop);
}

describe('without a mail server', () => {
	let server: TestServer;

	beforeAll(async () => {
		server = await startServer({ seed: true, env: { RAPPORT_SECRET: SECRET } });
	});

	afterAll(async () => {
		await server?.stop();
	});

	it('HR shows a link only on purpose; the person, the audit log and the round page know', async () => {
		const hr = await pageAt(server);
		await signIn(hr, DEMO.hr);
		let recipient = '';
		for (let message = 0; ; message++) {
			await hr.goto('/outbox?kind=invitation');
			await hr.getByText('Survey links are hidden').waitFor();
			await hr
				.getByRole('link', { name: /Monthly pulse/ })
				.nth(message)
				.click();
			await hr.getByText('[personal survey link hidden]').waitFor();
			recipient = (await hr.locator('.facts dd').first().textContent())!.trim();
			// The outbox's first message may be anyone's; the last test needs the demo's employee
			// to be someone whose link was not shown.
			if (recipient !== DEMO.employee) break;
		}
		expect(await hr.content()).not.toMatch(/\/s\/[a-z2-7]{32}/);
		await checkA11y(hr, 'an outbox message with its link hidden');
		await both(hr, 'insider-outbox-hidden-link');

		await hr.getByRole('link', { name: 'Show the link…' }).click();
		await hr.getByText(/will be told/).waitFor();
		await checkA11y(hr, 'the confirmation before showing a link');
		await both(hr, 'insider-reveal-confirm');
		await hr.getByRole('button', { name: /^Show the link and tell / }).click();
		const link = (await hr.locator('.revealed code').textContent())!;
		// The demo's mail was written at seeding, under another origin: its path is the link.
		expect(link).toMatch(/^https?:\/\/[^/]+\/s\/[a-z2-7]{32}$/);

		await hr.goto('/org/audit?type=person');
		await hr.getByText('Survey link shown to HR').first().waitFor();

		// The person (or whoever holds the link) is told which department the answers count for.
		const holder = await pageAt(server, PHONE);
		await holder.goto(new URL(link).pathname);
		// The page speaks the recipient's language, and the outbox's first message may be anyone's.
		const countsForLine = (lang: 'en' | 'es') => {
			const [before, after] = surveyStrings(lang).countsFor('\u0000').split('\u0000');
			return new RegExp(`^${escapeRegExp(before)}.+${escapeRegExp(after)}$`);
		};
		await holder
			.getByText(countsForLine('en'))
			.or(holder.getByText(countsForLine('es')))
			.waitFor()
			.catch(async (err) => {
				throw new Error(`${err}\n${recipient}: ${await holder.locator('body').innerText()}`);
			});
		const t = surveyStrings((await holder.getByText(countsForLine('es')).count()) ? 'es' : 'en');
		await checkA11y(holder, 'the invitation page');
		await both(holder, 'insider-invitation-department');
		await holder.getByRole('button', { name: t.start }).click();
		await holder.waitForURL(/\/survey\/[0-9a-f-]{36}$/);
		const ballot = (await holder.context().cookies()).find((c) => c.name === 'rapport_ballot');
		const [roundId, departmentId] = ballot!.value.split('.');
		await holder.getByRole('button', { name: t.submit }).click();
		// Nothing was answered: the survey asks once more before it records an empty response.
		await holder.getByRole('button', { name: t.emptySend }).click();
		await holder.getByRole('heading', { name: t.thanksTitle }).waitFor();

		// Someone with the server's secret adds two responses nobody was invited to give.
		for (let i = 0; i < 2; i++) {
			const minted = issueBallot(SECRET, roundId, departmentId);
			const response = await fetch(`${server.baseURL}/survey/${roundId}?/submit`, {
				method: 'POST',
				headers: {
					origin: server.baseURL,
					accept: 'text/html',
					'content-type': 'application/x-www-form-urlencoded',
					cookie: `rapport_ballot=${minted}`
				},
				// An empty response, confirmed as the survey's second press would.
				body: 'confirm_empty=1'
			});
			expect(response.status).toBe(200);
			expect(await response.text()).toContain('Thank you');
		}

		await hr.goto('/pulses');
		await hr.getByRole('link', { name: 'Monthly pulse' }).click();
		await hr.getByRole('heading', { name: 'Survey links shown to HR' }).waitFor();
		// Results are never live: nothing is said while the round is open.
		expect(await hr.getByText('more responses than ballots issued').count()).toBe(0);
		await pressConfirmed(hr, 'Close the open round now', /^Yes, close the round/);
		await hr.getByText('Round closed.').waitFor();
		await hr.reload();
		await hr.getByText(/more responses than ballots issued/).waitFor();
		await hr.getByText(/shown to Helena Ruiz\s+on/).waitFor();
		await checkA11y(hr, 'the programme page with a reveal and a tamper warning');
		await both(hr, 'insider-round-page');

		const person = await pageAt(server);
		await signIn(person, recipient);
		await person.goto('/');
		// The notice speaks the person's language, and the recipient may read Spanish.
		const notice = (messages: typeof en) =>
			new RegExp(
				`^${escapeRegExp(messages.home.linkShown('Monthly pulse', '\u0000').split('\u0000')[0])}`
			);
		await person
			.getByText(notice(en))
			.or(person.getByText(notice(es)))
			.waitFor();
		await checkA11y(person, 'the home page with the notice');
		await both(person, 'insider-home-notice');
	}, 180_000);

	it('the employee whose link nobody showed sees no notice', async () => {
		const page = await pageAt(server);
		await signIn(page, DEMO.employee);
		await page.getByRole('heading', { name: /^Hello/ }).waitFor();
		expect(await page.getByText('HR viewed your survey link').count()).toBe(0);
	});
});

describe('with a mail server', () => {
	let server: TestServer;
	let smtp: SMTPServer;

	beforeAll(async () => {
		smtp = new SMTPServer({
			authOptional: true,
			disabledCommands: ['STARTTLS'],
			disableReverseLookup: true,
			logger: false,
			onData: (stream, _session, callback) => {
				stream.resume();
				stream.on('end', () => callback());
			}
		});
		// The app is stopped mid-delivery at the end; the connection it drops is not a failure.
		smtp.on('error', (err: NodeJS.ErrnoException) => {
			if (err.code !== 'ECONNRESET') throw err;
		});
		await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
		const { port } = smtp.server.address() as AddressInfo;
		server = await startServer({
			seed: true,
			env: { SMTP_URL: `smtp://127.0.0.1:${port}?pool=false` }
		});
	});

	afterAll(async () => {
		await server?.stop();
		await new Promise<void>((resolve) => smtp?.close(() => resolve()));
	});

	it('never shows HR a survey link, not even by posting the form', async () => {
		const hr = await pageAt(server);
		await signIn(hr, DEMO.hr);
		await hr.goto('/outbox?kind=invitation');
		await hr
			.getByRole('link', { name: /Monthly pulse/ })
			.first()
			.click();
		await hr.getByRole('heading', { name: /Monthly pulse/ }).waitFor();
		expect(await hr.getByRole('link', { name: 'Show the link…' }).count()).toBe(0);
		expect(await hr.content()).not.toMatch(/\/s\/[a-z2-7]{32}/);
		const refused = await hr.request.post(`${hr.url().split('?')[0]}?/reveal`, {
			form: {},
			headers: { origin: server.baseURL, accept: 'text/html' }
		});
		expect(refused.status()).toBe(403);
		expect(await refused.text()).not.toMatch(/\/s\/[a-z2-7]{32}/);
	});
});
