import type { Kysely } from 'kysely';
import type { Database } from '../../src/lib/server/db/schema';
import { DEFAULT_CORE_KEYS } from '../../src/lib/domain/questions';
import { issueBallot, verifyBallot } from '../../src/lib/server/surveys/ballots';
import { createProgramme } from '../../src/lib/server/surveys/programmes';
import { roundQuestions, type Question } from '../../src/lib/server/surveys/questions';
import { submitResponse } from '../../src/lib/server/surveys/responses';
import {
	closeRound,
	getRound,
	openRoundNow,
	type Round
} from '../../src/lib/server/surveys/rounds';
import { rapportSecret } from '../../src/lib/server/surveys/secret';

export type TestRound = { round: Round; questions: Question[]; programmeId: string };

/** A programme over `departmentIds` with its first round open now. */
export async function openTestRound(
	db: Kysely<Database>,
	departmentIds: string[],
	options: { questionsPerRound?: number; kScores?: number; kComments?: number } = {}
): Promise<TestRound> {
	const programme = await createProgramme(
		db,
		{
			name: 'Analytics pulse',
			cadence: 'monthly',
			startsOn: '2030-01-01',
			roundLengthDays: 7,
			questionsPerRound: options.questionsPerRound ?? 8,
			coreQuestionKeys: [...DEFAULT_CORE_KEYS, 'comment.open'],
			reminderDays: [],
			departmentIds
		},
		null
	);
	if (options.kScores || options.kComments) {
		await db
			.updateTable('pulse_programmes')
			.set({
				k_scores: options.kScores ?? programme.kScores,
				k_comments: options.kComments ?? programme.kComments
			})
			.where('id', '=', programme.id)
			.execute();
	}
	const opened = await openRoundNow(db, { ...programme, status: 'active' }, new Date());
	if (!opened.ok) throw new Error(opened.reason);
	return {
		round: opened.opened.round,
		questions: await roundQuestions(db, opened.opened.round.id),
		programmeId: programme.id
	};
}

export type AnswerSpec = {
	/** Every Likert item's answer, or one per driver (drivers left out are skipped). */
	likert?: number | Record<string, number>;
	enps?: number;
	ratings?: { provider: string; score: number; reasons?: string[]; comment?: string }[];
	comment?: string;
	/** The writer's private link for conversations on their comments. */
	capability?: string;
};

/**
 * Stores one response through the real submit path, with a fresh ballot, or with `issued`, one
 * handed out for an invitation (so that responses and opened invitations match).
 */
export async function answer(
	db: Kysely<Database>,
	test: TestRound,
	departmentId: string,
	spec: AnswerSpec,
	issued?: string
): Promise<void> {
	const secret = rapportSecret();
	const ballot = verifyBallot(secret, issued ?? issueBallot(secret, test.round.id, departmentId))!;
	const answers: { q: string; v: number }[] = [];
	const comments: { q: string; p: string | null; b: string }[] = [];
	for (const q of test.questions) {
		if (q.kind === 'likert' && spec.likert !== undefined) {
			const v = typeof spec.likert === 'number' ? spec.likert : spec.likert[q.driver];
			if (v !== undefined) answers.push({ q: q.id, v });
		} else if (q.kind === 'scale_0_10' && spec.enps !== undefined) {
			answers.push({ q: q.id, v: spec.enps });
		} else if (q.kind === 'comment' && spec.comment) {
			comments.push({ q: q.id, p: null, b: spec.comment });
		}
	}
	const service = test.questions.find((q) => q.kind === 'internal_service');
	const ratings = (spec.ratings ?? []).map((r) => ({
		p: r.provider,
		s: r.score,
		r: r.reasons ?? []
	}));
	for (const r of spec.ratings ?? []) {
		if (r.comment && service) comments.push({ q: service.id, p: r.provider, b: r.comment });
	}
	const outcome = await submitResponse(
		db,
		ballot,
		{ answers, ratings, comments },
		new Date(),
		spec.capability ?? null
	);
	if (outcome !== 'recorded') throw new Error(`response not recorded: ${outcome}`);
}

export async function closeTestRound(db: Kysely<Database>, test: TestRound): Promise<void> {
	const round = (await getRound(db, test.round.id))!;
	await db.transaction().execute((trx) => closeRound(trx, round, new Date()));
}

/** The Likert drivers the round asks, in the order of its questions. */
export function likertDrivers(test: TestRound): string[] {
	return [...new Set(test.questions.filter((q) => q.kind === 'likert').map((q) => q.driver))];
}
