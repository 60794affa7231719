import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer, type AppServer } from './helpers/app-server';
import { startCluster, type Cluster, type Replica } from './helpers/cluster';
import { runConcurrently, SurveyClient } from './helpers/survey-client';
import { HR_EMAIL, HR_PASSWORD, prepareSurvey } from './helpers/survey-fixture';

const DATABASE = 'rapport_replicas';
const MAX_LAG_SECONDS = 8;
const READS = 60;

let cluster: Cluster;
let replica: Replica;
let server: AppServer;
let client: SurveyClient;
let session: string;

type ReplicaReport = { name: string; state: string; lagSeconds: number | null };

async function replicaState(): Promise<string> {
	const response = await fetch(`${server.baseURL}/healthz`);
	const body = (await response.json()) as { replicas?: ReplicaReport[] };
	return body.replicas?.[0]?.state ?? 'none';
}

async function waitForReplica(state: string, ms = 60_000): Promise<void> {
	const deadline = Date.now() + ms;
	while ((await replicaState()) !== state) {
		if (Date.now() > deadline) throw new Error(`the replica did not become ${state} in ${ms} ms`);
		await new Promise((r) => setTimeout(r, 200));
	}
}

async function query<T extends pg.QueryResultRow>(url: string, text: string): Promise<T[]> {
	const connection = new pg.Client({ connectionString: url });
	await connection.connect();
	try {
		return (await connection.query<T>(text)).rows;
	} finally {
		await connection.end();
	}
}

/** Transactions the app's database has run on one server (its own statistics). */
async function transactionsOn(url: string): Promise<number> {
	const rows = await query<{ n: string }>(
		url,
		`select xact_commit + xact_rollback as n from pg_stat_database where datname = '${DATABASE}'`
	);
	return Number(rows[0]?.n ?? 0);
}

/** Waits (statistics reach the view within seconds) until the server ran `atLeast` more. */
async function waitForTransactions(url: string, before: number, atLeast: number): Promise<number> {
	const deadline = Date.now() + 30_000;
	for (;;) {
		const grown = (await transactionsOn(url)) - before;
		if (grown >= atLeast || Date.now() > deadline) return grown;
		await new Promise((r) => setTimeout(r, 500));
	}
}

/** Dashboard and read-API requests as HR; returns the statuses that were not 200. */
async function readDashboards(count: number): Promise<string[]> {
	const paths = Array.from({ length: count }, (_, i) =>
		i % 2 === 0 ? '/company' : '/api/v1/departments'
	);
	const failures: string[] = [];
	await runConcurrently(paths, 4, async (path) => {
		const exchange = await client.request(path, { headers: { cookie: session } });
		if (exchange.status !== 200)
			failures.push(`${path}: ${exchange.status} ${exchange.error ?? ''}`);
	});
	return failures;
}

/** Commits a transaction on the primary and waits until the replica has replayed it. */
async function replayFreshCommit(): Promise<void> {
	await query(
		cluster.url(),
		'create table if not exists replica_probe (at timestamptz); insert into replica_probe values (now())'
	);
	const [{ lsn }] = await query<{ lsn: string }>(
		cluster.url(),
		'select pg_current_wal_lsn()::text as lsn'
	);
	const deadline = Date.now() + 30_000;
	for (;;) {
		const [{ replayed }] = await query<{ replayed: boolean }>(
			replica.url(),
			`select pg_last_wal_replay_lsn() >= '${lsn}'::pg_lsn as replayed`
		);
		if (replayed) return;
		if (Date.now() > deadline) throw new Error('the replica did not replay a commit in 30 s');
		await new Promise((r) => setTimeout(r, 50));
	}
}

async function departmentNames(cookie: string): Promise<string[]> {
	const exchange = await client.request('/api/v1/departments', { headers: { cookie } });
	expect(exchange.status).toBe(200);
	return (JSON.parse(exchange.body) as { name: string }[]).map((d) => d.name);
}

beforeAll(async () => {
	cluster = await startCluster();
	const primaryUrl = await cluster.createDatabase(DATABASE);
	await prepareSurvey(primaryUrl, { people: 40, departments: 8 }, 'http://127.0.0.1');
	replica = await cluster.startReplica();
	server = await startAppServer(primaryUrl, {
		DATABASE_READ_URL: replica.url(DATABASE),
		DATABASE_READ_MAX_LAG_SECONDS: String(MAX_LAG_SECONDS),
		DATABASE_READ_CHECK_SECONDS: '1',
		SCHEDULER: 'off'
	});
	client = new SurveyClient(server.baseURL);
	session = await client.signIn(HR_EMAIL, HR_PASSWORD);
	await waitForReplica('ok');
});

afterAll(async () => {
	await server?.stop();
	cluster?.stop();
});

describe('a streaming replica (pg_basebackup -R) behind DATABASE_READ_URL', () => {
	it('serves the dashboards and the read API', async () => {
		const before = await transactionsOn(replica.url());
		const primaryBefore = await transactionsOn(cluster.url());
		expect(await readDashboards(READS)).toEqual([]);
		const onReplica = await waitForTransactions(replica.url(), before, READS);
		const onPrimary = (await transactionsOn(cluster.url())) - primaryBefore;
		console.log(`reliability: replicas ${JSON.stringify({ reads: READS, onReplica, onPrimary })}`);
		expect(onReplica).toBeGreaterThanOrEqual(READS);
	});

	it('shows a person what they just wrote, even while the replica lags', async () => {
		// While it is behind, a replica's lag is the age of the last commit it replayed: one a
		// moment ago, replayed before the pause, keeps it well within the limit for this test.
		await replayFreshCommit();
		await query(replica.url(), 'select pg_wal_replay_pause()');
		try {
			const created = await client.post(
				'/org/departments/new',
				[
					['name', 'Written just now'],
					['code', 'RYW'],
					['kind', 'internal'],
					['parentId', '']
				],
				session
			);
			expect(created.status).toBe(303);
			const ownWrites = created.response?.headers
				.getSetCookie()
				.find((c) => c.startsWith('rapport_own_writes='));
			expect(ownWrites).toBeDefined();
			const writer = `${session}; ${ownWrites!.split(';')[0]}`;
			expect(await departmentNames(writer)).toContain('Written just now');
			// Someone else, that same moment, reads from the replica, which has not replayed it.
			expect(await departmentNames(session)).not.toContain('Written just now');
			// Once the replica is further behind than allowed, nobody reads from it.
			await waitForReplica('lagging', 30_000);
			expect(await departmentNames(session)).toContain('Written just now');
		} finally {
			await query(replica.url(), 'select pg_wal_replay_resume()');
		}
		await waitForReplica('ok');
	});

	it('moves reads to the primary while the replica is down, with no error, and back', async () => {
		const primaryBefore = await transactionsOn(cluster.url());
		const during = readDashboards(READS * 2);
		await new Promise((r) => setTimeout(r, 200));
		await replica.stopImmediate();
		expect(await during).toEqual([]);
		expect(await readDashboards(READS)).toEqual([]);
		expect(await replicaState()).toBe('down');
		expect(await waitForTransactions(cluster.url(), primaryBefore, READS)).toBeGreaterThanOrEqual(
			READS
		);

		await replica.start();
		await waitForReplica('ok');
		const before = await transactionsOn(replica.url());
		expect(await readDashboards(READS)).toEqual([]);
		expect(await waitForTransactions(replica.url(), before, READS)).toBeGreaterThanOrEqual(READS);
		expect(server.exited()).toBeNull();
	});
});
