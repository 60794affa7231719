import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freePort } from '../../e2e/helpers/server';

/**
 * A throwaway PostgreSQL cluster of our own (initdb + pg_ctl in a temporary folder, on a free
 * port, fsync off), so that tests may restart or kill it. Never a shared server.
 */
export type Cluster = {
	dataDir: string;
	port: number;
	/** `postgres://postgres@127.0.0.1:<port>/<database>` */
	url(database?: string): string;
	createDatabase(name: string): Promise<string>;
	/**
	 * `pg_ctl restart -m immediate`: every backend is killed at once, then the server starts again
	 * with crash recovery. Resolves once it accepts connections again.
	 */
	restartImmediate(): Promise<void>;
	/** `pg_ctl stop -m immediate`: the server is gone until `start()`. */
	stopImmediate(): Promise<void>;
	start(): Promise<void>;
	stop(): void;
	/**
	 * A streaming replica of this cluster (`pg_basebackup -R` over loopback), started on a port
	 * of its own; it is stopped with the cluster.
	 */
	startReplica(): Promise<Replica>;
};

export type Replica = {
	port: number;
	url(database?: string): string;
	stopImmediate(): Promise<void>;
	start(): Promise<void>;
};

function pgBin(tool: string): string {
	const onPath = spawnSync('sh', ['-c', `command -v ${tool}`], { encoding: 'utf8' });
	if (onPath.status === 0 && onPath.stdout.trim()) return onPath.stdout.trim();
	const base = '/usr/lib/postgresql';
	const versions = existsSync(base)
		? readdirSync(base)
				.filter((v) => existsSync(join(base, v, 'bin', tool)))
				.sort((a, b) => Number(b) - Number(a))
		: [];
	if (versions.length === 0) throw new Error(`no ${tool} on PATH or under ${base}/*/bin`);
	return join(base, versions[0], 'bin', tool);
}

/** initdb refuses to run as root: run the cluster as `postgres` (or `nobody`) then. */
function runAs(): string | null {
	if (process.getuid?.() !== 0) return null;
	return spawnSync('id', ['postgres']).status === 0 ? 'postgres' : 'nobody';
}

function userIds(user: string): { uid: number; gid: number } {
	const uid = Number(execFileSync('id', ['-u', user], { encoding: 'utf8' }).trim());
	const gid = Number(execFileSync('id', ['-g', user], { encoding: 'utf8' }).trim());
	return { uid, gid };
}

function run(user: string | null, command: string, args: string[], timeoutMs = 120_000) {
	const [file, argv] = user ? ['runuser', ['-u', user, '--', command, ...args]] : [command, args];
	const result = spawnSync(file, argv, { encoding: 'utf8', timeout: timeoutMs });
	if (result.status !== 0) {
		throw new Error(
			`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal}):\n` +
				`${result.stdout ?? ''}${result.stderr ?? ''}`
		);
	}
	return result.stdout;
}

export async function startCluster(): Promise<Cluster> {
	const initdb = pgBin('initdb');
	const pgCtl = pgBin('pg_ctl');
	const user = runAs();
	const root = mkdtempSync(join(tmpdir(), 'rapport-reliability-pg-'));
	chmodSync(root, 0o755);
	if (user) {
		const { uid, gid } = userIds(user);
		chownSync(root, uid, gid);
	}
	const dataDir = join(root, 'data');
	const port = await freePort();
	run(user, initdb, ['-D', dataDir, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-sync']);
	const options = [
		`-p ${port}`,
		`-k ${root}`,
		'-c listen_addresses=127.0.0.1',
		'-c fsync=off',
		'-c full_page_writes=off',
		'-c max_connections=100'
	].join(' ');
	const ctl = (...args: string[]) =>
		run(user, pgCtl, ['-D', dataDir, '-l', join(root, 'server.log'), ...args]);
	ctl('-w', '-t', '60', '-o', options, 'start');
	// Not spawnSync: the tests' clients must keep sending requests while pg_ctl runs.
	const ctlAsync = async (...args: string[]) => {
		const argv = ['-D', dataDir, '-l', join(root, 'server.log'), '-w', '-t', '60', ...args];
		const [file, fileArgs] = user ? ['runuser', ['-u', user, '--', pgCtl, ...argv]] : [pgCtl, argv];
		await promisify(execFile)(file, fileArgs, { timeout: 90_000 });
	};
	const url = (database = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${database}`;
	const replicaDirs: string[] = [];
	return {
		dataDir,
		port,
		url,
		async createDatabase(name) {
			const client = new pg.Client({ connectionString: url() });
			await client.connect();
			try {
				await client.query(`create database "${name}"`);
			} finally {
				await client.end();
			}
			return url(name);
		},
		restartImmediate: () => ctlAsync('-m', 'immediate', '-o', options, 'restart'),
		stopImmediate: () => ctlAsync('-m', 'immediate', 'stop'),
		start: () => ctlAsync('-o', options, 'start'),
		async startReplica() {
			const replicaDir = join(root, `replica-${replicaDirs.length + 1}`);
			const replicaPort = await freePort();
			const basebackup = pgBin('pg_basebackup');
			const args = ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-D', replicaDir];
			// A fast checkpoint: the default spreads it over most of checkpoint_timeout (minutes).
			run(user, basebackup, [...args, '-R', '-X', 'stream', '--checkpoint=fast', '--no-sync']);
			replicaDirs.push(replicaDir);
			const replicaOptions = options.replace(`-p ${port}`, `-p ${replicaPort}`);
			const replicaCtl = async (...ctlArgs: string[]) => {
				const argv = ['-D', replicaDir, '-l', `${replicaDir}.log`, '-w', '-t', '60', ...ctlArgs];
				const [file, fileArgs] = user
					? ['runuser', ['-u', user, '--', pgCtl, ...argv]]
					: [pgCtl, argv];
				await promisify(execFile)(file, fileArgs, { timeout: 90_000 });
			};
			await replicaCtl('-o', replicaOptions, 'start');
			return {
				port: replicaPort,
				url: (database = 'postgres') => `postgres://postgres@127.0.0.1:${replicaPort}/${database}`,
				stopImmediate: () => replicaCtl('-m', 'immediate', 'stop'),
				start: () => replicaCtl('-o', replicaOptions, 'start')
			};
		},
		stop() {
			for (const replicaDir of replicaDirs) {
				try {
					run(user, pgCtl, ['-D', replicaDir, '-w', '-t', '30', '-m', 'immediate', 'stop']);
				} catch {
					// already stopped
				}
			}
			try {
				ctl('-w', '-t', '30', '-m', 'immediate', 'stop');
			} finally {
				rmSync(root, { recursive: true, force: true });
			}
		}
	};
}
