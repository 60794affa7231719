import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO, PHONE, checkA11y, newContext, screenshot, signIn } from '../helpers/browser';
import { useWalkSetUp } from '../helpers/walk';

// Scheduled reports as HR keeps them on /exports/schedules: a schedule made, changed and
// deleted in Chromium, with JavaScript on and off, each step read back from the page and from
// the audit log (a save that changes nothing leaves no entry). Nobody else reaches the page.

const setUp = useWalkSetUp();
const PATH = '/exports/schedules';

async function signedIn(email: string, options: { javaScript?: boolean; phone?: boolean } = {}) {
	const { javaScript = true, phone = false } = options;
	const context = javaScript
		? await newContext(setUp.browser(), setUp.server().baseURL, phone ? PHONE : undefined)
		: await setUp.browser().newContext({
				baseURL: setUp.server().baseURL,
				viewport: phone ? PHONE : undefined,
				locale: 'en-GB',
				javaScriptEnabled: false
			});
	const page = await context.newPage();
	await signIn(page, email);
	return page;
}

const schedules = (page: Page) => page.locator('form[action="?/update"]');

/** The form's values as HR sees them selected. */
async function valuesOf(form: Locator) {
	return {
		cadence: await form.getByLabel('How often').inputValue(),
		language: await form.getByLabel('Language').inputValue(),
		paper: await form.getByLabel('Paper').inputValue()
	};
}

async function choose(form: Locator, values: { cadence: string; language: string; paper: string }) {
	await form.getByLabel('How often').selectOption(values.cadence);
	await form.getByLabel('Language').selectOption(values.language);
	await form.getByLabel('Paper').selectOption(values.paper);
}

/** Presses a form's button and waits for its action's answer, then reads the page afresh. */
async function submit(page: Page, form: Locator, button: string, action: string) {
	const answered = page.waitForResponse(
		(r) => r.request().method() === 'POST' && r.url().includes(`?/${action}`)
	);
	await form.getByRole('button', { name: button }).click();
	expect((await answered).status()).toBe(200);
	await page.goto(PATH);
}

/** The audit log's report-schedule entries, newest first: action and label. */
async function auditEntries(page: Page): Promise<string[]> {
	await page.goto('/org/audit?type=report_schedule');
	const entries = await page.locator('ol.trail > li .head').allInnerTexts();
	await page.goto(PATH);
	return entries.map((e) => e.replace(/\s+/g, ' ').trim());
}

describe('scheduled reports', () => {
	it('HR makes, changes and deletes a schedule, each step audited once', async () => {
		const page = await signedIn(DEMO.hr);
		try {
			await page.goto(PATH);
			expect(await page.getByRole('heading', { name: 'Scheduled reports' }).isVisible()).toBe(true);
			await checkA11y(page, 'scheduled reports');
			const before = await schedules(page).count();
			const audited = await auditEntries(page);

			const create = page.locator('form[action="?/create"]');
			await choose(create, { cadence: 'monthly', language: 'es', paper: 'letter' });
			await submit(page, create, 'Schedule', 'create');
			expect(await schedules(page).count()).toBe(before + 1);
			const made = schedules(page).last();
			expect(await valuesOf(made)).toEqual({ cadence: 'monthly', language: 'es', paper: 'letter' });
			await screenshot(page, 'exports-schedules-desktop');

			await choose(made, { cadence: 'quarterly', language: 'es', paper: 'letter' });
			await submit(page, made, 'Save', 'update');
			expect(await valuesOf(schedules(page).last())).toEqual({
				cadence: 'quarterly',
				language: 'es',
				paper: 'letter'
			});
			// Saved again as it stands: nothing changed, so nothing more is logged.
			await submit(page, schedules(page).last(), 'Save', 'update');

			const card = page.locator('.card').filter({ has: schedules(page).last() });
			await submit(page, card.locator('form[action="?/delete"]'), 'Delete this schedule', 'delete');
			expect(await schedules(page).count()).toBe(before);

			const logged = await auditEntries(page);
			expect(logged.slice(0, logged.length - audited.length)).toEqual([
				'Report schedule deleted quarterly report, Spanish, Letter',
				'Report schedule changed quarterly report, Spanish, Letter',
				'Report schedule created monthly report, Spanish, Letter'
			]);
		} finally {
			await page.context().close();
		}
	});

	it('works without JavaScript, on a phone', async () => {
		const page = await signedIn(DEMO.hr, { javaScript: false, phone: true });
		try {
			await page.goto(PATH);
			const before = await schedules(page).count();
			const create = page.locator('form[action="?/create"]');
			await choose(create, { cadence: 'quarterly', language: 'en', paper: 'a4' });
			await create.getByRole('button', { name: 'Schedule' }).click();
			await page.waitForLoadState();
			expect(await page.getByText('Saved.', { exact: true }).isVisible()).toBe(true);
			expect(await schedules(page).count()).toBe(before + 1);
			await checkA11y(page, 'scheduled reports without JavaScript');
			await screenshot(page, 'exports-schedules-phone');

			const card = page.locator('.card').filter({ has: schedules(page).last() });
			await card.getByRole('button', { name: 'Delete this schedule' }).click();
			await page.waitForLoadState();
			await page.goto(PATH);
			expect(await schedules(page).count()).toBe(before);
		} finally {
			await page.context().close();
		}
	});

	it('is HR’s alone: a head and an employee are refused the page and its actions', async () => {
		const { baseURL } = setUp.server();
		for (const email of [DEMO.head, DEMO.employee]) {
			const page = await signedIn(email);
			try {
				expect((await page.goto(PATH))?.status(), email).toBe(403);
				const posted = await page.request.post(`${PATH}?/create`, {
					form: { cadence: 'monthly', language: 'en', paper: 'a4' },
					headers: { origin: baseURL },
					maxRedirects: 0
				});
				expect(posted.status(), email).toBe(403);
			} finally {
				await page.context().close();
			}
		}
		const anonymous = await (await newContext(setUp.browser(), baseURL)).newPage();
		try {
			await anonymous.goto(PATH);
			expect(new URL(anonymous.url()).pathname).toBe('/login');
		} finally {
			await anonymous.context().close();
		}
	});
});
