import type { PostgresCursor, PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';
import type pg from 'pg';
import type { Replica, ReplicaSet } from './replicas';
import { isDatabaseUnavailable } from './unavailable';

// A standby cancels a query whose rows its replay must remove (SQLSTATE 40001, "conflict with
// recovery"); the primary has no such conflict.
const RECOVERY_CONFLICT = '40001';

function mayReadElsewhere(error: unknown): boolean {
	return isDatabaseUnavailable(error) || (error as { code?: unknown })?.code === RECOVERY_CONFLICT;
}

/**
 * The pool behind the read handle: a connection to a healthy replica, else to the primary. A
 * replica that fails (refuses the connection, or loses it before the first statement answered)
 * is marked down and the statement runs on the primary instead, so that its reader sees no error.
 */
export class ReadPool implements PostgresPool {
	constructor(
		private readonly replicas: ReplicaSet,
		private readonly primary: pg.Pool
	) {}

	async connect(): Promise<PostgresPoolClient> {
		for (;;) {
			const replica = this.replicas.pick();
			if (!replica) return this.primary.connect();
			try {
				return new ReplicaClient(
					await replica.pool.connect(),
					replica,
					this.replicas,
					this.primary
				);
			} catch (err) {
				if (!mayReadElsewhere(err)) throw err;
				this.replicas.markDown(replica, err);
			}
		}
	}

	/** The pools belong to the replica set and to the primary's handle, which end them. */
	async end(): Promise<void> {}
}

class ReplicaClient implements PostgresPoolClient {
	private used = false;
	private replicaReleased = false;
	private onPrimary: pg.PoolClient | null = null;

	constructor(
		private readonly client: pg.PoolClient,
		private readonly replica: Replica,
		private readonly replicas: ReplicaSet,
		private readonly primary: pg.Pool
	) {}

	query<R>(sql: string, parameters: ReadonlyArray<unknown>): Promise<PostgresQueryResult<R>>;
	query<R>(cursor: PostgresCursor<R>): PostgresCursor<R>;
	query<R>(
		statement: string | PostgresCursor<R>,
		parameters?: ReadonlyArray<unknown>
	): Promise<PostgresQueryResult<R>> | PostgresCursor<R> {
		if (typeof statement !== 'string') {
			this.used = true;
			return (this.onPrimary ?? this.client).query(statement as never) as PostgresCursor<R>;
		}
		return this.queryWithFallback<R>(statement, [...(parameters ?? [])]);
	}

	/**
	 * Only the first statement moves to the primary: a later one may belong to a transaction begun
	 * on the replica, which cannot continue elsewhere.
	 */
	private async queryWithFallback<R>(
		statement: string,
		parameters: unknown[]
	): Promise<PostgresQueryResult<R>> {
		if (this.onPrimary) return (await this.onPrimary.query(statement, parameters)) as never;
		const first = !this.used;
		this.used = true;
		try {
			return (await this.client.query(statement, parameters)) as never;
		} catch (err) {
			if (!first || !mayReadElsewhere(err)) throw err;
			if (isDatabaseUnavailable(err)) this.replicas.markDown(this.replica, err);
			this.client.release(err instanceof Error ? err : true);
			this.replicaReleased = true;
			this.onPrimary = await this.primary.connect();
			return (await this.onPrimary.query(statement, parameters)) as never;
		}
	}

	release(): void {
		if (!this.replicaReleased) this.client.release();
		this.onPrimary?.release();
	}
}
