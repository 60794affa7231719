import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { Database, Db } from '../db';

// While a round is open, a submit stores only its spent ballot and a pending submission. Pending
// submissions reach the answer tables here, in batches written in random order with random ids:
// a batch's rows share one transaction id and their order says nothing about who came first.

/**
 * Moves the round's pending submissions into the answer tables and deletes them, in one
 * statement: of each department with at least `minimumPerDepartment` waiting (all of them when
 * 1). Returns how many moved. Comments get ids and places of their own, apart from responses.
 */
export async function moveSubmissions(
	db: Db,
	roundId: string,
	minimumPerDepartment: number
): Promise<number> {
	const round = sql`${roundId}::uuid`;
	const result = await sql<{ moved: number }>`
		with ready as (
			select department_id from pending_submissions where round_id = ${round}
			group by department_id having count(*) >= ${minimumPerDepartment}
		),
		taken as (
			delete from pending_submissions
			where round_id = ${round} and department_id in (select department_id from ready)
			returning department_id, answers
		),
		batch as materialized (
			select gen_random_uuid() as id, department_id, answers from taken
		),
		stored_responses as (
			insert into responses (round_id, id, department_id)
			select ${round}, id, department_id from batch order by random()
		),
		stored_answers as (
			insert into answers (round_id, response_id, question_id, value)
			select ${round}, b.id, a.q, a.v
			from batch b, jsonb_to_recordset(b.answers -> 'answers') as a(q uuid, v smallint)
			order by random()
		),
		stored_ratings as (
			insert into service_ratings (round_id, response_id, provider_department_id, score, reasons)
			select ${round}, b.id, r.p, r.s, r.r
			from batch b, jsonb_to_recordset(b.answers -> 'ratings') as r(p uuid, s smallint, r text[])
			order by random()
		),
		stored_comments as (
			insert into comments
				(round_id, id, department_id, question_id, provider_department_id, body, conversation_key)
			select ${round}, gen_random_uuid(), b.department_id, c.q, c.p, c.b, c.k
			from batch b, jsonb_to_recordset(b.answers -> 'comments') as c(q uuid, p uuid, b text, k text)
			order by random()
		)
		select count(*)::int as moved from batch`.execute(db);
	return result.rows[0]?.moved ?? 0;
}

/**
 * Writes the round's invitations anew (only those whose ballot was issued when `issuedOnly`), so
 * that each carries this transaction's id: a Start then says no more than "before this batch".
 * `set ballot_issued = ballot_issued` keeps every column as it is, whatever columns there are.
 * Their places in the table are re-laid after a close (tidyAnswerStorage).
 */
export async function rewriteInvitations(
	db: Db,
	roundId: string,
	issuedOnly: boolean
): Promise<void> {
	await sql`update invitations set ballot_issued = ballot_issued
		where round_id = ${roundId}::uuid and (ballot_issued or not ${issuedOnly})`.execute(db);
}

/**
 * One batch of an open round: whoever holds the round's flush lock moves the departments that
 * have at least k (the programme's k for scores) pending submissions, and rewrites the Start
 * flags. Several instances may call it at once; one moves, the others skip. Returns the count.
 */
export async function flushPendingSubmissions(
	db: Kysely<Database>,
	roundId: string
): Promise<number> {
	return db.transaction().execute(async (trx) => {
		// The round row first, as a close takes it first: a flush and a close never interleave.
		const round = await sql<{ k: number }>`
			select p.k_scores as k from pulse_rounds r
			join pulse_programmes p on p.id = r.programme_id
			where r.id = ${roundId}::uuid and r.status = 'open'
			for share of r`.execute(trx);
		const k = round.rows[0]?.k;
		if (k === undefined) return 0;
		const claim = await sql<{ claimed: boolean }>`
			select pg_try_advisory_xact_lock(hashtextextended(${`rapport.flush.${roundId}`}, 0))
				as claimed`.execute(trx);
		if (!claim.rows[0].claimed) return 0;
		const moved = await moveSubmissions(trx, roundId, k);
		if (moved > 0) await rewriteInvitations(trx, roundId, true);
		return moved;
	});
}

/** A batch for every open round that has enough waiting; returns how many submissions moved. */
export async function flushOpenRounds(db: Kysely<Database>, now: Date): Promise<number> {
	const open = await db
		.selectFrom('pulse_rounds')
		.select('id')
		.where('status', '=', 'open')
		.where('closes_at', '>', now)
		.execute();
	let moved = 0;
	for (const { id } of open) moved += await flushPendingSubmissions(db, id);
	return moved;
}

/** Submissions the round has accepted: stored in the answer tables or still pending. */
export async function submissionsInRound(db: Db, roundId: string): Promise<number> {
	const result = await sql<{ n: number }>`
		select ((select count(*) from responses where round_id = ${roundId}::uuid)
			+ (select count(*) from pending_submissions where round_id = ${roundId}::uuid))::int as n`.execute(
		db
	);
	return result.rows[0].n;
}
