// Where the embedded server's resident memory goes once idle: Node's heap and buffers (from
// inside, by bench/memory-probe.js), the rest (PGlite's WebAssembly memory, code) from the
// kernel's figures. Touches the pages a visitor opens first, then waits for the server to idle.
// `npm run bench` measures it on a freshly seeded demo (the `start` section); by hand:
// npx tsx bench/memory.ts <data dir of a seeded demo> [more env, as NAME=value …]
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from './http';
import { root, rssOf, startProcess } from './server';

export type IdleMemory = {
	rss: number;
	peak: number;
	heapUsed: number;
	heapTotal: number;
	external: number;
	arrayBuffers: number;
	anonymous: number;
	fileBacked: number;
};

const MB = 1024 * 1024;

/** Seeds the demo organisation into an embedded database's data directory, as `npm run demo` does. */
export function seedDemo(dataDir: string): void {
	const seeded = spawnSync('npx', ['tsx', 'scripts/seed.ts'], {
		cwd: root,
		encoding: 'utf8',
		env: { ...process.env, DATABASE_URL: '', DATA_DIR: dataDir }
	});
	if (seeded.status !== 0) throw new Error(`seeding the demo failed:\n${seeded.stderr}`);
}

/** The built server on the embedded database in `dataDir`, idle after its first pages. In MB. */
export async function idleMemory(
	dataDir: string,
	extraEnv: Record<string, string> = {}
): Promise<IdleMemory> {
	const probeFile = join(tmpdir(), `rapport-memory-${process.pid}.json`);
	const server = await startProcess(
		'memory',
		['--expose-gc', '--import', join(root, 'bench/memory-probe.js'), join(root, 'build/index.js')],
		{
			DATA_DIR: dataDir,
			DATABASE_URL: undefined,
			SCHEDULER: 'off',
			MEMORY_PROBE_FILE: probeFile,
			...extraEnv
		}
	);
	try {
		for (const path of ['/healthz', '/login', '/healthz']) await request(server.base + path);
		await new Promise((r) => setTimeout(r, 10_000));
		process.kill(server.pid, 'SIGUSR2');
		await new Promise((r) => setTimeout(r, 1_000));
		const usage = JSON.parse(readFileSync(probeFile, 'utf8')) as NodeJS.MemoryUsage;
		const idle = rssOf(server.pid);
		const smaps = readFileSync(`/proc/${server.pid}/smaps_rollup`, 'utf8');
		const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(smaps)?.[1]) * 1024;
		return {
			rss: idle?.rss ?? NaN,
			peak: idle?.peak ?? NaN,
			heapUsed: usage.heapUsed / MB,
			heapTotal: usage.heapTotal / MB,
			external: usage.external / MB,
			arrayBuffers: usage.arrayBuffers / MB,
			anonymous: kb('Anonymous') / MB,
			fileBacked: (kb('Rss') - kb('Anonymous')) / MB
		};
	} finally {
		await server.stop();
		rmSync(probeFile, { force: true });
	}
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const dataDir = process.argv[2];
	if (!dataDir) throw new Error('usage: bench/memory.ts <seeded data dir> [NAME=value …]');
	const extraEnv = Object.fromEntries(process.argv.slice(3).map((kv) => kv.split(/=(.*)/s, 2)));
	const m = await idleMemory(dataDir, extraEnv);
	const mb = (value: number) => value.toFixed(0);
	console.log(
		[
			`settings: ${JSON.stringify(extraEnv)}`,
			`RSS idle ${mb(m.rss)} MB (peak ${mb(m.peak)} MB)`,
			`Node: heap ${mb(m.heapUsed)} of ${mb(m.heapTotal)} MB; external ${mb(m.external)} MB, of which array buffers ${mb(m.arrayBuffers)} MB and the rest PGlite's WebAssembly memory`,
			`anonymous memory ${mb(m.anonymous)} MB, file-backed (code) ${mb(m.fileBacked)} MB`,
			`anonymous beyond the heap and external (V8 and native allocations): ${mb(m.anonymous - m.heapTotal - m.external)} MB`
		].join('\n')
	);
}
