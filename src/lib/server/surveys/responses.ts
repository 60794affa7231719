import { sql } from 'kysely';
import type { Db } from '../db';
import type { ValidAnswers } from '../../domain/survey-answers';
import { nonceHash, type Ballot } from './ballots';

export type SubmitOutcome = 'recorded' | 'already_recorded' | 'round_closed';

/**
 * The one statement that stores a response (one round trip, atomic by itself): the ballot's
 * nonce hash joins the round's spent set and, only if it was not there and the round is open,
 * the response, its answers and ratings, and the comments (kept apart from the response) go in.
 * Nothing about the person or the time is written. The benchmark's bare baseline runs it too.
 */
export function submitStatement(ballot: Ballot, answers: ValidAnswers, now: Date) {
	return sql<{ open: number; recorded: number }>`
		with open_round as (
			select id from pulse_rounds
			where id = ${ballot.roundId}::uuid and status = 'open' and closes_at > ${now}::timestamptz
			-- Holds closing off until this response is in, so a round's rollups see every answer it
			-- accepted; a submit that arrives after the close sees the round closed.
			for share
		),
		spent as (
			insert into spent_ballots (round_id, nonce_hash)
			select id, ${nonceHash(ballot.nonce)} from open_round
			on conflict do nothing
			returning round_id
		),
		response as (
			insert into responses (round_id, department_id)
			select round_id, ${ballot.departmentId}::uuid from spent
			returning id
		),
		stored_answers as (
			insert into answers (response_id, question_id, value)
			select response.id, a.q, a.v
			from response, jsonb_to_recordset(${JSON.stringify(answers.answers)}::jsonb) as a(q uuid, v smallint)
		),
		stored_ratings as (
			insert into service_ratings (response_id, provider_department_id, score, reasons)
			select response.id, r.p, r.s, r.r
			from response, jsonb_to_recordset(${JSON.stringify(answers.ratings)}::jsonb)
				as r(p uuid, s smallint, r text[])
		),
		stored_comments as (
			insert into comments (round_id, department_id, question_id, provider_department_id, body)
			select spent.round_id, ${ballot.departmentId}::uuid, c.q, c.p, c.b
			from spent, jsonb_to_recordset(${JSON.stringify(answers.comments)}::jsonb)
				as c(q uuid, p uuid, b text)
		)
		select (select count(*) from open_round)::int as open, (select count(*) from spent)::int as recorded
	`;
}

export async function submitResponse(
	db: Db,
	ballot: Ballot,
	answers: ValidAnswers,
	now = new Date()
): Promise<SubmitOutcome> {
	const result = await submitStatement(ballot, answers, now).execute(db);
	const row = result.rows[0];
	if (row.recorded === 1) return 'recorded';
	return row.open === 1 ? 'already_recorded' : 'round_closed';
}
