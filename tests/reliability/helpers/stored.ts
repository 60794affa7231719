import pg from 'pg';
import { nonceHash } from '../../../src/lib/server/surveys/ballots';

export type StoredCounts = {
	responses: number;
	spentBallots: number;
	answers: number;
	serviceRatings: number;
	ballotsIssued: number;
};

/** Reads, with a connection of its own, what the round holds. */
export async function storedCounts(url: string, roundId: string): Promise<StoredCounts> {
	const client = new pg.Client({ connectionString: url });
	await client.connect();
	try {
		// While the round is open, accepted submissions may still wait for their batch.
		const { rows } = await client.query(
			`with pending as (
				select answers from pending_submissions where round_id = $1
			)
			select
				((select count(*) from responses where round_id = $1)
					+ (select count(*) from pending))::int as responses,
				(select count(*) from spent_ballots where round_id = $1)::int as "spentBallots",
				((select count(*) from answers where round_id = $1)
					+ (select coalesce(sum(jsonb_array_length(answers -> 'answers')), 0) from pending))::int
					as answers,
				((select count(*) from service_ratings where round_id = $1)
					+ (select coalesce(sum(jsonb_array_length(answers -> 'ratings')), 0) from pending))::int
					as "serviceRatings",
				(select count(*) from invitations where round_id = $1 and ballot_issued)::int
					as "ballotsIssued"`,
			[roundId]
		);
		return rows[0] as StoredCounts;
	} finally {
		await client.end();
	}
}

/** The ballot tokens among `tokens` whose nonce is not in the round's spent set. */
export async function unspentBallots(
	url: string,
	roundId: string,
	tokens: readonly string[]
): Promise<string[]> {
	const client = new pg.Client({ connectionString: url });
	await client.connect();
	try {
		const hashes = tokens.map((t) => nonceHash(t.split('.')[2]));
		const { rows } = await client.query<{ h: string }>(
			`select h from unnest($2::text[]) as h
			where not exists (select 1 from spent_ballots where round_id = $1 and nonce_hash = h)`,
			[roundId, hashes]
		);
		const missing = new Set(rows.map((r) => r.h));
		return tokens.filter((_, i) => missing.has(hashes[i]));
	} finally {
		await client.end();
	}
}

/**
 * Client connections to `database` (pg_stat_activity; not autovacuum, which works there too),
 * asked from the maintenance database.
 */
export async function connectionsTo(adminUrl: string, database: string): Promise<number> {
	const client = new pg.Client({ connectionString: adminUrl });
	await client.connect();
	try {
		const { rows } = await client.query<{ n: number }>(
			`select count(*)::int as n from pg_stat_activity
			where datname = $1 and backend_type = 'client backend' and pid <> pg_backend_pid()`,
			[database]
		);
		return rows[0].n;
	} finally {
		await client.end();
	}
}
