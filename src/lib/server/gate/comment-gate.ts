import { randomInt } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../db';
import { suppressedCell, type Cell } from './cells';
import type { GatedTable } from './gated-table';

// Comments are the one thing read from answer tables after a round has closed: their text
// cannot be rolled up. They are read only here, only for a group the comment gate shows
// (k for comments), only for a closed round, and handed out shuffled, without dates or ids.

function shuffled<T>(items: T[]): T[] {
	for (let i = items.length - 1; i > 0; i--) {
		const j = randomInt(i + 1);
		[items[i], items[j]] = [items[j], items[i]];
	}
	return items;
}

/** The open comments of a group: its departments' comments in a closed round. */
export async function gatedComments<S>(
	db: Db,
	roundId: string,
	gate: GatedTable<S>,
	groupKey: string,
	departmentIds: readonly string[]
): Promise<Cell<string[]>> {
	if (departmentIds.length === 0) return suppressedCell('fewer_than_k');
	if (!gate.isShown(groupKey)) return gate.cell(groupKey, () => []);
	const { rows } = await sql<{ body: string }>`
		select c.body from comments c
		join pulse_rounds r on r.id = c.round_id and r.status = 'closed'
		where c.round_id = ${roundId}::uuid and c.provider_department_id is null
			and c.department_id = any(${sql.val(departmentIds)}::uuid[])`.execute(db);
	const bodies = shuffled(rows.map((r) => r.body));
	return gate.cell(groupKey, () => bodies);
}

/** What the people who rated a provider wrote about it, pooled over all of them. */
export async function gatedServiceComments<S>(
	db: Db,
	roundId: string,
	gate: GatedTable<S>,
	providerId: string
): Promise<Cell<string[]>> {
	if (!gate.isShown(providerId)) return gate.cell(providerId, () => []);
	const { rows } = await sql<{ body: string }>`
		select c.body from comments c
		join pulse_rounds r on r.id = c.round_id and r.status = 'closed'
		where c.round_id = ${roundId}::uuid and c.provider_department_id = ${providerId}::uuid`.execute(db);
	const bodies = shuffled(rows.map((r) => r.body));
	return gate.cell(providerId, () => bodies);
}
