// npm run demo [-- --reset]: build if needed, seed an embedded demo database, serve it.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const dataDir = resolve(root, process.env.DATA_DIR ?? '.data/demo');
const port = process.env.PORT ?? '3000';
const started = Date.now();

function newestMtime(path) {
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	let newest = stat.mtimeMs;
	for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
	return newest;
}

function run(command, args, env = {}) {
	const result = spawnSync(command, args, {
		cwd: root,
		stdio: 'inherit',
		env: { ...process.env, ...env }
	});
	if (result.status !== 0) process.exit(result.status ?? 1);
}

const builtAt = existsSync(join(root, 'build/index.js'))
	? statSync(join(root, 'build/index.js')).mtimeMs
	: 0;
const sources = [
	'src',
	'migrations',
	'static',
	'svelte.config.js',
	'vite.config.ts',
	'package.json'
];
if (sources.some((s) => newestMtime(join(root, s)) > builtAt)) {
	console.log('demo: building the app…');
	run('npx', ['vite', 'build', '--logLevel', 'warn']);
}

if (process.argv.includes('--reset')) rmSync(dataDir, { recursive: true, force: true });
delete process.env.DATABASE_URL;
process.env.DATA_DIR = dataDir;
process.env.PORT = port;
process.env.ORIGIN ??= `http://localhost:${port}`;
process.env.BODY_SIZE_LIMIT ??= '11M';
run('npx', ['tsx', 'scripts/seed.ts']);

await import('../build/index.js');

for (let attempt = 0; attempt < 120; attempt++) {
	try {
		const response = await fetch(`http://127.0.0.1:${port}/healthz`);
		if (response.ok) break;
	} catch {
		// not listening yet
	}
	await new Promise((r) => setTimeout(r, 250));
}
console.log(`
Rapport demo is running at ${process.env.ORIGIN}  (ready in ${((Date.now() - started) / 1000).toFixed(1)} s)
Sign in with password rapport-demo as:
  hr@demo.test              HR: the whole company, people and departments
  head.support@demo.test    head of Customer Support
  employee@demo.test        an employee in Customer Support
A monthly pulse is open: as HR, the Outbox page holds every invitation (links shown on request, audited).
Data: ${dataDir}   (npm run demo -- --reset starts afresh)   Stop with Ctrl+C.
`);
