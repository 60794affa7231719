import { sql, type SelectQueryBuilder } from 'kysely';

/**
 * One page of a SCIM list: how many resources match in all, and the `count` of them from
 * `startIndex` (1-based) on, in the order `ordered` gives. A count of 0 asks for the total only.
 */
export async function listPage<DB, TB extends keyof DB, O>(
	query: SelectQueryBuilder<DB, TB, O>,
	ordered: (query: SelectQueryBuilder<DB, TB, O>) => SelectQueryBuilder<DB, TB, O>,
	{ startIndex, count }: { startIndex: number; count: number }
): Promise<{ total: number; rows: O[] }> {
	// Kysely cannot name a selection on a query builder this generic, hence the cast.
	const { total } = (await query
		.clearSelect()
		.select(sql<string>`count(*)`.as('total'))
		.executeTakeFirstOrThrow()) as { total: string };
	const rows =
		count === 0
			? []
			: await ordered(query)
					.offset(startIndex - 1)
					.limit(count)
					.execute();
	return { total: Number(total), rows };
}
