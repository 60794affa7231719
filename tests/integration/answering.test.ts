import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../helpers/db';
import { smallOrg } from '../helpers/org-fixture';
import { DEFAULT_CORE_KEYS } from '../../src/lib/domain/questions';
import { field, validateAnswers } from '../../src/lib/domain/survey-answers';
import { issueBallot, verifyBallot } from '../../src/lib/server/surveys/ballots';
import { issueBallotFor, startFromLink } from '../../src/lib/server/surveys/entry';
import { findInvitationPage, linkTokenHash } from '../../src/lib/server/surveys/invitations';
import { createProgramme } from '../../src/lib/server/surveys/programmes';
import { roundQuestions } from '../../src/lib/server/surveys/questions';
import { submitResponse } from '../../src/lib/server/surveys/responses';
import { submissionsInRound } from '../../src/lib/server/surveys/submission-batches';
import { closeRound, getRound, openRoundNow } from '../../src/lib/server/surveys/rounds';
import { rapportSecret } from '../../src/lib/server/surveys/secret';

const db = useTestDatabase();

const ANSWER_TABLES = [
	'responses',
	'answers',
	'service_ratings',
	'comments',
	'spent_ballots',
	'pending_submissions'
];

async function openRoundFor(departmentIds: string[]) {
	const programme = await createProgramme(
		db(),
		{
			name: 'Pulse',
			cadence: 'monthly',
			startsOn: '2030-01-01',
			roundLengthDays: 7,
			questionsPerRound: 8,
			coreQuestionKeys: [...DEFAULT_CORE_KEYS, 'comment.open'],
			reminderDays: [],
			departmentIds
		},
		null
	);
	const opened = await openRoundNow(db(), programme, new Date());
	if (!opened.ok) throw new Error(opened.reason);
	return opened.opened.round;
}

describe('storage that cannot identify anyone', () => {
	it('no table holding answers refers to people, invitations or sessions, or keeps a time', async () => {
		const org = await smallOrg(db(), { support: 1, billing: 1, sales: 1 });
		await openRoundFor([org.sales.id]);
		// Each answer table and every partition of it (one per round).
		const tables = await sql<{ table: string; parent: string }>`
			select c.relname as table, coalesce(p.relname, c.relname) as parent
			from pg_class c join pg_namespace ns on ns.oid = c.relnamespace
			left join pg_inherits i on i.inhrelid = c.oid left join pg_class p on p.oid = i.inhparent
			where ns.nspname = current_schema() and c.relkind in ('r', 'p')`.execute(db());
		const answerTables = new Map(
			tables.rows.filter((t) => ANSWER_TABLES.includes(t.parent)).map((t) => [t.table, t.parent])
		);
		expect(answerTables.size).toBeGreaterThan(ANSWER_TABLES.length);
		const references = await sql<{ table: string; target: string }>`
			select cl.relname as table, target.relname as target
			from pg_constraint con
			join pg_class cl on cl.oid = con.conrelid
			join pg_class target on target.oid = con.confrelid
			join pg_namespace ns on ns.oid = cl.relnamespace
			where con.contype = 'f' and ns.nspname = current_schema()`.execute(db());
		// Answer tables may point only at what a response is allowed to carry: its round, its
		// department, the question and each other. Nothing else, so nothing leads to a person.
		const allowed = new Set([...answerTables.keys(), 'pulse_rounds', 'departments', 'questions']);
		const outside = references.rows.filter(
			(r) => answerTables.has(r.table) && !allowed.has(r.target)
		);
		expect(outside).toEqual([]);
		expect(references.rows.filter((r) => answerTables.has(r.table)).length).toBeGreaterThan(0);
		const timeColumns = await sql<{ table_name: string; column_name: string; data_type: string }>`
			select table_name, column_name, data_type from information_schema.columns
			where table_schema = current_schema()
				and (data_type like 'timestamp%' or data_type like 'time%' or data_type = 'interval')`.execute(
			db()
		);
		const offending = timeColumns.rows.filter((c) => answerTables.has(c.table_name));
		expect(offending).toEqual([]);
		expect([...answerTables.values()]).toEqual(expect.arrayContaining(ANSWER_TABLES));
	});
});

