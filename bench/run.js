// npm run bench [-- --quick | --generate | --people N --rounds N --submits N]
// Builds the server when build/ is missing or older than the sources, then runs bench/main.ts.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const SOURCES = [
	'src',
	'migrations',
	'static',
	'svelte.config.js',
	'vite.config.ts',
	'package.json'
];

/** The newest modification time under a file or directory, in ms. */
function newest(path) {
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), 0);
}

const built = join(root, 'build/index.js');
const sourcesChanged = () =>
	SOURCES.map((s) => join(root, s))
		.filter(existsSync)
		.some((path) => newest(path) > statSync(built).mtimeMs);
const args = process.argv.slice(2);
if (!args.includes('--generate') && (!existsSync(built) || sourcesChanged())) {
	console.log('bench: building the server (npm run build)');
	const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
	if (build.status !== 0) process.exit(build.status ?? 1);
}
const run = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'bench/main.ts'), ...args], {
	cwd: root,
	stdio: 'inherit'
});
process.exit(run.status ?? 1);
