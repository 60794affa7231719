import { requireUser } from '$lib/server/auth/guards';
import { getReadDb } from '$lib/server/db/read-routing';
import { analyticsScope } from '$lib/server/analytics/access';
import { internalServiceMatrix } from '$lib/server/analytics/matrix';
import { matrixQuery, parseQuery } from '$lib/server/analytics/params';
import { refuseNonReader, respond } from '$lib/server/analytics/analytics-result';
import type { RequestHandler } from './$types';

// HR sees the whole matrix; a head the rows and the columns of the departments they head. Rows
// are departments' own members, or with ?consumers=divisions the top departments' subtrees.
export const GET: RequestHandler = async ({ url }) => {
	const user = requireUser();
	const scope = await analyticsScope(getReadDb(), user);
	if (!scope) return refuseNonReader();
	const query = parseQuery(url, matrixQuery);
	if (!query.ok) return query.response;
	const { round, consumers } = query.data;
	return respond(await internalServiceMatrix(getReadDb(), round, scope, { rows: true, consumers }));
};
