import { sql, type SelectQueryBuilder } from 'kysely';
import { isUuid } from '../../domain/ids';
import { LIST_RESPONSE_SCHEMA, ScimError } from '../../domain/scim/schemas';

// What users and groups share as SCIM resources: finding one by id, and listing them a page at
// a time.

/** The `kind` of resource `id` names, as `find` reads it; a 404 when there is none. */
export async function findResource<R>(
	kind: 'user' | 'group',
	id: string,
	find: () => Promise<R | undefined>
): Promise<R> {
	const found = isUuid(id) ? await find() : undefined;
	if (!found) throw new ScimError(404, `There is no ${kind} ${id}.`);
	return found;
}

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

/** A SCIM list response (RFC 7644 §3.4.2): one page of the resources, from `startIndex` on. */
export function listResponse<R>(total: number, startIndex: number, resources: R[]) {
	return {
		schemas: [LIST_RESPONSE_SCHEMA],
		totalResults: total,
		startIndex,
		itemsPerPage: resources.length,
		Resources: resources
	};
}
