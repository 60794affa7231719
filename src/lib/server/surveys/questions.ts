import { sql, type ExpressionBuilder } from 'kysely';
import { inTransaction } from '../db/transaction';
import type { Database, Db } from '../db';
import type { QuestionKind, QuestionTexts } from '../db/schema';
import { KIND_FOR_DRIVER, isLikertDriver, type Driver } from '../../domain/questions';
import type { RotatingItem } from '../../domain/rotation';

export type Question = {
	id: string;
	key: string;
	version: number;
	driver: Driver;
	kind: QuestionKind;
	texts: QuestionTexts;
	retired: boolean;
};

export type QuestionListing = Question & { timesAsked: number };

const questionColumns = [
	'questions.id',
	'questions.key',
	'questions.version',
	'questions.driver',
	'questions.kind',
	'questions.texts',
	'questions.retired_at as retiredAt'
] as const;

function toQuestion(row: Omit<Question, 'retired'> & { retiredAt: Date | null }): Question {
	return {
		id: row.id,
		key: row.key,
		version: row.version,
		driver: row.driver,
		kind: row.kind,
		texts: row.texts,
		retired: row.retiredAt !== null
	};
}

/**
 * The number of questions a round asks, as the column `questionCount` (a count, as text) of a
 * query that reads `pulse_rounds`.
 */
export function roundQuestionCount(eb: ExpressionBuilder<Database, 'pulse_rounds'>) {
	return eb
		.selectFrom('round_questions')
		.whereRef('round_questions.round_id', '=', 'pulse_rounds.id')
		.select((e) => e.fn.countAll<string>().as('n'))
		.as('questionCount');
}

/** The current version of every question key (retired keys included, flagged), by driver. */
export async function listQuestionBank(db: Db): Promise<QuestionListing[]> {
	const rows = await db
		.selectFrom('questions')
		.select(questionColumns)
		.select((eb) =>
			eb
				.selectFrom('round_questions')
				.whereRef('round_questions.question_id', '=', 'questions.id')
				.select((e) => e.fn.countAll<string>().as('n'))
				.as('timesAsked')
		)
		.where(({ not, exists, selectFrom }) =>
			not(
				exists(
					selectFrom('questions as newer')
						.select('newer.id')
						.whereRef('newer.key', '=', 'questions.key')
						.whereRef('newer.version', '>', 'questions.version')
				)
			)
		)
		.orderBy('questions.driver')
		.orderBy('questions.key')
		.execute();
	return rows.map((r) => ({ ...toQuestion(r), timesAsked: Number(r.timesAsked ?? 0) }));
}

export async function getQuestion(db: Db, id: string): Promise<Question | null> {
	const row = await db
		.selectFrom('questions')
		.select(questionColumns)
		.where('id', '=', id)
		.executeTakeFirst();
	return row ? toQuestion(row) : null;
}

/** Current, not retired, versions of the given keys, in the order given. */
export async function currentQuestionsByKey(db: Db, keys: readonly string[]): Promise<Question[]> {
	if (keys.length === 0) return [];
	const rows = await db
		.selectFrom('questions')
		.select(questionColumns)
		.where('key', 'in', keys)
		.where('retired_at', 'is', null)
		.execute();
	const byKey = new Map(rows.map((r) => [r.key, toQuestion(r)]));
	return keys.flatMap((key) => byKey.get(key) ?? []);
}

/** Every current Likert item: what the rotation draws from. */
export async function rotationPool(
	db: Db,
	excludeKeys: readonly string[] = []
): Promise<RotatingItem[]> {
	const rows = await db
		.selectFrom('questions')
		.select(['id', 'key', 'driver'])
		.where('kind', '=', 'likert')
		.where('retired_at', 'is', null)
		.execute();
	return rows
		.filter((r) => isLikertDriver(r.driver) && !excludeKeys.includes(r.key))
		.map((r) => ({ id: r.id, key: r.key, driver: r.driver as RotatingItem['driver'] }));
}

export async function questionKeyExists(db: Db, key: string): Promise<boolean> {
	const row = await db
		.selectFrom('questions')
		.select('id')
		.where('key', '=', key)
		.executeTakeFirst();
	return row !== undefined;
}

export async function createQuestion(
	db: Db,
	input: { key: string; driver: Driver; texts: QuestionTexts }
): Promise<Question> {
	const row = await db
		.insertInto('questions')
		.values({
			key: input.key,
			driver: input.driver,
			kind: KIND_FOR_DRIVER[input.driver],
			texts: JSON.stringify(input.texts)
		})
		.returning(questionColumns)
		.executeTakeFirstOrThrow();
	return toQuestion(row);
}

/** Whether any round has asked the question (then its texts change only by a new version). */
export async function hasBeenAsked(db: Db, questionId: string): Promise<boolean> {
	const row = await db
		.selectFrom('round_questions')
		.select('round_id')
		.where('question_id', '=', questionId)
		.limit(1)
		.executeTakeFirst();
	return row !== undefined;
}

export type QuestionEdit = { question: Question; newVersion: boolean };

/** What an edit of a version that a newer one has already replaced answers. */
export const SUPERSEDED = 'superseded';

/**
 * Changes a question's wording. A question already asked in a round is never re-worded in place:
 * its version is retired and a new version takes the key, so past answers keep their wording.
 */
export async function editQuestionTexts(
	db: Db,
	questionId: string,
	texts: QuestionTexts
): Promise<QuestionEdit | typeof SUPERSEDED | null> {
	return inTransaction(db, async (db) => {
		const current = await db
			.selectFrom('questions')
			.select(questionColumns)
			.where('id', '=', questionId)
			.forUpdate()
			.executeTakeFirst();
		if (!current) return null;
		// An edit page opened before the last edit: its wording would overwrite a newer one.
		const newer = await db
			.selectFrom('questions')
			.select('id')
			.where('key', '=', current.key)
			.where('version', '>', current.version)
			.executeTakeFirst();
		if (newer) return SUPERSEDED;
		if (!(await hasBeenAsked(db, questionId))) {
			const row = await db
				.updateTable('questions')
				.set({ texts: JSON.stringify(texts) })
				.where('id', '=', questionId)
				.returning(questionColumns)
				.executeTakeFirstOrThrow();
			return { question: toQuestion(row), newVersion: false };
		}
		const wasRetired = current.retiredAt !== null;
		await db
			.updateTable('questions')
			.set({ retired_at: current.retiredAt ?? sql<Date>`now()` })
			.where('id', '=', questionId)
			.execute();
		const row = await db
			.insertInto('questions')
			.values({
				key: current.key,
				version: current.version + 1,
				driver: current.driver,
				kind: current.kind,
				texts: JSON.stringify(texts),
				retired_at: wasRetired ? new Date() : null
			})
			.returning(questionColumns)
			.executeTakeFirstOrThrow();
		return { question: toQuestion(row), newVersion: true };
	});
}

export async function setQuestionRetired(db: Db, questionId: string, retired: boolean) {
	await db
		.updateTable('questions')
		.set({ retired_at: retired ? new Date() : null })
		.where('id', '=', questionId)
		.execute();
}

/** The questions a round asked, in order. */
export async function roundQuestions(db: Db, roundId: string): Promise<Question[]> {
	const rows = await db
		.selectFrom('round_questions')
		.innerJoin('questions', 'questions.id', 'round_questions.question_id')
		.select(questionColumns)
		.where('round_questions.round_id', '=', roundId)
		.orderBy('round_questions.position')
		.execute();
	return rows.map(toQuestion);
}
