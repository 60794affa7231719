import { availableParallelism } from 'node:os';
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
		pool: 'forks',
		// The database tests wait on PGlite or the server as much as they compute, so even a
		// two-core machine runs two files at once (vitest's default there is one).
		maxWorkers: Math.max(2, availableParallelism() - 1),
		// Each file opens a database of its own and hands it over explicitly, so the workers are
		// reused from file to file: loading the app's modules and PGlite once per worker instead
		// of once per file takes the suite from about 11 to about 4 minutes on two cores.
		isolate: false
	}
});
