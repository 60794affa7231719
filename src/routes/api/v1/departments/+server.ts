import { json } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guards';
import { getReadDb } from '$lib/server/db/read-routing';
import { listDepartmentEntries } from '$lib/server/analytics/department-and-round-lists';
import type { RequestHandler } from './$types';

// Department names are no secret: every respondent sees them all when rating providers.
export const GET: RequestHandler = async () => {
	requireUser();
	return json(await listDepartmentEntries(getReadDb()));
};
