import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '..');
const READY_TIMEOUT_MS = 120_000;

export type RunningServer = {
	base: string;
	pid: number;
	/** Milliseconds from spawn to the first 200 from `readyPath`. */
	readyIn: number;
	stop(): Promise<void>;
};

export function freePort(): Promise<number> {
	return new Promise((resolvePort, reject) => {
		const probe = createServer();
		probe.on('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			probe.close(() => resolvePort(port));
		});
	});
}

/** Starts `node <args>` with PORT, HOST and ORIGIN set, and waits for `readyPath` to answer 200. */
export async function startProcess(
	name: string,
	args: string[],
	env: Record<string, string | undefined>,
	readyPath = '/healthz'
): Promise<RunningServer> {
	const port = await freePort();
	const base = `http://127.0.0.1:${port}`;
	mkdirSync(join(root, 'bench/results'), { recursive: true });
	const log = createWriteStream(join(root, 'bench/results', `${name}.log`));
	const started = performance.now();
	const merged: NodeJS.ProcessEnv = {
		...process.env,
		PORT: String(port),
		HOST: '127.0.0.1',
		ORIGIN: base
	};
	for (const [key, value] of Object.entries(env)) {
		if (value === undefined) delete merged[key];
		else merged[key] = value;
	}
	const child: ChildProcess = spawn(process.execPath, args, {
		cwd: root,
		env: merged,
		stdio: ['ignore', 'pipe', 'pipe']
	});
	child.stdout!.pipe(log);
	child.stderr!.pipe(log);
	const exited = new Promise<void>((r) => child.once('exit', () => r()));
	const stop = async () => {
		if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
		const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
		await exited;
		clearTimeout(timer);
	};
	while (performance.now() - started < READY_TIMEOUT_MS) {
		if (child.exitCode !== null) break;
		const ok = await fetch(base + readyPath).then(
			(r) => r.status === 200,
			() => false
		);
		if (ok) return { base, pid: child.pid!, readyIn: performance.now() - started, stop };
		await new Promise((r) => setTimeout(r, 25));
	}
	await stop();
	throw new Error(`${name} did not start; see bench/results/${name}.log`);
}

/**
 * The secret every app the benchmark starts signs ballots with (a PostgreSQL server requires
 * one), and with which the benchmark mints the ballots of its baseline.
 */
export const benchSecret = process.env.RAPPORT_SECRET ?? randomBytes(32).toString('hex');

/**
 * BENCH_PROFILE=1 writes a CPU profile of each server the benchmark starts, the apps and the bare
 * baseline (open it in Chrome's DevTools, Performance tab), to bench/results/profiles when it stops.
 */
export function profileArgs(): string[] {
	return process.env.BENCH_PROFILE
		? ['--cpu-prof', `--cpu-prof-dir=${join(root, 'bench/results/profiles')}`]
		: [];
}

/** The built app (build/index.js) with the scheduler off, so nothing but the benchmark runs. */
export function startApp(name: string, env: Record<string, string | undefined>) {
	return startProcess(name, [...profileArgs(), join(root, 'build/index.js')], {
		NODE_ENV: 'production',
		SCHEDULER: 'off',
		BODY_SIZE_LIMIT: '11M',
		RAPPORT_SECRET: benchSecret,
		...env
	});
}

/** Resets the peak resident set size the kernel keeps for a process (VmHWM; Linux ≥ 4.0). */
export function resetPeakRss(pid: number): void {
	try {
		writeFileSync(`/proc/${pid}/clear_refs`, '5');
	} catch {
		// not Linux, or not allowed: the peak then covers the process's whole life
	}
}

/** Current and peak resident set size of a process, in MB (Linux). */
export function rssOf(pid: number): { rss: number; peak: number } | null {
	try {
		const status = readFileSync(`/proc/${pid}/status`, 'utf8');
		const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1]);
		return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
	} catch {
		return null;
	}
}

/** CPU time a process has used so far, user and system, in ms (Linux; 0 elsewhere). */
export function cpuMsOf(pid: number): number {
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		// utime and stime, fields 14 and 15 of the whole line, in clock ticks of 10 ms
		return (Number(fields[11]) + Number(fields[12])) * 10;
	} catch {
		return 0;
	}
}
