import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	checkA11y,
	DEMO,
	DESKTOP,
	launchBrowser,
	newContext,
	PHONE,
	screenshot,
	signIn
} from '../helpers/browser';
import { startServer, type TestServer } from '../helpers/server';
import { VENDOR_FORMATS, vendorFile, vendorPeople } from '../../helpers/vendor-exports';

let server: TestServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
	server = await startServer({ seed: true });
	browser = await launchBrowser();
});

afterAll(async () => {
	for (const context of contexts) await context.close().catch(() => {});
	await browser?.close();
	await server?.stop();
});

const bamboo = VENDOR_FORMATS.find((f) => f.preset === 'bamboohr')!;

/** A BambooHR directory export; `tag` keeps two uploads' people apart. */
async function bambooFile(tag: string): Promise<Buffer> {
	const people = vendorPeople({ withDivisions: true, badRows: false }).map((p) => ({
		...p,
		id: `${tag}${p.id}`,
		email: p.email.replace('@vendor.test', `@${tag}.test`)
	}));
	return Buffer.from(await vendorFile(bamboo, people));
}

async function uploadToMapping(page: Page, name: string, buffer: Buffer) {
	await page.goto('/org/import');
	await page.setInputFiles('#file', { name, mimeType: 'text/csv', buffer });
	await page.getByRole('button', { name: 'Upload and preview' }).click();
	await page.waitForURL((url) => /^\/org\/import\/[0-9a-f-]{36}\/mapping$/.test(url.pathname));
	await page.getByRole('heading', { level: 1, name: 'What do the columns mean?' }).waitFor();
}

async function expectGuessedBambooMapping(page: Page) {
	expect(await page.locator('#preset').inputValue()).toBe('bamboohr');
	const meaning = (header: string) => page.getByLabel(header, { exact: true }).inputValue();
	expect(await meaning('Employee #')).toBe('employee_id');
	expect(await meaning('Work Email')).toBe('email');
	expect(await meaning('Division')).toBe('division');
	expect(await meaning('Supervisor')).toBe('manager_name');
	expect(await meaning('Status')).toBe('status');
	expect(await meaning('Job Title')).toBe('');
}

const tile = (page: Page, label: string) =>
	page.locator('.tile', { has: page.getByText(label, { exact: true }) }).locator('dd');

describe('HR imports a BambooHR export through the mapping step', () => {
	it('confirms the guessed mapping, corrects a head, previews and applies', async () => {
		const context = await newContext(browser, server.baseURL, DESKTOP);
		contexts.push(context);
		const page = await context.newPage();
		await signIn(page, DEMO.hr);
		await uploadToMapping(page, 'bamboohr-directory.csv', await bambooFile('js'));
		await expectGuessedBambooMapping(page);
		await checkA11y(page, 'the mapping page');
		await screenshot(page, 'org-import-mapping-desktop');

		await page.getByRole('button', { name: 'Use this mapping and preview' }).click();
		await page.waitForURL((url) => /^\/org\/import\/[0-9a-f-]{36}$/.test(url.pathname));
		await page.getByRole('heading', { name: 'Columns used' }).waitFor();
		expect(await tile(page, 'New people').textContent()).toBe('53');
		const heads = page.getByRole('table', { name: 'Department heads' });
		expect(await heads.getByLabel('Leadership', { exact: true }).inputValue()).toBe(
			'marta.ibanez.1@js.test'
		);
		await checkA11y(page, 'the preview of a mapped file');
		await screenshot(page, 'org-import-mapped-preview-desktop');

		await heads.getByLabel('Leadership', { exact: true }).selectOption('zoe.clarke.2@js.test');
		await page.getByRole('button', { name: 'Save the heads' }).click();
		await page.getByText('Chosen by you').waitFor();
		expect(await heads.getByLabel('Leadership', { exact: true }).inputValue()).toBe(
			'zoe.clarke.2@js.test'
		);
		await screenshot(page, 'org-import-head-chosen-desktop');

		await page.getByRole('button', { name: 'Apply import' }).click();
		await page.getByText(/Applied .*53 people added/).waitFor();
		await screenshot(page, 'org-import-mapped-applied-desktop');
	}, 180_000);

	it('works on a phone', async () => {
		const context = await newContext(browser, server.baseURL, PHONE);
		contexts.push(context);
		const page = await context.newPage();
		await signIn(page, DEMO.hr);
		await uploadToMapping(page, 'bamboohr-phone.csv', await bambooFile('phone'));
		await checkA11y(page, 'the mapping page on a phone');
		await screenshot(page, 'org-import-mapping-phone');
		await page.getByRole('button', { name: 'Use this mapping and preview' }).click();
		await page.getByRole('heading', { name: 'Department heads (10)' }).waitFor();
		await screenshot(page, 'org-import-mapped-preview-phone');
	}, 180_000);

	it('works without JavaScript: upload, confirm the mapping, correct a head, apply', async () => {
		const context = await browser.newContext({
			baseURL: server.baseURL,
			viewport: DESKTOP,
			javaScriptEnabled: false
		});
		contexts.push(context);
		const page = await context.newPage();
		await signIn(page, DEMO.hr);
		await uploadToMapping(page, 'bamboohr-nojs.csv', await bambooFile('nojs'));
		await expectGuessedBambooMapping(page);
		await page.getByRole('button', { name: 'Use this mapping and preview' }).click();
		await page.getByRole('heading', { name: 'Columns used' }).waitFor();
		const heads = page.getByRole('table', { name: 'Department heads' });
		await heads.getByLabel('Leadership', { exact: true }).selectOption('');
		await page.getByRole('button', { name: 'Save the heads' }).click();
		await page.getByText('Chosen by you').waitFor();
		await screenshot(page, 'org-import-mapped-preview-nojs');
		await page.getByRole('button', { name: 'Apply import' }).click();
		await page.getByText(/Applied .*53 people added/).waitFor();
	}, 180_000);
});
