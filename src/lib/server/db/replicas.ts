import type { Kysely } from 'kysely';
import type pg from 'pg';
import { databaseOnPool, openPool } from './connection';
import { ReadPool } from './read-pool';
import type { Database } from './schema';

/** DATABASE_READ_URL and the settings that say when a replica may serve reads. */
export type ReplicaConfig = {
	urls: string[];
	/** A replica further behind the primary than this is skipped until it catches up. */
	maxLagSeconds: number;
	checkIntervalSeconds: number;
	maxConnections: number;
};

const SECOND_MS = 1000;
// Short, so that a replica that stopped answering costs a read little before it falls back.
const REPLICA_CONNECT_TIMEOUT_MS = 2000;
const CHECK_TIMEOUT_MS = 3000;

function positiveNumber(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
	const given = env[name];
	if (given === undefined || given === '') return fallback;
	const value = Number(given);
	if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number`);
	return value;
}

/** Null without DATABASE_READ_URL: every read goes to the primary. */
export function replicaConfigFromEnv(env: NodeJS.ProcessEnv = process.env): ReplicaConfig | null {
	const urls = (env.DATABASE_READ_URL ?? '')
		.split(',')
		.map((u) => u.trim())
		.filter(Boolean);
	if (urls.length === 0) return null;
	return {
		urls,
		maxLagSeconds: positiveNumber(env, 'DATABASE_READ_MAX_LAG_SECONDS', 10),
		checkIntervalSeconds: positiveNumber(env, 'DATABASE_READ_CHECK_SECONDS', 5),
		maxConnections: positiveNumber(env, 'DATABASE_POOL_SIZE', 10)
	};
}

export type ReplicaState = 'unchecked' | 'ok' | 'lagging' | 'down';

/** What /healthz says of a replica: where it is (never its credentials) and how it does. */
export type ReplicaStatus = {
	name: string;
	state: ReplicaState;
	lagSeconds: number | null;
	checkedAt: string | null;
};

export type Replica = {
	name: string;
	pool: pg.Pool;
	state: ReplicaState;
	lagSeconds: number | null;
	checkedAt: Date | null;
};

function replicaName(url: string): string {
	const parsed = new URL(url);
	return `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
}

/**
 * The read replicas of one primary and what is known of their health: each is checked every
 * few seconds (reachable, and how far behind the primary), and one that fails a read is marked
 * down at once. Reads go round the healthy ones; with none healthy, to the primary.
 */
export class ReplicaSet {
	readonly replicas: Replica[];
	/** Reads on the healthy replicas, falling back to the primary. */
	readonly db: Kysely<Database>;
	private next = 0;
	private timer: NodeJS.Timeout;
	private checking: Promise<void> | null = null;

	constructor(
		readonly config: ReplicaConfig,
		private readonly primary: pg.Pool
	) {
		this.replicas = config.urls.map((url) => ({
			name: replicaName(url),
			pool: openPool(
				{ kind: 'postgres', url, maxConnections: config.maxConnections },
				REPLICA_CONNECT_TIMEOUT_MS
			),
			state: 'unchecked',
			lagSeconds: null,
			checkedAt: null
		}));
		this.db = databaseOnPool(new ReadPool(this, primary));
		this.timer = setInterval(() => void this.check(), config.checkIntervalSeconds * SECOND_MS);
		this.timer.unref();
		void this.check();
	}

	/** The next healthy replica in turn, or null when none is. */
	pick(): Replica | null {
		const healthy = this.replicas.filter((r) => r.state === 'ok');
		if (healthy.length === 0) return null;
		this.next = (this.next + 1) % healthy.length;
		return healthy[this.next];
	}

	markDown(replica: Replica, reason: unknown): void {
		if (replica.state !== 'down') {
			const message = reason instanceof Error ? reason.message : String(reason);
			console.error(`database: read replica ${replica.name} down, reads go elsewhere: ${message}`);
		}
		replica.state = 'down';
		replica.checkedAt = new Date();
	}

	statuses(): ReplicaStatus[] {
		return this.replicas.map(({ name, state, lagSeconds, checkedAt }) => ({
			name,
			state,
			lagSeconds: lagSeconds === null ? null : Math.round(lagSeconds * 10) / 10,
			checkedAt: checkedAt?.toISOString() ?? null
		}));
	}

	/** Checks every replica now (a check already running is awaited instead). */
	check(): Promise<void> {
		this.checking ??= this.checkAll().finally(() => (this.checking = null));
		return this.checking;
	}

	async close(): Promise<void> {
		clearInterval(this.timer);
		await this.checking;
		await Promise.all(this.replicas.map((r) => r.pool.end()));
	}

	private async checkAll(): Promise<void> {
		let primaryLsn: string | null = null;
		try {
			const { rows } = await this.primary.query<{ lsn: string }>(
				'select pg_current_wal_lsn()::text as lsn'
			);
			primaryLsn = rows[0].lsn;
		} catch {
			// Without the primary's position, a replica's lag is judged by its replay time alone.
		}
		await Promise.all(this.replicas.map((replica) => this.checkOne(replica, primaryLsn)));
	}

	private async checkOne(replica: Replica, primaryLsn: string | null): Promise<void> {
		const wasUsable = replica.state === 'ok';
		try {
			const lag = await withTimeout(lagOf(replica.pool, primaryLsn), CHECK_TIMEOUT_MS);
			replica.lagSeconds = lag;
			replica.state = lag !== null && lag <= this.config.maxLagSeconds ? 'ok' : 'lagging';
		} catch (err) {
			replica.lagSeconds = null;
			this.markDown(replica, err);
		}
		replica.checkedAt = new Date();
		if (!wasUsable && replica.state === 'ok') {
			console.log(`database: read replica ${replica.name} serves reads`);
		}
	}
}

/**
 * Seconds the replica's data is behind the primary: 0 once it has replayed what the primary had
 * written when the check began; otherwise the age of the last transaction it replayed (an upper
 * bound: an idle primary writes nothing to catch up on). Null when it cannot tell.
 */
async function lagOf(pool: pg.Pool, primaryLsn: string | null): Promise<number | null> {
	const { rows } = await pool.query<{ standby: boolean; caught_up: boolean | null; age: number }>(
		`select pg_is_in_recovery() as standby,
			pg_last_wal_replay_lsn() >= $1::pg_lsn as caught_up,
			extract(epoch from now() - pg_last_xact_replay_timestamp())::float8 as age`,
		[primaryLsn]
	);
	const { standby, caught_up, age } = rows[0];
	if (!standby || caught_up) return 0;
	return age;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
	let timer: NodeJS.Timeout | undefined;
	const timeout = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
	});
	return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
