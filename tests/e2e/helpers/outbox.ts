import type { Page } from 'playwright-core';

/**
 * HR shows the survey link of an outbox message, through the confirmation a person would go
 * through (audited, and told to the invitee); returns the link. `message` is the message's URL.
 */
export async function revealSurveyLink(page: Page, message: string): Promise<string> {
	await page.goto(message);
	await page.getByRole('link', { name: 'Show the link…' }).click();
	await page.getByRole('button', { name: /^Show the link and tell / }).click();
	const link = await page.locator('.revealed code').textContent();
	if (!link || !/\/s\/[a-z2-7]{32}$/.test(link)) throw new Error(`no link shown: ${link}`);
	return link;
}
