import { availableParallelism } from 'node:os';
import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

// The browser's modules in a few chunks rather than dozens of small ones (docs/performance.md):
// a page's scripts are fetched before it is painted, and on a phone's connection each request
// costs a round trip, 31 of them for /team before. Svelte's and SvelteKit's runtime in one; the
// words and domain code most pages share in a second; the other shared components in a third,
// except the dashboards' own, in a fourth that the sign-in and survey pages never load.
const DASHBOARD_PARTS =
	/src[\\/]lib[\\/]components[\\/]((dashboard|charts|actions|stories)[\\/]|LaterHydration|EscapedHtml|markup\.ts|ScrollTable|keep-entries)/;
const chunkGroups = [
	{
		name: 'framework',
		test: /node_modules[\\/](svelte|@sveltejs[\\/]kit|esm-env|devalue|clsx)[\\/]/,
		priority: 4
	},
	{ name: 'core', test: /src[\\/]lib[\\/](i18n|domain)[\\/]/, minShareCount: 3, priority: 3 },
	{
		name: 'shared',
		test: (id: string) => /src[\\/]lib[\\/]/.test(id) && !DASHBOARD_PARTS.test(id),
		minShareCount: 3,
		priority: 2
	},
	{ name: 'dashboard', test: DASHBOARD_PARTS, minShareCount: 2, priority: 1 }
];

// Chromium compiles a function only when it is first called, on the main thread, unless the file
// starts with this hint; then it compiles them all on another thread while the file downloads.
// A dashboard calls most of the runtime's and its components' functions as it hydrates, so this
// takes milliseconds from its longest tasks (docs/performance.md). The words' chunks are left out:
// a page calls few of their thousands of functions.
const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';
const CATALOGUE = /src[\\/]lib[\\/]i18n[\\/]locales[\\/]/;
const compileHints = (): Plugin => ({
	name: 'rapport:compile-hints',
	apply: 'build',
	enforce: 'post',
	applyToEnvironment: (environment) => environment.name === 'client',
	generateBundle: {
		// After Vite's own, which puts a line of its own at the top of some chunks.
		order: 'post',
		handler(_, bundle) {
			for (const file of Object.values(bundle))
				if (file.type === 'chunk' && !file.moduleIds.some((id) => CATALOGUE.test(id)))
					file.code = COMPILE_HINT + file.code;
		}
	}
});

export default defineConfig({
	plugins: [sveltekit(), compileHints()],
	environments: {
		client: { build: { rolldownOptions: { output: { codeSplitting: { groups: chunkGroups } } } } }
	},
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
