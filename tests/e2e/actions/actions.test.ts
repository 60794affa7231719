import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfLines } from '../../helpers/pdf-text';
import {
	checkA11y,
	DEMO,
	DESKTOP,
	launchBrowser,
	newContext,
	PHONE,
	screenshot,
	signIn,
	type Viewport
} from '../helpers/browser';
import { startServer, type TestServer } from '../helpers/server';

// From results to action on the demo: the head of Customer Support adds a focus area and actions
// after the latest closed round (one of them with JavaScript off), the team's employee sees them
// at home, HR sees and filters them on the company view and finds them in the exports, and the
// JSON API answers the head and refuses another head.

let server: TestServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
const ids: Record<string, string> = {};
const TITLE = 'Ask the team each Friday what got in their way';

beforeAll(async () => {
	server = await startServer({ seed: true });
	browser = await launchBrowser();
	const page = await freshPage();
	await signIn(page, DEMO.hr);
	const list = (await (await page.request.get('/api/v1/departments')).json()) as {
		id: string;
		code: string;
	}[];
	for (const d of list) ids[d.code] = d.id;
}, 180_000);

afterAll(async () => {
	for (const c of contexts) await c.close().catch(() => undefined);
	await browser?.close();
	await server?.stop();
});

async function freshPage(viewport: Viewport = DESKTOP, javaScriptEnabled = true): Promise<Page> {
	const context = javaScriptEnabled
		? await newContext(browser, server.baseURL, viewport)
		: await browser.newContext({ baseURL: server.baseURL, viewport, javaScriptEnabled });
	contexts.push(context);
	return context.newPage();
}

async function noSidewaysScroll(page: Page): Promise<void> {
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow).toBeLessThanOrEqual(0);
}

// Each test walks several pages and runs axe on each: more than the default minute on a busy machine.
const WALK_MS = 180_000;

