import type { Db } from '../db';
import { COMPANY, subtreeKey } from '../../domain/reporting-groups';
import { change } from '../../domain/measures';
import { isLikertDriver } from '../../domain/questions';
import type { QuestionTexts } from '../db/schema';
import { isShown, type Cell } from '../gate/cells';
import type { GatedTable } from '../gate/gated-table';
import { roundRef, type RoundRef } from './analytics-result';
import { earlierClosedRounds, type ClosedRound } from './round-data';
import { findRoundTables, type RoundTables } from '../gate/round-tables';
import { driverValue, type DriverValue, type ScoreStat } from './cell-values';

// A team's results question by question, each beside the company's and the team's own in the
// latest earlier round that asked the same item; and each driver beside the company's. The
// company's own results question by question. Every figure comes through the round's one
// pattern; a difference only where both figures are shown.

export type Comparison = { change: number } | null;

export type ItemResult = {
	questionId: string;
	key: string;
	driver: string;
	texts: QuestionTexts;
	cell: Cell<DriverValue>;
	company: Cell<DriverValue>;
	vsCompany: Comparison;
	vsLastRound: (Comparison & { since: RoundRef }) | null;
};

/** The company's figure for one question. */
export type CompanyItemResult = Pick<
	ItemResult,
	'questionId' | 'key' | 'driver' | 'texts' | 'cell'
>;

export type TeamItemResults = {
	items: ItemResult[];
	/** Per Likert driver asked: the company's figure and the team's difference from it. */
	driversVsCompany: Record<string, { company: Cell<DriverValue>; vsCompany: Comparison }>;
};

function favourableOf(cell: Cell<DriverValue>): number | null {
	return isShown(cell) ? cell.value.favourable : null;
}

function compare(team: Cell<DriverValue>, other: Cell<DriverValue>): Comparison {
	const [a, b] = [favourableOf(team), favourableOf(other)];
	return a === null || b === null ? null : { change: change(a, b) };
}

/** The latest earlier closed round of the programme asking each of `questionIds`. */
async function earlierItemRounds(db: Db, round: ClosedRound, questionIds: string[]) {
	if (questionIds.length === 0) return new Map<string, string>();
	const rows = await earlierClosedRounds(db, round)
		.innerJoin('rollup_items as i', 'i.round_id', 'r.id')
		.select(['i.question_id as questionId', 'r.id'])
		.distinctOn('i.question_id')
		.where('i.scope', '=', 'company')
		.where('i.question_id', 'in', questionIds)
		.orderBy('i.question_id')
		.orderBy('r.period_index', 'desc')
		.execute();
	return new Map(rows.map((r) => [r.questionId, r.id]));
}

/** The Likert items the round asked, in its order, each with its published table. */
async function askedItems(db: Db, tables: RoundTables) {
	const items = await tables.items();
	const questions = items.size
		? await db
				.selectFrom('questions')
				.innerJoin('round_questions', 'round_questions.question_id', 'questions.id')
				.select(['questions.id', 'questions.key', 'questions.driver', 'questions.texts'])
				.where('round_questions.round_id', '=', tables.round.id)
				.where('questions.id', 'in', [...items.keys()])
				.orderBy('round_questions.position')
				.execute()
		: [];
	return questions.map((q) => ({ ...q, table: items.get(q.id)! }));
}

/** The company's results question by question; null unless the round is closed and published. */
export async function companyItemResults(
	db: Db,
	roundId: string
): Promise<CompanyItemResult[] | null> {
	const found = await findRoundTables(db, roundId);
	if (!found.ok) return null;
	return (await askedItems(db, found.tables)).map((q) => ({
		questionId: q.id,
		key: q.key,
		driver: q.driver,
		texts: q.texts,
		cell: q.table.cell(COMPANY, driverValue)
	}));
}

/** A department's results question by question; null unless it took part in the closed round. */
export async function teamItemResults(
	db: Db,
	departmentId: string,
	roundId: string
): Promise<TeamItemResults | null> {
	const found = await findRoundTables(db, roundId);
	if (!found.ok) return null;
	const { tables } = found;
	if (!tables.tree.parent.has(departmentId)) return null;
	const key = subtreeKey(departmentId);
	const questions = await askedItems(db, tables);
	const earlier = await earlierItemRounds(
		db,
		tables.round,
		questions.map((q) => q.id)
	);
	const results: ItemResult[] = [];
	for (const q of questions) {
		const cell = q.table.cell(key, driverValue);
		let vsLastRound: ItemResult['vsLastRound'] = null;
		const thenId = earlier.get(q.id);
		const then = thenId ? await findRoundTables(db, thenId) : null;
		if (then?.ok) {
			const thenTables = then.tables;
			const thenTable: GatedTable<ScoreStat> | undefined = thenTables.tree.parent.has(departmentId)
				? (await thenTables.items()).get(q.id)
				: undefined;
			if (thenTable) {
				const comparison = compare(cell, thenTable.cell(key, driverValue));
				vsLastRound = comparison ? { ...comparison, since: roundRef(thenTables.round) } : null;
			}
		}
		const company = q.table.cell(COMPANY, driverValue);
		results.push({
			questionId: q.id,
			key: q.key,
			driver: q.driver,
			texts: q.texts,
			cell,
			company,
			vsCompany: compare(cell, company),
			vsLastRound
		});
	}
	const driversVsCompany: TeamItemResults['driversVsCompany'] = {};
	for (const [driver, table] of await tables.scores()) {
		if (!isLikertDriver(driver)) continue;
		const company = table.cell(COMPANY, driverValue);
		driversVsCompany[driver] = {
			company,
			vsCompany: compare(table.cell(key, driverValue), company)
		};
	}
	return { items: results, driversVsCompany };
}
