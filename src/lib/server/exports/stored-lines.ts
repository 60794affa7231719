import { sql } from 'kysely';
import type { Db } from '../db';
import type { RoundEntry } from '../analytics/department-and-round-lists';
import type { ExportPlan } from './plan';
import type { CsvDialect } from './request';

// A round's CSV lines, kept once written (published_export_lines): the next export of the same
// round, dialect, contents and subtree reads them as one text instead of formatting every
// published cell again. The lines are what the cells gave, word for word; they are kept for one
// publication (a republish deletes them with it) and used only while the departments and the
// round's dates they name are unchanged (their stamp, compared on every read).

/**
 * Which export a round's lines belong to: its dialect, contents and subtree. Every content asked
 * for is named, those that add no line to a round too, so that lines are never shared between
 * exports whose rounds could differ.
 */
function linesVariant(plan: ExportPlan, dialect: CsvDialect): string {
	return `${dialect};${[...plan.contents].sort().join(',')};${plan.root?.id ?? 'company'}`;
}

/**
 * A digest of everything the lines name that is not a published cell: each department's id,
 * code, name, parent and whether it is archived (paths, order and subtrees are made of those).
 */
async function departmentsStamp(db: Db): Promise<string> {
	const { rows } = await sql<{ stamp: string }>`
		select md5(coalesce(string_agg(
			concat_ws(E'\\x1f', id, code, name, parent_id, archived_at is null),
			E'\\x1e' order by id), '')) as stamp
		from departments`.execute(db);
	return rows[0].stamp;
}

/** The stamp of one round's lines: the departments' digest and the round's dates. */
function roundStamp(departments: string, round: RoundEntry): string {
	return `${departments};${round.opensOn};${round.closesOn}`;
}

/** The round's kept lines for this variant, if they were written with this stamp. */
async function keptLines(
	db: Db,
	roundId: string,
	variant: string,
	stamp: string
): Promise<string | null> {
	const row = await db
		.selectFrom('published_export_lines')
		.select('lines')
		.where('round_id', '=', roundId)
		.where('variant', '=', variant)
		.where('stamp', '=', stamp)
		.executeTakeFirst();
	return row?.lines ?? null;
}

/**
 * Keeps a round's lines, made from the publication of `publishedAt`. Nothing is kept when the
 * round has been republished since (the lines would be of the cells it replaced).
 */
export async function keepLines(
	db: Db,
	round: { id: string; publishedAt: string },
	variant: string,
	stamp: string,
	lines: string
): Promise<void> {
	// published_at is kept to the microsecond and read back to the millisecond.
	await sql`
		insert into published_export_lines (round_id, variant, stamp, lines)
		select round_id, ${variant}, ${stamp}, ${lines}
		from published_rounds
		where round_id = ${round.id}::uuid
			and published_at > ${round.publishedAt}::timestamptz - interval '1 millisecond'
			and published_at < ${round.publishedAt}::timestamptz + interval '1 millisecond'
		on conflict (round_id, variant) do update set stamp = excluded.stamp, lines = excluded.lines`.execute(
		db
	);
}

/** A round's lines as the cells made them, with the publication they were read from. */
export type MadeLines = { text: string; publishedAt: string };

/**
 * How an export reads each round's lines: kept ones from `db` when their stamp is today's, else
 * made from the cells by `make` and kept in `keepIn` (the primary) for the next export.
 */
export async function keptOrMadeLines(
	db: Db,
	keepIn: Db,
	plan: ExportPlan,
	dialect: CsvDialect,
	make: (round: RoundEntry) => Promise<MadeLines | null>
): Promise<(round: RoundEntry) => Promise<string | null>> {
	const variant = linesVariant(plan, dialect);
	const departments = await departmentsStamp(db);
	return async (round) => {
		const stamp = roundStamp(departments, round);
		const kept = await keptLines(db, round.id, variant, stamp);
		if (kept !== null) return kept;
		const made = await make(round);
		if (!made) return null;
		await keepLines(
			keepIn,
			{ id: round.id, publishedAt: made.publishedAt },
			variant,
			stamp,
			made.text
		);
		return made.text;
	};
}
