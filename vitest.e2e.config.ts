import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

// tsconfig.json extends .svelte-kit/tsconfig.json, which a fresh clone does not have until
// SvelteKit has synced once; without it no test file can even be transformed.
if (!existsSync('.svelte-kit/tsconfig.json')) {
	spawnSync('npx', ['svelte-kit', 'sync'], { stdio: 'inherit' });
}

// The newcomer's walk is the longest part of the run (minutes, where most files take under one).
// Without timings from an earlier run (a fresh clone), vitest starts the biggest files first, and
// the walk's files are tiny: scheduled last, they kept one worker busy alone at the end. They go
// first, longest first; vitest's own order (by earlier timings when it has them) follows.
const FIRST = ['walk/hr.test.ts', 'walk/head.test.ts', 'walk/employee.test.ts'];

class WalkFirst extends BaseSequencer {
	async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
		const rank = (file: TestSpecification) => {
			const i = FIRST.findIndex((name) => file.moduleId.endsWith(`/tests/e2e/${name}`));
			return i === -1 ? FIRST.length : i;
		};
		// Array.prototype.sort is stable: the rest keep vitest's order.
		return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
	}
}

// End-to-end tests: the built app (node build/index.js) on a fresh embedded database per test
// file, driven over plain HTTP and through Debian's Chromium. `npm run test:e2e`. Files share
// nothing (each starts its own server on a free port, with its own copy of the seeded data), so
// they run side by side: E2E_WORKERS of them at once (default 3: a file spends much of its time
// waiting on its browser and server, so three keep two cores busier than two do).
export default defineConfig({
	// Helpers read the message catalogues, which import from $lib like the app does.
	resolve: { alias: { $lib: fileURLToPath(new URL('./src/lib', import.meta.url)) } },
	test: {
		include: ['tests/e2e/**/*.test.ts'],
		environment: 'node',
		globalSetup: ['tests/e2e/helpers/global-setup.ts'],
		fileParallelism: true,
		sequence: { sequencer: WalkFirst },
		maxWorkers: Number(process.env.E2E_WORKERS) || 3,
		testTimeout: 60_000,
		hookTimeout: 120_000,
		pool: 'forks',
		// Nothing is left behind in a worker (each file closes its server and browser), so the
		// workers are reused from file to file rather than loading playwright, axe and the
		// catalogues again for each.
		isolate: false
	}
});
