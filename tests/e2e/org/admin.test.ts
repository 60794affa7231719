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
	signIn,
	confirmStep,
	pressConfirmed
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

async function freshPage(viewport: { width: number; height: number } = DESKTOP): Promise<Page> {
	const context = await newContext(browser, server.baseURL, viewport);
	contexts.push(context);
	return context.newPage();
}

async function openPerson(page: Page, search: string, name: string) {
	await page.goto(`/org/people?q=${encodeURIComponent(search)}`);
	await page.getByRole('link', { name, exact: true }).click();
	await page.getByRole('heading', { level: 1, name: new RegExp(name) }).waitFor();
}

describe('HR manages people and departments', () => {
	it('gives a person a one-time password link that signs them in, and deactivation signs them out', async () => {
		const hr = await freshPage();
		await signIn(hr, DEMO.hr);
		await openPerson(hr, 'employee@demo.test', 'Eva Employee');
		await checkA11y(hr, 'a person page');
		await screenshot(hr, 'org-person-desktop');

		await hr.getByRole('button', { name: 'Create a password-reset link' }).click();
		const linkField = hr.getByLabel('Password link');
		await linkField.waitFor();
		const link = await linkField.inputValue();
		expect(link).toMatch(new RegExp(`^${server.baseURL}/reset-password/[a-z2-7]{32}$`));
		await checkA11y(hr, 'a person page showing a reset link');
		await screenshot(hr, 'org-person-reset-link-desktop');

		const eva = await freshPage(PHONE);
		await eva.goto(link);
		await eva.getByRole('heading', { name: 'Choose a password' }).waitFor();
		await checkA11y(eva, 'the password link page');
		await screenshot(eva, 'reset-password-phone');
		await eva.getByLabel('New password').fill('lantern orbit kettle 42');
		await eva.getByLabel('The same password again').fill('lantern orbit kettle 42');
		await eva.getByRole('button', { name: 'Save and sign in' }).click();
		await eva.waitForURL((url) => url.pathname === '/');
		await eva.getByRole('heading', { level: 1, name: 'Hello, Eva' }).waitFor();

		// The link works once.
		const again = await freshPage();
		await again.goto(link);
		await again.getByRole('heading', { name: 'This link does not work' }).waitFor();

		await hr.reload();
		await pressConfirmed(hr, 'Deactivate', /^Yes, deactivate/);
		await hr.getByText('Deactivated: they were signed out everywhere.').waitFor();
		await eva.reload();
		await eva.waitForURL((url) => url.pathname === '/login');

		await hr.getByRole('button', { name: 'Reactivate' }).click();
		await hr.getByText('Reactivated.').waitFor();
		await hr.getByRole('region', { name: 'History' }).getByText('Person deactivated').waitFor();
	});

	it('grants HR and makes a department head, refusing to let HR revoke their own role', async () => {
		const hr = await freshPage();
		await signIn(hr, DEMO.hr);
		await openPerson(hr, 'employee@demo.test', 'Eva Employee');
		await hr.getByRole('button', { name: 'Grant HR role' }).click();
		await hr.getByText('They now have the HR role.').waitFor();
		await hr.getByRole('button', { name: 'Revoke HR role' }).click();
		await hr.getByText('The HR role was revoked.').waitFor();

		await hr.getByLabel('Make head of').selectOption({ label: 'Corporate Services › Legal' });
		await hr.getByRole('button', { name: 'Make head' }).click();
		await hr.getByText('Made head of the department.').waitFor();
		await hr.getByRole('link', { name: 'Corporate Services › Legal' }).waitFor();

		await openPerson(hr, 'hr@demo.test', 'Helena Ruiz');
		expect(await hr.getByRole('button', { name: 'Revoke HR role' }).count()).toBe(0);
		expect(await confirmStep(hr, 'Deactivate').count()).toBe(0);
	});

	it('renames, moves and archives departments, refusing a cycle', async () => {
		const hr = await freshPage();
		await signIn(hr, DEMO.hr);
		await hr.goto('/org/departments');
		await hr.getByRole('link', { name: 'Operations', exact: true }).click();
		await hr.getByRole('heading', { level: 1, name: /Operations/ }).waitFor();
		await checkA11y(hr, 'a department page');
		await screenshot(hr, 'org-department-desktop');

		// Operations cannot go under its own sub-department: it is not even offered, and the server
		// refuses it when forced.
		const options = await hr.getByLabel('Move under').locator('option').allTextContents();
		expect(options.some((o) => o.includes('Customer Support'))).toBe(false);

		await hr.goto('/org/departments/new');
		await hr.getByLabel('Name').fill('Quality');
		await hr.getByLabel('Code').fill('QA');
		await hr.getByLabel('Part of').selectOption({ label: 'Operations' });
		await hr.getByRole('button', { name: 'Add the department' }).click();
		await hr.getByText('The department was added.').waitFor();

		await hr.getByLabel('Name').fill('Quality Assurance');
		await hr.getByLabel('Customer-facing').check();
		await hr.getByRole('button', { name: 'Save' }).click();
		await hr.getByText('Saved.').waitFor();
		await hr.getByRole('heading', { level: 1, name: /Quality Assurance/ }).waitFor();

		await hr.getByLabel('Move under').selectOption({ label: 'Commercial' });
		await hr.getByRole('button', { name: 'Move' }).click();
		await hr.getByText(/^Moved\./).waitFor();
		await hr.getByText('Commercial › Quality Assurance').waitFor();

		await pressConfirmed(hr, 'Archive', /^Yes, archive it/);
		await hr.getByText('Archived. Its history stays with it.').waitFor();
		const history = hr.getByRole('region', { name: 'History' });
		for (const label of [
			'Department created',
			'Department changed',
			'Department moved',
			'Department archived'
		]) {
			await history.getByText(label).waitFor();
		}
		await screenshot(hr, 'org-department-archived-desktop');

		// A department with people cannot be archived.
		await hr.goto('/org/departments');
		await hr.getByRole('link', { name: 'Legal', exact: true }).click();
		await pressConfirmed(hr, 'Archive', /^Yes, archive it/);
		await hr.getByText(/Move or archive its 3 active people first/).waitFor();
	});

	it('shows the audit log', async () => {
		const hr = await freshPage();
		await signIn(hr, DEMO.hr);
		await hr
			.getByRole('navigation', { name: 'Main' })
			.getByRole('link', { name: 'Audit log' })
			.click();
		await hr.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
		await hr.getByText('Department moved').first().waitFor();
		await hr.getByText('Password set from a reset link').first().waitFor();
		await checkA11y(hr, 'the audit log');
		await screenshot(hr, 'org-audit-desktop');

		await hr.getByLabel('Show').selectOption('department');
		await hr.getByRole('button', { name: 'Filter' }).click();
		await hr.waitForURL((url) => url.searchParams.get('type') === 'department');
		expect(await hr.getByText('Person deactivated').count()).toBe(0);

		const phone = await freshPage(PHONE);
		await signIn(phone, DEMO.hr);
		await phone.goto('/org/audit');
		await checkA11y(phone, 'the audit log on a phone');
		await screenshot(phone, 'org-audit-phone');
		await openPerson(phone, 'employee@demo.test', 'Eva Employee');
		await checkA11y(phone, 'a person page on a phone');
		await screenshot(phone, 'org-person-phone');
	});
});
