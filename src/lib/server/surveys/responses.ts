import { sql } from 'kysely';
import type { Db } from '../db';
import { hotStatement } from '../db/hot-statements';
import type { ValidAnswers } from '../../domain/survey-answers';
import { conversationKey, MAX_CONVERSABLE_COMMENTS } from '../conversations/capability';
import { nonceHash, type Ballot } from './ballots';

export type SubmitOutcome = 'recorded' | 'already_recorded' | 'round_closed';

/**
 * What a pending submission keeps of the answers: exactly these three lists. Given the writer's
 * private link, each comment also keeps its conversation key (`k`), one of its own.
 */
function pendingAnswers(
	{ answers, ratings, comments }: ValidAnswers,
	capability: string | null
): string {
	const keyed = comments.map((c, place) =>
		capability && place < MAX_CONVERSABLE_COMMENTS
			? { ...c, k: conversationKey(capability, place) }
			: c
	);
	return JSON.stringify({ answers, ratings, comments: keyed });
}

/**
 * The one statement that accepts a response (one round trip, atomic by itself): the ballot's
 * nonce hash joins the round's spent set and, only if it was not there and the round is open,
 * the answers go in as one pending submission (round, department, answers) and nothing else.
 * Pending submissions reach the answer tables in batches (submission-batches.ts), so no row of
 * them sits where its place or transaction would name its writer. The benchmark's bare
 * baseline runs this statement too.
 */
export function submitStatement(
	ballot: Ballot,
	answers: ValidAnswers,
	now: Date,
	capability: string | null = null
) {
	return submitStatementOf(...submitValues(ballot, answers, now, capability));
}

/** The statement's values: the round, the time, the ballot's nonce hash, department, answers. */
function submitValues(
	ballot: Ballot,
	answers: ValidAnswers,
	now: Date,
	capability: string | null
): [string, Date, string, string, string] {
	const pending = pendingAnswers(answers, capability);
	return [ballot.roundId, now, nonceHash(ballot.nonce), ballot.departmentId, pending];
}

function submitStatementOf(
	roundId: string,
	now: Date,
	nonce: string,
	departmentId: string,
	answers: string
) {
	return sql<{ open: number; recorded: number }>`
		with open_round as (
			select id from pulse_rounds
			where id = ${roundId}::uuid and status = 'open' and closes_at > ${now}::timestamptz
			-- Holds closing off until this submission is in, so a round's rollups see every answer
			-- it accepted; a submit that arrives after the close sees the round closed.
			for share
		),
		spent as (
			insert into spent_ballots (round_id, nonce_hash)
			select id, ${nonce} from open_round
			on conflict do nothing
			returning round_id
		),
		pending as (
			insert into pending_submissions (round_id, department_id, answers)
			select round_id, ${departmentId}::uuid, ${answers}::jsonb from spent
		)
		select (select count(*) from open_round)::int as open, (select count(*) from spent)::int as recorded
	`;
}

/** The submit is the survey's hottest statement: built once, prepared on each connection. */
const submitHot = hotStatement((_db: Db, ...values: Parameters<typeof submitStatementOf>) =>
	submitStatementOf(...values)
);

export async function submitResponse(
	db: Db,
	ballot: Ballot,
	answers: ValidAnswers,
	now = new Date(),
	capability: string | null = null
): Promise<SubmitOutcome> {
	const [row] = await submitHot(db, ...submitValues(ballot, answers, now, capability));
	if (row.recorded === 1) return 'recorded';
	return row.open === 1 ? 'already_recorded' : 'round_closed';
}
