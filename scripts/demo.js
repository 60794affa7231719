// npm run demo [-- --reset]: build if needed, seed an embedded demo database, serve it.
// Prints one line per phase; a phase's own output is shown only when it fails.
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

function seconds(since) {
	return `${((Date.now() - since) / 1000).toFixed(1)} s`;
}

/** Runs a phase with its output captured; prints the output and stops when it fails. */
function runQuietly(label, command, args, env = {}) {
	process.stdout.write(`${label}…`);
	const phaseStarted = Date.now();
	const result = spawnSync(command, args, {
		cwd: root,
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
		env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...env }
	});
	if (result.status !== 0) {
		process.stdout.write(' failed:\n');
		process.stderr.write(`${result.stdout ?? ''}${result.stderr ?? ''}`);
		process.exit(result.status ?? 1);
	}
	process.stdout.write(` done (${seconds(phaseStarted)})\n`);
	return result.stdout;
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
	runQuietly('Building the app (a minute or two the first time)', 'npx', [
		'vite',
		'build',
		'--logLevel',
		'error'
	]);
}

if (process.argv.includes('--reset')) rmSync(dataDir, { recursive: true, force: true });
delete process.env.DATABASE_URL;
process.env.DATA_DIR = dataDir;
process.env.PORT = port;
process.env.ORIGIN ??= `http://localhost:${port}`;
process.env.BODY_SIZE_LIMIT ??= '11M';
const seedOutput = runQuietly('Preparing the demo organisation', 'npx', ['tsx', 'scripts/seed.ts']);
const writerLink = /\/survey\/conversation\/\S+/.exec(seedOutput)?.[0];

// The server announces itself ("Listening on 0.0.0.0…", the database line); the summary below
// says the same in terms a newcomer can use, so those start-up lines are held back.
process.stdout.write('Starting the server…');
const serverStarted = Date.now();
const log = console.log;
console.log = () => {};
try {
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
} finally {
	console.log = log;
}
process.stdout.write(` done (${seconds(serverStarted)})\n`);

console.log(`
Rapport demo is running at ${process.env.ORIGIN}  (ready in ${seconds(started)})
Sign in with the password rapport-demo as:
  hr@demo.test              HR: the whole company; start at Company, then Insights
  head.support@demo.test    head of Customer Support; start at the team page
  employee@demo.test        an employee in Customer Support; press Answer now on Home
As HR, the Outbox page holds every invitation (links shown on request, audited).${
	writerLink ? `\nA demo comment writer's private conversation link: ${writerLink}` : ''
}
Data: ${dataDir}   (npm run demo -- --reset starts afresh)   Stop with Ctrl+C.
`);
