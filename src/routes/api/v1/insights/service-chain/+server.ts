import { json } from '@sveltejs/kit';
import { requireApiCaller } from '$lib/server/auth/guards';
import { getReadDb } from '$lib/server/db/read-routing';
import { apiError } from '$lib/server/http/api-errors';
import { analyticsScope } from '$lib/server/analytics/access';
import { parseQuery } from '$lib/server/analytics/params';
import { serviceChainQuery } from '$lib/server/insights/query-params';
import { serviceChain } from '$lib/server/insights/service-chain';
import type { RequestHandler } from './$types';

// HR and API keys with insights:read see every unit; a department head sees the company-wide
// statistics and the units of their own subtrees.
export const GET: RequestHandler = async ({ url }) => {
	const caller = requireApiCaller('insights:read');
	const scope =
		caller.kind === 'key'
			? { kind: 'all' as const }
			: await analyticsScope(getReadDb(), caller.user);
	if (!scope) return apiError(403, 'Insights are for HR and department heads.', 'forbidden');
	const query = parseQuery(url, serviceChainQuery);
	if (!query.ok) return query.response;
	return json(await serviceChain(getReadDb(), { ...query.data, scope }));
};
