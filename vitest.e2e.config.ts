import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// tsconfig.json extends .svelte-kit/tsconfig.json, which a fresh clone does not have until
// SvelteKit has synced once; without it no test file can even be transformed.
if (!existsSync('.svelte-kit/tsconfig.json')) {
	spawnSync('npx', ['svelte-kit', 'sync'], { stdio: 'inherit' });
}

// End-to-end tests: the built app (node build/index.js) on a fresh embedded database per test
// file, driven over plain HTTP and through Debian's Chromium. `npm run test:e2e`. Files share
// nothing (each starts its own server on a free port, with its own copy of the seeded data), so
// they run side by side: E2E_WORKERS of them at once (default 2).
export default defineConfig({
	// Helpers read the message catalogues, which import from $lib like the app does.
	resolve: { alias: { $lib: fileURLToPath(new URL('./src/lib', import.meta.url)) } },
	test: {
		include: ['tests/e2e/**/*.test.ts'],
		environment: 'node',
		globalSetup: ['tests/e2e/helpers/global-setup.ts'],
		fileParallelism: true,
		maxWorkers: Number(process.env.E2E_WORKERS) || 2,
		testTimeout: 60_000,
		hookTimeout: 120_000,
		pool: 'forks'
	}
});
