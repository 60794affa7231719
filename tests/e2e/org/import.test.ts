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

async function hrPage(viewport: { width: number; height: number } = DESKTOP): Promise<Page> {
	const context = await newContext(browser, server.baseURL, viewport);
	contexts.push(context);
	const page = await context.newPage();
	await signIn(page, DEMO.hr);
	return page;
}

const HEADER = 'employee_id,email,name,department,head_of,locale,role';
const GOOD = [
	HEADER,
	',employee@demo.test,Eva Employee,Operations/Customer Support/Tier 2,,es,employee',
	'E9001,nia.starter@demo.test,Nia Starter,Operations/Customer Support/Tier 2,Operations/Customer Support/Tier 2,en,employee',
	'E9002,quentin.lead@demo.test,"Lead, Quentin",Quality/Audits,Quality;Quality/Audits,fr,'
].join('\r\n');
const BAD = [
	HEADER,
	'E9003,not-an-email,Bad Email,Operations,,en,employee',
	'E9004,someone@demo.test,Unknown Department,NOWHERE,,en,employee',
	'E9005,employee@demo.test,Duplicate of Eva,Operations,,en,boss'
].join('\n');

async function upload(page: Page, name: string, content: string) {
	await page.goto('/org/import');
	await page.setInputFiles('#file', {
		name,
		mimeType: 'text/csv',
		buffer: Buffer.from(content, 'utf8')
	});
	await page.getByRole('button', { name: 'Upload and preview' }).click();
	await page.waitForURL((url) => /^\/org\/import\/[0-9a-f-]{36}$/.test(url.pathname));
	await page.getByRole('heading', { level: 1, name }).waitFor();
}

const tile = (page: Page, label: string) =>
	page.locator('.tile', { has: page.getByText(label, { exact: true }) }).locator('dd');

describe('HR imports the organisation from a CSV file', () => {
	it('uploads, sees the preview, applies it and sees the new tree', async () => {
		const page = await hrPage();
		await page
			.getByRole('navigation', { name: 'Main' })
			.getByRole('link', { name: 'Import' })
			.click();
		await page.getByRole('heading', { level: 1, name: 'Import from your HR system' }).waitFor();
		await checkA11y(page, 'the import page');
		await screenshot(page, 'org-import-desktop');

		await upload(page, 'hr-export.csv', GOOD);
		expect(await tile(page, 'New departments').textContent()).toBe('3');
		expect(await tile(page, 'New people').textContent()).toBe('2');
		expect(await tile(page, 'People changing department').textContent()).toBe('1');
		await page.getByRole('heading', { name: 'New departments (3)' }).waitFor();
		const created = page.getByRole('table', { name: 'Departments the import creates' });
		for (const path of ['Operations/Customer Support/Tier 2', 'Quality', 'Quality/Audits']) {
			await created.getByRole('cell', { name: path, exact: true }).waitFor();
		}
		const people = page.getByRole('table', { name: 'People the import adds' });
		await people.getByRole('cell', { name: 'Lead, Quentin', exact: true }).waitFor();
		const changes = page.getByRole('table', { name: 'People the import changes' });
		expect(await changes.getByRole('row').nth(1).textContent()).toMatch(
			/Eva Employee.*Department:\s*Operations\/Customer Support\s*→.*Operations\/Customer Support\/Tier 2.*Language:\s*\S+\s*→.*es/
		);
		await checkA11y(page, 'the import preview');
		await screenshot(page, 'org-import-preview-desktop');

		await page.getByRole('button', { name: 'Apply import' }).click();
		await page
			.getByText(/Applied .*3 departments created, 2 people added, 1 person changed\./)
			.waitFor();
		await checkA11y(page, 'the applied import');
		await screenshot(page, 'org-import-applied-desktop');

		await page.getByRole('link', { name: 'See the department tree' }).click();
		await page.waitForURL((url) => url.pathname === '/org/departments');
		for (const name of ['Tier 2', 'Quality', 'Audits']) {
			await page.getByRole('rowheader', { name, exact: true }).waitFor();
		}
		await screenshot(page, 'org-departments-after-import-desktop');

		// The same file again: nothing to change, and no apply button.
		await upload(page, 'hr-export.csv', GOOD);
		await page.getByText('This file matches the organisation: nothing to change.').waitFor();
		await page.getByRole('button', { name: 'Apply import' }).click();
		await page.getByText(/Applied .*Nothing needed changing\./).waitFor();
	});

	it('shows every bad row with line, column and problem, and offers no way to apply', async () => {
		const page = await hrPage();
		await upload(page, 'broken.csv', BAD);
		await page.getByText('4 problems in the file.').waitFor();
		const rows = page.getByRole('table', { name: 'Rows with problems' }).getByRole('row');
		expect(await rows.count()).toBe(5);
		expect(await rows.nth(1).textContent()).toMatch(/2\s*email.*not an email address/);
		expect(await rows.nth(2).textContent()).toMatch(/3\s*department.*NOWHERE/);
		expect(await page.getByRole('button', { name: 'Apply import' }).count()).toBe(0);
		await checkA11y(page, 'a preview with problems');
		await screenshot(page, 'org-import-problems-desktop');
	});

	it('works on a phone', async () => {
		const page = await hrPage(PHONE);
		await page.goto('/org/import');
		await checkA11y(page, 'the import page on a phone');
		await screenshot(page, 'org-import-phone');
		await upload(page, 'hr-export-2.csv', GOOD.replace('Eva Employee', 'Eva M. Employee'));
		await checkA11y(page, 'the import preview on a phone');
		await screenshot(page, 'org-import-preview-phone');
		await page.goto('/org/departments');
		await screenshot(page, 'org-departments-phone');
	});

	it('refuses a file over the size limit with a clear message', async () => {
		const page = await hrPage();
		await page.goto('/org/import');
		const big = HEADER + '\n' + `E1,a@b.test,${'x'.repeat(190)},Operations,,en,\n`.repeat(6000);
		await page.setInputFiles('#file', {
			name: 'huge.csv',
			mimeType: 'text/csv',
			buffer: Buffer.from(big)
		});
		await page.getByRole('button', { name: 'Upload and preview' }).click();
		await page.getByText(/The file is .* the largest accepted here is/).waitFor();
		expect(new URL(page.url()).pathname).toBe('/org/import');
	});

	it('works without JavaScript: upload, preview, apply', async () => {
		const context = await browser.newContext({
			baseURL: server.baseURL,
			viewport: DESKTOP,
			javaScriptEnabled: false
		});
		contexts.push(context);
		const page = await context.newPage();
		await signIn(page, DEMO.hr);
		const file = [HEADER, 'E9100,no.script@demo.test,Noor Script,Operations/Quiet Room,,en,'].join(
			'\n'
		);
		await upload(page, 'no-js.csv', file);
		expect(await tile(page, 'New people').textContent()).toBe('1');
		await page.getByRole('button', { name: 'Apply import' }).click();
		await page.getByText(/Applied .*1 department created, 1 person added\./).waitFor();
	});
});