describe('focus areas and actions', () => {
	it(
		'the head picks a focus area and writes actions after the closed round',
		async () => {
			const page = await freshPage();
			await signIn(page, DEMO.head);
			await page.goto(`/team/${ids.SUP}`);
			const panel = page.getByRole('region', { name: 'Focus areas and actions' });
			await panel.getByRole('heading', { name: 'Internal support received' }).waitFor();
			expect(await panel.textContent()).toMatch(/In progress/);
			await page.getByRole('heading', { name: 'Understanding the drivers' }).waitFor();
			await page
				.getByRole('region', { name: 'Understanding the drivers' })
				.locator('summary')
				.filter({ hasText: /^Manager support$/ })
				.click();
			await page.getByText('What is in your way that I could remove this month?').waitFor();
			const items = page.getByRole('region', { name: 'Question by question' });
			expect(await items.textContent()).toMatch(/vs company/);
			expect(await items.getByRole('img').count()).toBeGreaterThan(0);
			await checkA11y(page, 'team page with focus areas');
			await screenshot(page, 'actions-team-desktop');

			await panel.getByRole('link', { name: 'Plan focus areas and actions' }).click();
			await page.getByRole('heading', { name: 'Focus areas and actions', level: 1 }).waitFor();
			await page.getByLabel('Driver or item').selectOption('driver:manager_support');
			await page.getByRole('button', { name: 'Add the focus area' }).click();
			const focus = page.getByRole('region', { name: 'Manager support' });
			await focus.waitFor();
			// Three focus areas now: the most a round allows.
			await page.getByText('the most it can have').waitFor();

			// An owner both chosen and written in is refused next to the field, then saved.
			await focus.getByLabel('What will be done').fill(TITLE);
			await focus.getByLabel('Owner', { exact: true }).selectOption({ index: 1 });
			await focus.getByLabel('…or another owner').fill('Somebody else');
			await focus.getByLabel('Due').fill('2099-03-31');
			await focus.getByRole('button', { name: 'Add the action' }).click();
			await focus.getByText('Choose a person from the list or write a name, not both.').waitFor();
			expect(await focus.getByLabel('…or another owner').getAttribute('aria-invalid')).toBe('true');
			await focus.getByLabel('…or another owner').fill('');
			await focus.getByLabel('Status').selectOption('in_progress');
			await focus.getByRole('button', { name: 'Add the action' }).click();
			await focus.getByText(TITLE).first().waitFor();
			await checkA11y(page, 'plan page');
			await screenshot(page, 'actions-plan-desktop');

			const phone = await freshPage(PHONE);
			await signIn(phone, DEMO.head);
			await phone.goto(`/team/${ids.SUP}/actions`);
			await phone.getByRole('region', { name: 'Manager support' }).waitFor();
			await noSidewaysScroll(phone);
			await screenshot(phone, 'actions-plan-phone');
			await phone.goto(`/team/${ids.SUP}`);
			await phone.getByRole('region', { name: 'Question by question' }).waitFor();
			await noSidewaysScroll(phone);
			await screenshot(phone, 'actions-team-phone');
		},
		WALK_MS
	);

	it(
		'works without JavaScript: a status change is a plain form post',
		async () => {
			const page = await freshPage(DESKTOP, false);
			await signIn(page, DEMO.head);
			await page.goto(`/team/${ids.SUP}/actions`);
			const focus = page.getByRole('region', { name: 'Manager support' });
			await focus.getByText(`Edit “${TITLE}”`).click();
			const editor = focus.locator('details', { hasText: `Edit “${TITLE}”` });
			await editor.getByLabel('Status').selectOption('done');
			await editor.getByLabel('Notes').fill('Done every Friday since the round closed.');
			await editor.getByRole('button', { name: 'Save the action' }).click();
			await page.waitForLoadState('load');
			await page.goto(`/team/${ids.SUP}`);
			const panel = page.getByRole('region', { name: 'Focus areas and actions' });
			const item = panel.locator('li', { hasText: TITLE });
			expect(await item.textContent()).toContain('Done');
		},
		WALK_MS
	);

	it(
		'the employee sees what their team is working on, on their home page',
		async () => {
			for (const viewport of [DESKTOP, PHONE]) {
				const page = await freshPage(viewport);
				await signIn(page, DEMO.employee);
				const section = page.getByRole('region', {
					name: 'What your team is working on after the last survey'
				});
				await section.getByText(TITLE).waitFor();
				expect(await section.textContent()).toMatch(/Overdue/);
				await checkA11y(page, 'home page with team actions');
				if (viewport === PHONE) await noSidewaysScroll(page);
				await screenshot(page, `actions-home-${viewport === PHONE ? 'phone' : 'desktop'}`);
			}
		},
		WALK_MS
	);

	it(
		'HR sees every department’s focus areas on the company view, filtered by status and overdue',
		async () => {
			const page = await freshPage();
			await signIn(page, DEMO.hr);
			await page.goto('/company');
			const section = page.getByRole('region', { name: 'Focus areas and actions' });
			await section.getByText(TITLE).waitFor();
			expect(await section.textContent()).toMatch(/Logistics/);
			await section.getByLabel('Status').selectOption('done');
			await section.getByRole('button', { name: 'Filter actions' }).click();
			await page.waitForURL((url) => url.searchParams.get('actionStatus') === 'done');
			const done = page.getByRole('region', { name: 'Focus areas and actions' });
			await done.getByText(TITLE).waitFor();
			const statuses = await done.locator('li').allTextContents();
			expect(statuses.length).toBeGreaterThan(0);
			for (const text of statuses) expect(text).toMatch(/Done/);
			await checkA11y(page, 'company view with actions');
			await screenshot(page, 'actions-company-desktop');

			await page.goto('/company?overdue=1');
			const overdue = page.getByRole('region', { name: 'Focus areas and actions' });
			await overdue.getByText('Hire two seasonal pickers before the winter peak').waitFor();
			expect(await overdue.getByText(TITLE).count()).toBe(0);
			const phone = await freshPage(PHONE);
			await signIn(phone, DEMO.hr);
			await phone.goto('/company?overdue=1#actions-overview-heading');
			await phone.getByRole('button', { name: 'Filter actions' }).waitFor();
			await screenshot(phone, 'actions-company-phone');
		},
		WALK_MS
	);

	it(
		'the exports hold the actions: an Actions sheet and a report section',
		async () => {
			const page = await freshPage();
			await signIn(page, DEMO.hr);
			const xlsx = await page.request.post('/exports/download', {
				form: { format: 'xlsx', department: '' },
				headers: { origin: server.baseURL }
			});
			expect(xlsx.status()).toBe(200);
			const workbook = new ExcelJS.Workbook();
			const bytes = await xlsx.body();
			await workbook.xlsx.load(
				bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
			);
			const sheet = workbook.getWorksheet('Actions')!;
			const titles: string[] = [];
			sheet.eachRow((row) => titles.push(String(row.getCell(4).value ?? '')));
			expect(titles).toContain(TITLE);

			const pdf = await page.request.post('/exports/download', {
				form: { format: 'pdf', department: ids.SUP },
				headers: { origin: server.baseURL }
			});
			const pages = await pdfLines(new Uint8Array(await pdf.body()));
			const section = pages.find((p) => p[0] === 'Focus areas and actions');
			expect(section?.join(' ')).toContain('Manager support');
		},
		WALK_MS
	);

	it(
		'the JSON API answers the head, refuses another head, and checks what it is sent',
		async () => {
			const head = await freshPage();
			await signIn(head, DEMO.head);
			const listed = await head.request.get(`/api/v1/departments/${ids.SUP}/actions`);
			expect(listed.status()).toBe(200);
			const body = (await listed.json()) as {
				focusAreas: { driver: string; round: { id: string }; actions: { title: string }[] }[];
			};
			const mine = body.focusAreas.find((f) => f.driver === 'manager_support')!;
			expect(mine.actions.map((a) => a.title)).toContain(TITLE);

			const post = (page: Page, department: string, data: unknown) =>
				page.request.post(`/api/v1/departments/${department}/actions`, { data });
			const full = await post(head, ids.SUP, { round: mine.round.id, driver: 'workload' });
			expect(full.status()).toBe(409);
			expect((await full.json()).error.code).toBe('too_many_focus_areas');
			const bad = await post(head, ids.SUP, { round: mine.round.id });
			expect(bad.status()).toBe(422);
			expect((await bad.json()).error.code).toBe('invalid_input');
			const created = await post(head, ids.SUP, {
				focusArea: (
					(await (await head.request.get(`/api/v1/departments/${ids.SUP}/actions`)).json()) as {
						focusAreas: { id: string; driver: string }[];
					}
				).focusAreas.find((f) => f.driver === 'manager_support')!.id,
				actions: [{ title: 'Added through the API', dueOn: '2099-01-15' }]
			});
			expect(created.status()).toBe(201);
			const createdBody = (await created.json()) as { focusArea: { actions: { title: string }[] } };
			expect(createdBody.focusArea.actions.map((a) => a.title)).toContain('Added through the API');

			const other = await freshPage();
			await signIn(other, 'head.finance@demo.test');
			expect((await other.request.get(`/api/v1/departments/${ids.SUP}/actions`)).status()).toBe(
				403
			);
			const refused = await post(other, ids.SUP, { round: mine.round.id, driver: 'morale' });
			expect(refused.status()).toBe(403);
			expect((await refused.json()).error.code).toBe('forbidden');
			const employee = await freshPage();
			await signIn(employee, DEMO.employee);
			expect((await employee.request.get(`/api/v1/departments/${ids.SUP}/actions`)).status()).toBe(
				403
			);
			const anonymous = await fetch(`${server.baseURL}/api/v1/departments/${ids.SUP}/actions`);
			expect(anonymous.status).toBe(401);
			expect(((await anonymous.json()) as { error: { code: string } }).error.code).toBe(
				'unauthenticated'
			);
		},
		WALK_MS
	);
});
