import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	checkA11y,
	DEMO,
	DESKTOP,
	launchBrowser,
	PHONE,
	screenshot,
	signIn,
	type Viewport
} from '../helpers/browser';
import { startServer, type TestServer } from '../helpers/server';
import { DEMO_WRITER_CAPABILITY } from '../../../scripts/seed/demo-conversations';

// The whole conversation with JavaScript off: the head replies on the team's conversations page,
// the writer reads it through their private link in a browser of their own and answers, and
// nobody else (another browser, another link) sees anything of the writer.

let server: TestServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
const WRITER_PATH = `/survey/conversation/${DEMO_WRITER_CAPABILITY}`;
const REPLY = 'Which step of the month-end close slows you down most?';
const ANSWER = 'Approvals that wait for one person who is often travelling.';

async function page(viewport: Viewport = DESKTOP): Promise<Page> {
	const context = await browser.newContext({
		baseURL: server.baseURL,
		viewport,
		javaScriptEnabled: false,
		locale: 'en-GB'
	});
	contexts.push(context);
	return context.newPage();
}

async function headConversations(viewport: Viewport = DESKTOP): Promise<Page> {
	const head = await page(viewport);
	await signIn(head, DEMO.head);
	await head.goto('/team');
	await head.getByRole('link', { name: 'Reply to comments and read the conversations' }).click();
	await head.getByRole('heading', { name: /Conversations on comments/ }).waitFor();
	return head;
}

beforeAll(async () => {
	server = await startServer({ seed: true });
	browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
	for (const context of contexts) await context.close();
	await browser?.close();
	await server?.stop();
});

describe('anonymous conversations, JavaScript off', { timeout: 240_000 }, () => {
	it('the head replies; the writer reads it by their link and answers; the head sees the answer', async () => {
		const head = await headConversations();
		const waiting = head
			.locator('li.comment', { has: head.locator('summary', { hasText: /^Reply$/ }) })
			.first();
		await waiting.locator('summary').click();
		await waiting.getByLabel('Your reply').fill(REPLY);
		await waiting.getByRole('button', { name: 'Send reply' }).click();
		await head.getByText('Reply sent.').waitFor();
		await checkA11y(head, 'conversations page');
		await screenshot(head, 'conversations-team-1280');

		const writer = await page();
		const response = await writer.goto(WRITER_PATH);
		expect(response?.headers()['cache-control']).toContain('no-store');
		expect(response?.headers()['referrer-policy']).toBeTruthy();
		const thread = writer.locator('article', { hasText: REPLY });
		await expect(thread.count()).resolves.toBe(1);
		await expect(writer.locator('article').count()).resolves.toBe(3);
		await thread.getByLabel('Your answer').fill(ANSWER);
		await thread.getByRole('button', { name: 'Send my answer' }).click();
		await writer.getByText('Your answer was sent.').waitFor();
		await expect(
			writer.locator('article', { hasText: REPLY }).getByText(ANSWER).count()
		).resolves.toBe(1);
		// Nothing on the device: no cookie was set by any of it.
		expect(await writer.context().cookies()).toEqual([]);
		await checkA11y(writer, 'writer page');
		await screenshot(writer, 'conversations-writer-1280');

		await head.reload();
		const answered = head.locator('li.comment', { hasText: REPLY });
		await expect(answered.getByText(ANSWER).count()).resolves.toBe(1);
		await expect(answered.getByText('Writer (anonymous)').count()).resolves.toBe(1);
	});

	it('shows another browser, another link or another person nothing of the writer', async () => {
		const stranger = await page();
		await stranger.goto(`/survey/conversation/${'x'.repeat(43)}`);
		await stranger.getByText(/No replies yet/).waitFor();
		expect(await stranger.content()).not.toContain(ANSWER);
		expect((await stranger.goto('/survey/conversation/not-a-link'))?.status()).toBe(404);

		const employee = await page();
		await signIn(employee, DEMO.employee);
		for (const path of ['/', '/stories', '/results']) {
			await employee.goto(path);
			expect(await employee.content(), path).not.toContain(ANSWER);
		}
		// Someone who is not a head of Support (nor HR) cannot open its conversations.
		expect(
			(await employee.goto(new URL(await supportConversationsPath()).pathname))?.status()
		).toBe(403);
	});

	it('opens the same page from a pasted link, keeping it out of the address', async () => {
		const writer = await page(PHONE);
		await writer.goto('/survey/conversation?lang=es');
		await writer.getByLabel('Enlace privado o código').fill(`${server.baseURL}${WRITER_PATH}`);
		await writer.getByRole('button', { name: 'Abrir' }).click();
		await writer.getByRole('heading', { name: 'Respuestas a tus comentarios' }).waitFor();
		expect(new URL(writer.url()).pathname).toBe('/survey/conversation');
		await expect(writer.getByText(ANSWER).count()).resolves.toBe(1);
		await checkA11y(writer, 'writer page opened by form');
		await screenshot(writer, 'conversations-writer-es-375');
		await writer.goto(WRITER_PATH);
		await screenshot(writer, 'conversations-writer-375');
		const head = await headConversations(PHONE);
		await screenshot(head, 'conversations-team-375');
	});

	it('hands a comment writer their private link on the thank-you page, once', async () => {
		for (const viewport of [DESKTOP, PHONE]) {
			const employee = await page(viewport);
			await signIn(employee, DEMO.employee);
			await employee.goto('/');
			const start = employee.getByRole('button', { name: /Answer now/ });
			if ((await start.count()) === 0) break; // answered at the first width
			await start.first().click();
			await employee.waitForURL(/\/survey\/[0-9a-f-]{36}$/);
			await employee
				.locator('textarea[name^="c_"]')
				.first()
				.fill('The new rota works well for us.');
			await employee.getByRole('button', { name: 'Send my answers' }).click();
			const link = employee.getByRole('textbox', { name: 'Private link' });
			await link.waitFor();
			const href = await link.inputValue();
			expect(href).toMatch(/\/survey\/conversation\/[A-Za-z0-9_-]{43}$/);
			await checkA11y(employee, 'thank-you with private link');
			await screenshot(employee, `conversations-thanks-${viewport.width}`);
			// Back on the survey's address: still thanked, the link is not shown again.
			await employee.goto(employee.url());
			await employee.getByRole('heading', { name: 'Thank you' }).waitFor();
			await expect(employee.getByRole('textbox', { name: 'Private link' }).count()).resolves.toBe(
				0
			);
			const reader = await page(viewport);
			await reader.goto(new URL(href).pathname);
			await reader.getByText(/No replies yet/).waitFor();
		}
	});
});

async function supportConversationsPath(): Promise<string> {
	const head = await headConversations();
	return head.url();
}