describe('ballots and submission', () => {
	let round: Awaited<ReturnType<typeof openRoundFor>>;
	let org: Awaited<ReturnType<typeof smallOrg>>;
	let secret: string;

	beforeAll(async () => {
		org = await smallOrg(db(), { support: 8, billing: 2, sales: 2 });
		round = await openRoundFor([org.ops.id, org.sales.id]);
		secret = rapportSecret();
	});

	async function validAnswers(departmentId: string) {
		const questions = await roundQuestions(db(), round.id);
		const entries: [string, string][] = questions
			.filter((q) => q.kind === 'likert' || q.kind === 'scale_0_10')
			.map((q) => [field.scale(q.id), q.kind === 'likert' ? '4' : '9']);
		const provider = departmentId === org.billing.id ? org.sales.id : org.billing.id;
		entries.push([field.rating(provider), '7'], [field.reasons(provider), 'reliable']);
		const comment = questions.find((q) => q.kind === 'comment')!;
		entries.push([field.comment(comment.id), 'Good month.']);
		const providers = [org.support, org.billing, org.sales].map((d) => ({
			id: d.id,
			name: d.name
		}));
		const result = validateAnswers(entries, questions, providers, departmentId);
		if (!result.ok) throw new Error(JSON.stringify(result.problems));
		return result.value;
	}

	it('hands out one ballot per invitation; the second device gets none', async () => {
		const invitation = await db()
			.selectFrom('invitations')
			.select(['id as invitationId', 'round_id as roundId', 'department_id as departmentId'])
			.where('round_id', '=', round.id)
			.executeTakeFirstOrThrow();
		const first = await issueBallotFor(db(), invitation);
		expect(verifyBallot(secret, first)).toMatchObject({
			roundId: round.id,
			departmentId: invitation.departmentId
		});
		expect(await issueBallotFor(db(), invitation)).toBeNull();
	});

	it('starts from an invitation link once: the page, then one ballot, then none', async () => {
		const invitation = await db()
			.selectFrom('invitations')
			.innerJoin('departments', 'departments.id', 'invitations.department_id')
			.select(['invitations.id', 'invitations.department_id', 'departments.name'])
			.where('round_id', '=', round.id)
			.where('ballot_issued', '=', false)
			.executeTakeFirstOrThrow();
		const token = 'a'.repeat(32);
		await db()
			.insertInto('invitation_links')
			.values({ token_hash: linkTokenHash(token), invitation_id: invitation.id })
			.execute();
		const page = await findInvitationPage(db(), token);
		expect(page).toMatchObject({
			roundId: round.id,
			departmentId: invitation.department_id,
			ballotIssued: false,
			expired: false,
			organisationName: expect.any(String),
			kScores: expect.any(Number)
		});
		expect(page!.departmentPath.split('/').at(-1)).toBe(invitation.name);

		const first = await startFromLink(db(), token);
		expect(verifyBallot(secret, first!.ballot!)).toMatchObject({
			roundId: round.id,
			departmentId: invitation.department_id
		});
		const second = await startFromLink(db(), token);
		expect(second).toMatchObject({ invitation: { roundId: round.id }, ballot: null });
		expect(await startFromLink(db(), 'b'.repeat(32))).toBeNull();
		expect(await startFromLink(db(), 'not a token')).toBeNull();
	});

	it('hands out no ballot through the link of someone who has left', async () => {
		const invitation = await db()
			.selectFrom('invitations')
			.select(['id', 'person_id'])
			.where('round_id', '=', round.id)
			.where('ballot_issued', '=', false)
			.executeTakeFirstOrThrow();
		const token = 'c'.repeat(32);
		await db()
			.insertInto('invitation_links')
			.values({ token_hash: linkTokenHash(token), invitation_id: invitation.id })
			.execute();
		await db()
			.updateTable('people')
			.set({ active: false })
			.where('id', '=', invitation.person_id)
			.execute();
		expect(await startFromLink(db(), token)).toMatchObject({ ballot: null });
		const stored = await db()
			.selectFrom('invitations')
			.select('ballot_issued')
			.where('id', '=', invitation.id)
			.executeTakeFirstOrThrow();
		expect(stored.ballot_issued).toBe(false);
		await db()
			.updateTable('people')
			.set({ active: true })
			.where('id', '=', invitation.person_id)
			.execute();
	});

	it('stores a response once; the same ballot again stores nothing and says so', async () => {
		const ballot = verifyBallot(secret, issueBallot(secret, round.id, org.support.id))!;
		const answers = await validAnswers(org.support.id);
		expect(await submitResponse(db(), ballot, answers)).toBe('recorded');
		expect(await submitResponse(db(), ballot, answers)).toBe('already_recorded');
		// Accepted, and waiting for its batch: nothing in the answer tables yet.
		const counts = await sql<{ pending: number; responses: number; comments: number }>`
			select (select count(*) from pending_submissions where round_id = ${round.id}::uuid)::int
					as pending,
				(select count(*) from responses where round_id = ${round.id}::uuid)::int as responses,
				(select count(*) from comments where round_id = ${round.id}::uuid)::int as comments`.execute(db());
		expect(counts.rows[0]).toEqual({ pending: 1, responses: 0, comments: 0 });
	});

	it('takes 2,000 ballots and 200 replays sent at once: exactly 2,000 responses', async () => {
		const before = await submissionsInRound(db(), round.id);
		const answers = await validAnswers(org.billing.id);
		const ballots = Array.from({ length: 2000 }, () =>
			verifyBallot(secret, issueBallot(secret, round.id, org.billing.id))!
		);
		const replays = ballots.filter((_, i) => i % 10 === 3);
		const submissions = [...ballots, ...replays]
			.map((ballot, i) => ({ ballot, order: (i * 7919) % 2200 }))
			.sort((a, b) => a.order - b.order);
		const outcomes = await Promise.all(
			submissions.map((s) => submitResponse(db(), s.ballot, answers))
		);
		expect(outcomes.filter((o) => o === 'recorded')).toHaveLength(2000);
		expect(outcomes.filter((o) => o === 'already_recorded')).toHaveLength(200);
		expect((await submissionsInRound(db(), round.id)) - before).toBe(2000);
	}, 120_000);

	it('a close racing with submits leaves no accepted answer out of the rollups', async () => {
		const racing = await openRoundFor([org.sales.id]);
		const empty = { answers: [], ratings: [], comments: [] };
		const submits = Array.from({ length: 300 }, () =>
			submitResponse(
				db(),
				verifyBallot(secret, issueBallot(secret, racing.id, org.sales.id))!,
				empty
			)
		);
		const close = (async () => {
			await new Promise((r) => setTimeout(r, 5));
			await db()
				.transaction()
				.execute(async (trx) => closeRound(trx, (await getRound(trx, racing.id))!, new Date()));
		})();
		const outcomes = await Promise.all(submits);
		await close;
		const recorded = outcomes.filter((o) => o === 'recorded').length;
		expect(recorded + outcomes.filter((o) => o === 'round_closed').length).toBe(300);
		const stored = await db()
			.selectFrom('responses')
			.select((eb) => eb.fn.countAll<string>().as('n'))
			.where('round_id', '=', racing.id)
			.executeTakeFirstOrThrow();
		const rolledUp = await sql<{ responded: number }>`
			select responded from rollup_participation
			where round_id = ${racing.id}::uuid and scope = 'company'`.execute(db());
		expect(Number(stored.n)).toBe(recorded);
		expect(rolledUp.rows[0]?.responded).toBe(recorded);
	});

	it('refuses a closed round, and stores nothing for it', async () => {
		const other = await openRoundFor([org.sales.id]);
		const ballot = verifyBallot(secret, issueBallot(secret, other.id, org.sales.id))!;
		await closeRound(db(), (await getRound(db(), other.id))!, new Date());
		expect(await submitResponse(db(), ballot, { answers: [], ratings: [], comments: [] })).toBe(
			'round_closed'
		);
		const stored = await db()
			.selectFrom('responses')
			.select('id')
			.where('round_id', '=', other.id)
			.execute();
		expect(stored).toEqual([]);
	});
});
