import { requireUser } from '$lib/server/auth/guards';
import { getReadDb } from '$lib/server/db/read-routing';
import { analyticsScope } from '$lib/server/analytics/access';
import { orgHeatmap } from '$lib/server/analytics/heatmap';
import { parseQuery, roundQuery } from '$lib/server/analytics/params';
import { refuseNonReader, respond } from '$lib/server/analytics/analytics-result';
import type { RequestHandler } from './$types';

// HR sees every department; a head the departments they head (and everything below them)
// beside the company-wide row.
export const GET: RequestHandler = async ({ url }) => {
	const user = requireUser();
	const scope = await analyticsScope(getReadDb(), user);
	if (!scope) return refuseNonReader();
	const query = parseQuery(url, roundQuery);
	if (!query.ok) return query.response;
	return respond(await orgHeatmap(getReadDb(), query.data.round, scope));
};
