import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database, Db } from '../db';
import { isUuid } from '../../domain/ids';
import { rewriteInvitations } from './submission-batches';

// Each round keeps its answers in partitions of its own (migration 0007): the answer tables for
// good, spent ballots and pending submissions while it is open. When the round closes, its rows
// are written anew in random order into fresh files, so nothing at rest keeps the order of Starts
// and submits: every row of a closed round carries the closing transaction's id.

const ANSWER_TABLES = ['responses', 'answers', 'service_ratings', 'comments'] as const;
const OPEN_ROUND_TABLES = ['spent_ballots', 'pending_submissions'] as const;

function partition(table: string, roundId: string) {
	if (!isUuid(roundId)) throw new Error(`not a round id: ${roundId}`);
	return sql.id(`${table}_r_${roundId.replaceAll('-', '')}`);
}

/**
 * Makes the rest of the transaction the only one, across app instances, that creates or drops
 * answer partitions. Creating one locks its parent table and, through its foreign key, the rounds
 * table against any transaction that has written a round row: two instances opening or closing
 * rounds at once each held what the other needed (a deadlock). Take it first, before writing to
 * `pulse_rounds`; the lock goes at commit.
 */
export async function lockPartitionChanges(trx: Db): Promise<void> {
	await sql`select pg_advisory_xact_lock(hashtextextended('rapport.partitions', 0))`.execute(trx);
}

/**
 * The round's partitions, created in the transaction that opens the round (or, `open: false`,
 * that stores a closed round's history). Creating a partition locks its parent table until
 * commit, so call this last.
 */
export async function createRoundPartitions(
	db: Db,
	roundId: string,
	{ open }: { open: boolean }
): Promise<void> {
	for (const table of ANSWER_TABLES) {
		await sql`create table if not exists ${partition(table, roundId)} partition of ${sql.table(table)}
			for values in (${sql.lit(roundId)})`.execute(db);
	}
	if (!open) return;
	// The scheduler vacuums these itself; an autovacuum running on one would only hold up the
	// TRUNCATE of the close until it gives way.
	for (const table of OPEN_ROUND_TABLES) {
		await sql`create table if not exists ${partition(table, roundId)} partition of ${sql.table(table)}
			for values in (${sql.lit(roundId)}) with (autovacuum_enabled = false)`.execute(db);
	}
}

/**
 * Replaces the round's partition of `table` by a new table filled by `insert` (columns, then a
 * query): built apart and attached, so that its indexes are built and its foreign keys checked
 * once for all rows rather than row by row. The old partition's file goes at commit.
 */
async function refill(trx: Db, table: string, roundId: string, insert: RawBuilder<unknown>) {
	const fresh = sql.id(`${table}_n_${roundId.replaceAll('-', '')}`);
	await sql`create table ${fresh}
		(like ${sql.table(table)} including defaults including constraints)`.execute(trx);
	await sql`insert into ${fresh} ${insert}`.execute(trx);
	await sql`drop table ${partition(table, roundId)}`.execute(trx);
	await sql`alter table ${fresh} rename to ${partition(table, roundId)}`.execute(trx);
	await sql`alter table ${sql.table(table)} attach partition ${partition(table, roundId)}
		for values in (${sql.lit(roundId)})`.execute(trx);
}

/**
 * Part of closing a round, in the closing transaction (which holds the round row): every answer
 * row of the round and every pending submission is copied aside, the round's answer partitions
 * are replaced by new ones filled in random order with fresh response and comment ids, and its
 * spent-ballot and pending partitions emptied by TRUNCATE (old files go at commit). The round's
 * invitations are written anew too; its spent ballots and pending submissions are gone.
 */
