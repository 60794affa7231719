import { sql } from 'kysely';
import type { Db } from '../db';
import type { JsonValue } from '../db/schema';
import { isShown } from '../gate/cells';
import type { GatedTable } from '../gate/gated-table';
import { UNSTORED_REASON } from '../gate/published-table';
import { gateClosedRound } from '../gate/gated-round';
import { rolledUpRound } from './round-data';
import { computeRollups } from './rollups';
import type { ParticipationStat, ServiceStat } from './cell-values';

// Publishing: a closed round's gated cells, computed once and stored (published_cells), so that
// pages, the API and exports read them instead of gating on every read. The gate's result does
// not depend on who asks, so one publication serves every reader. Runs in the closing
// transaction, and for rounds closed before publishing existed (or by an older gate) in
// `publishPendingRounds`, a start-up and `npm run db:migrate` step; never inside a read.

/** Raise when the gate's rules change: the start-up step then republishes every round. */
export const GATE_VERSION = 1;

export const PARTS = [
	'participation',
	'comments',
	'scores',
	'items',
	'service',
	'service_comments',
	'impact'
] as const;
export type Part = (typeof PARTS)[number];

type CellRow = {
	round_id: string;
	part: Part;
	measure: string;
	cell_key: string;
	n: number | null;
	stat: string | null;
	reason: string | null;
};

/**
 * The statistics a part's shown cell keeps: only what its figures are made of. A count that
 * another table gates (comments) stays out of the tables that do not gate it.
 */
const withoutComments = <S extends { comments: number }>({ comments: _, ...rest }: S) => rest;
const PROJECTIONS: Partial<Record<Part, (stat: never) => unknown>> = {
	participation: withoutComments<ParticipationStat>,
	service: withoutComments<ServiceStat>
};

function cellRows<S>(
	roundId: string,
	part: Part,
	measure: string,
	table: GatedTable<S>,
	keys: readonly string[]
): CellRow[] {
	const project = (PROJECTIONS[part] ?? ((s: S) => s)) as (stat: S) => unknown;
	const rows: CellRow[] = [];
	for (const key of keys) {
		const cell = table.cell(key, project);
		const row = { round_id: roundId, part, measure, cell_key: key };
		if (isShown(cell)) {
			rows.push({ ...row, n: cell.n, stat: JSON.stringify(cell.value as JsonValue), reason: null });
		} else if (cell.reason !== UNSTORED_REASON) {
			rows.push({ ...row, n: null, stat: null, reason: cell.reason });
		}
	}
	return rows;
}

// Seven columns a row, well under PostgreSQL's 65,535 parameters a statement.
const ROWS_PER_INSERT = 2_000;

/**
 * Publishes a closed, rolled-up round: gates it from its rollups and stores every cell. Does
 * nothing (returns false) when the round is not closed and rolled up, or is already published by
 * this gate; `republish` replaces an existing publication.
 */
export async function publishRound(
	db: Db,
	roundId: string,
	options: { republish?: boolean } = {}
): Promise<boolean> {
	if (!db.isTransaction) {
		return db.transaction().execute((trx) => publishRound(trx, roundId, options));
	}
	// Several app instances may start at once: one publishes, the others wait and find it done.
	await sql`select id from pulse_rounds where id = ${roundId}::uuid for update`.execute(db);
	const existing = await db
		.selectFrom('published_rounds')
		.select('gate_version')
		.where('round_id', '=', roundId)
		.executeTakeFirst();
	if (existing?.gate_version === GATE_VERSION && !options.republish) return false;
	const round = await rolledUpRound(db, roundId);
	if (!round) return false;
	const gated = await gateClosedRound(db, round);
	const { groups, service, providers } = gated.keys;
	const rows = [
		...cellRows(roundId, 'participation', '', gated.participation, groups),
		...cellRows(roundId, 'comments', '', gated.comments, groups),
		...[...gated.scores].flatMap(([m, table]) => cellRows(roundId, 'scores', m, table, groups)),
		...[...gated.items].flatMap(([m, table]) => cellRows(roundId, 'items', m, table, groups)),
		...cellRows(roundId, 'service', '', gated.service, service),
		...cellRows(roundId, 'service_comments', '', gated.serviceComments, providers),
		...[...gated.impact].flatMap(([m, table]) => cellRows(roundId, 'impact', m, table, groups))
	];
	await db.deleteFrom('published_rounds').where('round_id', '=', roundId).execute();
	await db
		.insertInto('published_rounds')
		.values({
			round_id: roundId,
			gate_version: GATE_VERSION,
			pooled: [...gated.pooled].sort(),
			measures: JSON.stringify({
				scores: [...gated.scores.keys()],
				items: [...gated.items.keys()],
				impact: [...gated.impact.keys()]
			})
		})
		.execute();
	for (let at = 0; at < rows.length; at += ROWS_PER_INSERT) {
		await db
			.insertInto('published_cells')
			.values(rows.slice(at, at + ROWS_PER_INSERT))
			.execute();
	}
	return true;
}

/**
 * Rolls up and publishes every closed round that lacks either (closed before rollups or
 * publishing existed, or seeded closed), and republishes rounds an older gate published. One
 * transaction a round. Returns the rounds published.
 */
export async function publishPendingRounds(db: Db): Promise<string[]> {
	const pending = await db
		.selectFrom('pulse_rounds as r')
		.leftJoin('published_rounds as p', 'p.round_id', 'r.id')
		.select('r.id')
		.where('r.status', '=', 'closed')
		.where((eb) => eb.or([eb('p.round_id', 'is', null), eb('p.gate_version', '<>', GATE_VERSION)]))
		.orderBy('r.opens_at')
		.orderBy('r.id')
		.execute();
	const published: string[] = [];
	for (const { id } of pending) {
		const done = await db.transaction().execute(async (trx) => {
			await computeRollups(trx, id);
			return publishRound(trx, id);
		});
		if (done) published.push(id);
	}
	return published;
}

/** Republishes closed rounds (all of them, or those given): an explicit command, never a read. */
export async function republishRounds(db: Db, roundIds?: readonly string[]): Promise<number> {
	if (roundIds?.length === 0) return 0;
	let query = db.selectFrom('published_rounds').select('round_id');
	if (roundIds) query = query.where('round_id', 'in', roundIds);
	let count = 0;
	for (const { round_id } of await query.execute()) {
		if (await publishRound(db, round_id, { republish: true })) count++;
	}
	return count;
}
