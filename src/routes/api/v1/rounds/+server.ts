import { json } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guards';
import { getReadDb } from '$lib/server/db/read-routing';
import { refuseNonReader } from '$lib/server/analytics/analytics-result';
import { listRoundEntries } from '$lib/server/analytics/department-and-round-lists';
import { parseQuery, roundsQuery } from '$lib/server/analytics/params';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ url }) => {
	const user = requireUser();
	if (user.role !== 'hr' && user.headOf.length === 0) return refuseNonReader();
	const query = parseQuery(url, roundsQuery);
	if (!query.ok) return query.response;
	return json(await listRoundEntries(getReadDb(), query.data.status));
};
