import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { freePort } from '../../e2e/helpers/server';

const root = resolve(import.meta.dirname, '../../..');
const READY_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 15_000;

export type AppServer = {
	baseURL: string;
	pid: number;
	/** What the server printed so far. */
	output(): string;
	/** Null while it runs; how it ended otherwise. */
	exited(): string | null;
	/** Resident memory of the server process in kB (VmRSS), from /proc; NaN once it has ended. */
	rssKb(): number;
	stop(): Promise<void>;
};

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
	if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
	return new Promise((done) => {
		const timer = setTimeout(() => done(false), ms);
		child.once('exit', () => {
			clearTimeout(timer);
			done(true);
		});
	});
}

/** Resolves once GET /healthz answers 200, or rejects after `ms`. */
export async function waitForHealthy(baseURL: string, ms: number): Promise<void> {
	const deadline = Date.now() + ms;
	for (;;) {
		try {
			const response = await fetch(`${baseURL}/healthz`, { signal: AbortSignal.timeout(5000) });
			await response.arrayBuffer();
			if (response.status === 200) return;
		} catch {
			// not listening yet
		}
		if (Date.now() > deadline) throw new Error(`${baseURL} was not healthy within ${ms} ms`);
		await new Promise((r) => setTimeout(r, 100));
	}
}

/** The ballot secret of every server these tests start: a PostgreSQL server requires one. */
export const TEST_RAPPORT_SECRET = 'reliability-tests-ballot-secret-0123456789abcdef';

/**
 * Serves the built app (build/index.js, from a copy so that a rebuild cannot pull files from
 * under it) against the PostgreSQL database at `databaseUrl`, the way `npm start` would.
 */
export async function startAppServer(
	databaseUrl: string,
	env: Record<string, string> = {}
): Promise<AppServer> {
	mkdirSync(join(root, '.e2e'), { recursive: true });
	const buildCopy = mkdtempSync(join(root, '.e2e', 'build-'));
	cpSync(join(root, 'build'), buildCopy, { recursive: true });
	const port = await freePort();
	const baseURL = `http://127.0.0.1:${port}`;
	const childEnv: NodeJS.ProcessEnv = {
		...process.env,
		NODE_ENV: 'production',
		DATABASE_URL: databaseUrl,
		PORT: String(port),
		HOST: '127.0.0.1',
		ORIGIN: baseURL,
		RAPPORT_SECRET: TEST_RAPPORT_SECRET,
		...env
	};
	delete childEnv.TEST_DATABASE_URL;
	const child = spawn(process.execPath, [join(buildCopy, 'index.js')], {
		cwd: root,
		env: childEnv,
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let log = '';
	let exited: string | null = null;
	child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
	child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
	child.once('exit', (code, signal) => (exited = `exited with ${code ?? signal}`));
	child.once('error', (err) => (exited = `failed to start: ${err.message}`));
	const cleanUp = () => rmSync(buildCopy, { recursive: true, force: true });
	try {
		const deadline = Date.now() + READY_TIMEOUT_MS;
		while (Date.now() < deadline && !exited) {
			try {
				await waitForHealthy(baseURL, 500);
				break;
			} catch {
				// keep waiting
			}
		}
		if (exited || Date.now() >= deadline) {
			throw new Error(`the server ${exited ?? 'was not ready in time'}:\n${log}`);
		}
	} catch (err) {
		child.kill('SIGKILL');
		await waitForExit(child, STOP_TIMEOUT_MS);
		cleanUp();
		throw err;
	}
	let stopped = false;
	return {
		baseURL,
		pid: child.pid!,
		output: () => log,
		exited: () => exited,
		rssKb() {
			if (exited) return NaN;
			const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
			const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
			if (!match) throw new Error(`no VmRSS in /proc/${child.pid}/status`);
			return Number(match[1]);
		},
		async stop() {
			if (stopped) return;
			stopped = true;
			child.kill('SIGTERM');
			if (!(await waitForExit(child, STOP_TIMEOUT_MS))) {
				child.kill('SIGKILL');
				await waitForExit(child, STOP_TIMEOUT_MS);
			}
			cleanUp();
		}
	};
}
