import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { Database, Db } from '../db';
import { isUuid } from '../../domain/ids';
import { moveSubmissions, rewriteInvitations } from './submission-batches';

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
 * The round's partitions, created in the transaction that opens the round (or, `open: false`,
 * that stores a closed round's history). Creating a partition locks its parent table until
 * commit, so call this last.
 */
export async function createRoundPartitions(
	db: Db,
	roundId: string,
	{ open }: { open: boolean }
): Promise<void> {
	const tables = open ? [...ANSWER_TABLES, ...OPEN_ROUND_TABLES] : ANSWER_TABLES;
	for (const table of tables) {
		await sql`create table if not exists ${partition(table, roundId)} partition of ${sql.table(table)}
			for values in (${sql.lit(roundId)})`.execute(db);
	}
}

/**
 * Part of closing a round, in the closing transaction (which holds the round row): the pending
 * submissions join the answer tables, then every answer row of the round is copied aside,
 * the round's partitions are emptied by TRUNCATE (a new, empty file each; the old files go at
 * commit) and refilled in random order with fresh response and comment ids. Its invitations are
 * rewritten in random order too, and its spent ballots and pending rows are gone.
 */
export async function rewriteClosingRound(trx: Db, roundId: string): Promise<void> {
	await moveSubmissions(trx, roundId, 1);
	const [responses, answers, ratings, comments] = ANSWER_TABLES.map((t) => partition(t, roundId));
	await sql`create temp table closing_responses on commit drop as
		select id as old_id, gen_random_uuid() as id, department_id from ${responses}`.execute(trx);
	await sql`create temp table closing_answers on commit drop as
		select response_id, question_id, value from ${answers}`.execute(trx);
	await sql`create temp table closing_ratings on commit drop as
		select response_id, provider_department_id, score, reasons from ${ratings}`.execute(trx);
	await sql`create temp table closing_comments on commit drop as
		select department_id, question_id, provider_department_id, body from ${comments}`.execute(trx);
	const scratch = await existingPartitions(trx, roundId, OPEN_ROUND_TABLES);
	await sql`truncate ${sql.join([responses, answers, ratings, comments, ...scratch])}`.execute(trx);

	const round = sql`${roundId}::uuid`;
	await sql`insert into ${responses} (round_id, id, department_id)
		select ${round}, id, department_id from closing_responses order by random()`.execute(trx);
	await sql`insert into ${answers} (round_id, response_id, question_id, value)
		select ${round}, r.id, a.question_id, a.value
		from closing_answers a join closing_responses r on r.old_id = a.response_id
		order by random()`.execute(trx);
	await sql`insert into ${ratings} (round_id, response_id, provider_department_id, score, reasons)
		select ${round}, r.id, s.provider_department_id, s.score, s.reasons
		from closing_ratings s join closing_responses r on r.old_id = s.response_id
		order by random()`.execute(trx);
	await sql`insert into ${comments}
			(round_id, id, department_id, question_id, provider_department_id, body)
		select ${round}, gen_random_uuid(), department_id, question_id, provider_department_id, body
		from closing_comments order by random()`.execute(trx);
	// Several rounds may close in one transaction: the next one needs these names again.
	await sql`drop table closing_responses, closing_answers, closing_ratings, closing_comments`.execute(
		trx
	);
	await rewriteInvitations(trx, roundId, false);
}

async function existingPartitions(db: Db, roundId: string, tables: readonly string[]) {
	const found = [];
	for (const table of tables) {
		const name = `${table}_r_${roundId.replaceAll('-', '')}`;
		const row = await sql<{ exists: boolean }>`
			select to_regclass(${name}) is not null as exists`.execute(db);
		if (row.rows[0].exists) found.push(partition(table, roundId));
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
			for (const table of await existingPartitions(trx, id, OPEN_ROUND_TABLES)) {
				await sql`drop table if exists ${table}`.execute(trx);
			}
		});
	}
	if (closed.rows.length > 0) await sql`cluster invitations using invitations_pkey`.execute(db);
	else await sql`vacuum invitations`.execute(db);
	await sql`vacuum pending_submissions`.execute(db);
}