export async function rewriteClosingRound(trx: Db, roundId: string): Promise<void> {
	const [responses, answers, ratings, comments] = ANSWER_TABLES.map((t) => partition(t, roundId));
	const [spent, pending] = await existingPartitions(trx, roundId, OPEN_ROUND_TABLES);
	// Stored responses keep their rows (matched by old id); pending ones bring theirs as JSON.
	await sql`create temp table closing_responses on commit drop as
		select id as old_id, gen_random_uuid() as id, department_id, null::jsonb as pending
		from ${responses}
		${pending ? sql`union all select gen_random_uuid(), gen_random_uuid(), department_id, answers from ${pending}` : sql``}`.execute(
		trx
	);
	const fromPending = (list: string, columns: string) =>
		sql`union all select r.old_id, x.* from closing_responses r,
			jsonb_to_recordset(r.pending -> ${list}) as x(${sql.raw(columns)})
			where r.pending is not null`;
	await sql`create temp table closing_answers on commit drop as
		select response_id, question_id, value from ${answers}
		${fromPending('answers', 'q uuid, v smallint')}`.execute(trx);
	await sql`create temp table closing_ratings on commit drop as
		select response_id, provider_department_id, score, reasons from ${ratings}
		${fromPending('ratings', 'p uuid, s smallint, r text[]')}`.execute(trx);
	await sql`create temp table closing_comments on commit drop as
		select department_id, question_id, provider_department_id, body, conversation_key
		from ${comments}
		union all select r.department_id, c.q, c.p, c.b, c.k from closing_responses r,
			jsonb_to_recordset(r.pending -> 'comments') as c(q uuid, p uuid, b text, k text)
		where r.pending is not null`.execute(trx);
	const scratch = [spent, pending].filter((t) => t !== undefined);
	if (scratch.length) await sql`truncate ${sql.join(scratch)}`.execute(trx);

	const round = sql`${roundId}::uuid`;
	await refill(
		trx,
		'responses',
		roundId,
		sql`(round_id, id, department_id)
		select ${round}, id, department_id from closing_responses order by random()`
	);
	// Answers and ratings belong to a response: each row takes its response's new id.
	const refillPerResponse = (table: string, copy: string, columns: string[]) =>
		refill(
			trx,
			table,
			roundId,
			sql`(round_id, response_id, ${sql.join(columns.map((c) => sql.ref(c)))})
			select ${round}, r.id, ${sql.join(columns.map((c) => sql.ref(`c.${c}`)))}
			from ${sql.table(copy)} c join closing_responses r on r.old_id = c.response_id
			order by random()`
		);
	await refillPerResponse('answers', 'closing_answers', ['question_id', 'value']);
	await refillPerResponse('service_ratings', 'closing_ratings', [
		'provider_department_id',
		'score',
		'reasons'
	]);
	await refill(
		trx,
		'comments',
		roundId,
		sql`
			(round_id, id, department_id, question_id, provider_department_id, body, conversation_key)
		select ${round}, gen_random_uuid(), department_id, question_id, provider_department_id, body,
			conversation_key
		from closing_comments order by random()`
	);
	// Several rounds may close in one transaction: the next one needs these names again.
	await sql`drop table closing_responses, closing_answers, closing_ratings, closing_comments`.execute(
		trx
	);
	await rewriteInvitations(trx, roundId, false);
}

/** Each of `tables`' partition for the round, or undefined where it does not exist. */
async function existingPartitions(db: Db, roundId: string, tables: readonly string[]) {
	const found = [];
	for (const table of tables) {
		const name = `${table}_r_${roundId.replaceAll('-', '')}`;
		const row = await sql<{ exists: boolean }>`
			select to_regclass(${name}) is not null as exists`.execute(db);
		found.push(row.rows[0].exists ? partition(table, roundId) : undefined);
	}
	return found;
}

/**
 * After closes and batches have committed (VACUUM cannot run inside a transaction): drops the
 * emptied spent-ballot and pending partitions of closed rounds and vacuums what rewrites left
 * behind (old row versions still carry the old transaction ids). When a round has closed, the
 * invitations are also re-laid in the order of their random ids (CLUSTER): an UPDATE leaves most
 * rows on the page they were on, and a Start may have moved a row to a page of its own.
 */
export async function tidyAnswerStorage(db: Kysely<Database>): Promise<void> {
	const closed = await sql<{ id: string }>`
		select id from pulse_rounds
		where status = 'closed'
			and to_regclass('spent_ballots_r_' || replace(id::text, '-', '')) is not null`.execute(db);
	for (const { id } of closed.rows) {
		await db.transaction().execute(async (trx) => {
			await lockPartitionChanges(trx);
			for (const table of await existingPartitions(trx, id, OPEN_ROUND_TABLES)) {
				if (table) await sql`drop table if exists ${table}`.execute(trx);
			}
		});
	}
	if (closed.rows.length > 0) await sql`cluster invitations using invitations_pkey`.execute(db);
	else await sql`vacuum invitations`.execute(db);
	await sql`vacuum pending_submissions`.execute(db);
}
