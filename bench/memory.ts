// npx tsx bench/memory.ts <data dir of a seeded demo> [more env, as NAME=value …]
// Where the embedded server's resident memory goes once idle: Node's heap and buffers (from
// inside, by bench/memory-probe.js), the rest (PGlite's WebAssembly memory, code) from the
// kernel's figures. Touches the pages a visitor opens first, then waits for the server to idle.
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from './http';
import { root, rssOf, startProcess } from './server';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: bench/memory.ts <seeded data dir> [NAME=value …]');
const extraEnv = Object.fromEntries(process.argv.slice(3).map((kv) => kv.split(/=(.*)/s, 2)));
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
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);
const atStart = rssOf(server.pid);
for (const path of ['/healthz', '/login', '/healthz']) await request(server.base + path);
await new Promise((r) => setTimeout(r, 10_000));
process.kill(server.pid, 'SIGUSR2');
await new Promise((r) => setTimeout(r, 1_000));
const usage = JSON.parse(readFileSync(probeFile, 'utf8')) as NodeJS.MemoryUsage;
const idle = rssOf(server.pid);
const smaps = readFileSync(`/proc/${server.pid}/smaps_rollup`, 'utf8');
const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(smaps)?.[1]) * 1024;
await server.stop();
rmSync(probeFile, { force: true });
console.log(
	[
		`settings: ${JSON.stringify(extraEnv)}`,
		`RSS after start ${atStart?.rss.toFixed(0)} MB, idle ${idle?.rss.toFixed(0)} MB (peak ${idle?.peak.toFixed(0)} MB)`,
		`Node: heap ${mb(usage.heapUsed)} of ${mb(usage.heapTotal)} MB; external ${mb(usage.external)} MB, of which array buffers ${mb(usage.arrayBuffers)} MB and the rest PGlite's WebAssembly memory`,
		`anonymous memory ${mb(kb('Anonymous'))} MB, file-backed (code) ${mb(kb('Rss') - kb('Anonymous'))} MB`,
		`anonymous beyond the heap and external (V8 and native allocations): ${mb(kb('Anonymous') - usage.heapTotal - usage.external)} MB`
	].join('\n')
);
