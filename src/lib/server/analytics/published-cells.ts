import type { Db } from '../db';
import type { GatedTable } from '../gate/gated-table';
import { publishedTable, storedReason, type PublishedCell } from '../gate/published-table';
import type { Part } from './publish';

// Reads a round's published cells (publish.ts stored them) back as gated tables. Read-only.

export type PublishedRound = {
	pooled: ReadonlySet<string>;
	/** Per part with measures, its measures in the order readers list them. */
	measures: Readonly<Record<string, readonly string[]>>;
};

export async function loadPublishedRound(db: Db, roundId: string): Promise<PublishedRound> {
	const row = await db
		.selectFrom('published_rounds')
		.select(['pooled', 'measures'])
		.where('round_id', '=', roundId)
		.executeTakeFirstOrThrow();
	return { pooled: new Set(row.pooled), measures: row.measures };
}

/** Per part asked for, per measure ('' for parts without measures), the part's gated table. */
export type PublishedTables = Map<Part, Map<string, GatedTable<unknown>>>;

export async function loadPublishedTables(
	db: Db,
	roundId: string,
	round: PublishedRound,
	parts: readonly Part[],
	/** Only the cells whose keys start with this (a table then holds no other cell). */
	keyPrefix?: string
): Promise<PublishedTables> {
	let query = db
		.selectFrom('published_cells')
		.select(['part', 'measure', 'cell_key', 'n', 'stat', 'reason'])
		.where('round_id', '=', roundId)
		.where('part', 'in', parts);
	if (keyPrefix) {
		query = query.where('cell_key', 'like', `${keyPrefix.replace(/[\\%_]/g, '\\$&')}%`);
	}
	const rows = await query.execute();
	// Per part, per measure; rows mostly come grouped by both, so the last table is kept at hand.
	const cells = new Map<string, Map<string, Map<string, PublishedCell<unknown>>>>();
	let lastPart: string | null = null;
	let lastMeasure: string | null = null;
	let table = new Map<string, PublishedCell<unknown>>();
	for (const row of rows) {
		if (row.part !== lastPart || row.measure !== lastMeasure) {
			({ part: lastPart, measure: lastMeasure } = row);
			let measures = cells.get(lastPart);
			if (!measures) cells.set(lastPart, (measures = new Map()));
			const known = measures.get(lastMeasure);
			if (known) table = known;
			else measures.set(lastMeasure, (table = new Map()));
		}
		table.set(
			row.cell_key,
			row.reason === null ? { n: row.n!, stat: row.stat } : { reason: storedReason(row.reason) }
		);
	}
	const tables: PublishedTables = new Map();
	for (const part of parts) {
		const measures = round.measures[part] ?? [''];
		tables.set(
			part,
			new Map(measures.map((m) => [m, publishedTable(cells.get(part)?.get(m) ?? new Map())]))
		);
	}
	return tables;
}
