import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
		environment: 'node',
		// Ballots are signed with a key derived from it; the tests' in-memory databases have no
		// folder in which the app could keep a generated one.
		env: { RAPPORT_SECRET: 'test-secret-of-rapport-for-vitest-only-0123456789' },
		globalSetup: ['tests/helpers/global-setup.ts'],
		testTimeout: 30_000,
		hookTimeout: 60_000,
		pool: 'forks'
	}
});
