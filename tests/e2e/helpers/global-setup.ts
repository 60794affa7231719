import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { seed } from './seed';

declare module 'vitest' {
	export interface ProvidedContext {
		seededDataDir: string;
		servedBuild: string;
	}
}

const root = resolve(import.meta.dirname, '../../..');
const SOURCES = [
	'src',
	'migrations',
	'static',
	'svelte.config.js',
	'vite.config.ts',
	'package.json'
];

function newestMtime(path: string): number {
	if (!existsSync(path)) return 0;
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	let newest = stat.mtimeMs;
	for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
	return newest;
}

/**
 * The e2e tests serve build/index.js. CI builds first; a developer may not have, or may have
 * changed the sources since: then build once here. E2E_NO_BUILD=1 serves whatever is there.
 * Every server of the run serves a copy of the build made here, so that a rebuild while tests
 * run (another terminal) cannot pull files from under it; the copy sits in the repository so
 * that the server still finds node_modules. The demo organisation (with its two years of
 * answers) is seeded once into a template that each test file's server copies.
 */
export default function setup(project: TestProject) {
	buildIfStale();
	mkdirSync(join(root, '.e2e'), { recursive: true });
	const build = mkdtempSync(join(root, '.e2e', 'build-'));
	cpSync(join(root, 'build'), build, { recursive: true });
	const template = mkdtempSync(join(tmpdir(), 'rapport-e2e-seeded-'));
	seed(template);
	project.provide('servedBuild', build);
	project.provide('seededDataDir', template);
	return () => {
		rmSync(template, { recursive: true, force: true });
		rmSync(build, { recursive: true, force: true });
	};
}

/** Builds the app unless build/index.js is newer than every source (E2E_NO_BUILD=1: never). */
export function buildIfStale() {
	const entry = resolve(root, 'build/index.js');
	const builtAt = existsSync(entry) ? statSync(entry).mtimeMs : 0;
	if (builtAt && process.env.E2E_NO_BUILD) return;
	const stale = SOURCES.some((s) => newestMtime(resolve(root, s)) > builtAt);
	if (!stale) return;
	console.log(
		builtAt
			? 'e2e: the sources changed since the last build; running `npx vite build` first…'
			: 'e2e: build/index.js is missing; running `npx vite build` first…'
	);
	// vitest sets NODE_ENV=test, which would make a development build (Svelte's dev checks on):
	// the tests, and a benchmark reusing this build, must see what production runs.
	const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
		cwd: root,
		stdio: 'inherit',
		env: { ...process.env, NODE_ENV: 'production' }
	});
	if (result.status !== 0) {
		throw new Error(`e2e: \`npx vite build\` failed (exit ${result.status ?? result.signal})`);
	}
}
