import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

// Reliability tests: load and faults through the built app (node build/index.js) on a
// throwaway PostgreSQL cluster of their own. `npm run test:reliability`; sizes in the README.
export default defineConfig({
	plugins: [sveltekit()],
	test: {
		include: ['tests/reliability/**/*.test.ts'],
		environment: 'node',
		globalSetup: ['tests/reliability/helpers/global-setup.ts'],
		fileParallelism: false,
		testTimeout: 900_000,
		hookTimeout: 300_000,
		pool: 'forks'
	}
});
