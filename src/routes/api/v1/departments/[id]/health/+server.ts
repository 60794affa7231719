import { requireDepartment } from '$lib/server/auth/guards';
import { getReadDb } from '$lib/server/db/read-routing';
import { departmentHealth } from '$lib/server/analytics/health';
import { parseQuery, roundQuery } from '$lib/server/analytics/params';
import { respond } from '$lib/server/analytics/analytics-result';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params, url }) => {
	await requireDepartment(params.id);
	const query = parseQuery(url, roundQuery);
	if (!query.ok) return query.response;
	return respond(await departmentHealth(getReadDb(), params.id, query.data.round));
};
