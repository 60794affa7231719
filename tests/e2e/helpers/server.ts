import { spawn, type ChildProcess } from 'node:child_process';
import { inject } from 'vitest';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../../..');
const READY_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 10_000;

export type TestServer = {
	/** `http://127.0.0.1:<port>`, also the server's ORIGIN. */
	baseURL: string;
	/** Everything the server printed so far, for failure messages. */
	output(): string;
	stop(): Promise<void>;
};

/** A free TCP port on the loopback interface, found by letting the kernel pick one. */
export function freePort(): Promise<number> {
	return new Promise((resolvePort, reject) => {
		const probe = createServer();
		probe.unref();
		probe.on('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			probe.close(() => (port ? resolvePort(port) : reject(new Error('no free port'))));
		});
	});
}

/**
 * The environment of this process less anything that would point the app at another database,
 * and less RAPPORT_SECRET (unless a test gives one): on the embedded database the server generates
 * its own, into DATA_DIR, as `npm run demo` does.
 */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = { ...process.env };
	delete env.DATABASE_URL;
	delete env.TEST_DATABASE_URL;
	delete env.RAPPORT_SECRET;
	return { ...env, ...extra };
}

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
	if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
	return new Promise((resolveExit) => {
		const timer = setTimeout(() => resolveExit(false), ms);
		child.once('exit', () => {
			clearTimeout(timer);
			resolveExit(true);
		});
	});
}

/**
 * Serves build/index.js on a free loopback port with a fresh embedded database (PGlite under a
 * temporary DATA_DIR), seeded with the demo organisation when `seed` is true, and resolves once
 * `GET /healthz` answers 200.
 */
export async function startServer(options: {
	seed: boolean;
	/** More environment for the server, e.g. SMTP_URL or RAPPORT_SECRET. */
	env?: Record<string, string>;
}): Promise<TestServer> {
	const dataDir = mkdtempSync(join(tmpdir(), 'rapport-e2e-'));
	// The run's copy of the build (global-setup.ts), not build/ itself.
	const build = inject('servedBuild');
	const removeDataDir = () => rmSync(dataDir, { recursive: true, force: true });
	let child: ChildProcess | null = null;
	let log = '';
	try {
		if (options.seed) cpSync(inject('seededDataDir'), dataDir, { recursive: true });
		const port = await freePort();
		const baseURL = `http://127.0.0.1:${port}`;
		child = spawn(process.execPath, [join(build, 'index.js')], {
			cwd: root,
			env: cleanEnv({
				NODE_ENV: 'production',
				DATA_DIR: dataDir,
				PORT: String(port),
				HOST: '127.0.0.1',
				ORIGIN: baseURL,
				...options.env
			}),
			stdio: ['ignore', 'pipe', 'pipe']
		});
		const server = child;
		server.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
		server.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
		const state: { exited: string | null } = { exited: null };
		server.once('exit', (code, signal) => (state.exited = `exited with ${code ?? signal}`));
		server.once('error', (err) => (state.exited = `failed to start: ${err.message}`));

		const deadline = Date.now() + READY_TIMEOUT_MS;
		for (;;) {
			if (state.exited) throw new Error(`the server ${state.exited} before it was ready:\n${log}`);
			try {
				const response = await fetch(`${baseURL}/healthz`, { signal: AbortSignal.timeout(5000) });
				await response.arrayBuffer();
				if (response.status === 200) break;
			} catch {
				// not listening yet
			}
			if (Date.now() > deadline) {
				throw new Error(`the server was not ready within ${READY_TIMEOUT_MS / 1000} s:\n${log}`);
			}
			await new Promise((r) => setTimeout(r, 200));
		}

		let stopped = false;
		return {
			baseURL,
			output: () => log,
			async stop() {
				if (stopped) return;
				stopped = true;
				// Its data is thrown away, so there is nothing to shut down cleanly (the reliability
				// suite tests a graceful stop).
				server.kill('SIGKILL');
				await waitForExit(server, STOP_TIMEOUT_MS);
				removeDataDir();
			}
		};
	} catch (err) {
		if (child && child.exitCode === null) {
			child.kill('SIGKILL');
			await waitForExit(child, STOP_TIMEOUT_MS);
		}
		removeDataDir();
		throw err;
	}
}
