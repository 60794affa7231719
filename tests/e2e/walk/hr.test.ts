import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe } from 'vitest';
import { launchBrowser } from '../helpers/browser';
import { startServer, type TestServer } from '../helpers/server';
import { walkAs } from '../helpers/walk';

// The newcomer's walk as the demo's hr (tests/e2e/helpers/walk.ts says what is checked).

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
	server = await startServer({ seed: true });
	browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

describe("the newcomer's walk", () => {
	walkAs('hr', { browser: () => browser, server: () => server });
});
