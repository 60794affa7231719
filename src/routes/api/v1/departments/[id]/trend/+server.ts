import { requireDepartment } from '$lib/server/auth/guards';
import { getReadDb } from '$lib/server/db/read-routing';
import { parseQuery, trendQuery } from '$lib/server/analytics/params';
import { respond } from '$lib/server/analytics/analytics-result';
import { departmentTrend } from '$lib/server/analytics/trend';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params, url }) => {
	await requireDepartment(params.id);
	const query = parseQuery(url, trendQuery);
	if (!query.ok) return query.response;
	const { driver, from, to, programme } = query.data;
	return respond(
		await departmentTrend(getReadDb(), params.id, driver, { from, to, programmeId: programme })
	);
};
