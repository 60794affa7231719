import { requireApiCaller } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { getReadDb } from '$lib/server/db/read-routing';
import { apiError } from '$lib/server/http/api-errors';
import { isCrossSite } from '$lib/server/http/fetch-site';
import { apiExport } from '$lib/server/exports/api';
import type { RequestHandler } from './$types';

// The trend figures as tidy CSV for scripts: ?period= or ?from=&to=, department, optional
// contents, dialect and bom.
export const GET: RequestHandler = async ({ url, request }) => {
	const caller = requireApiCaller('exports:read');
	// A download is audited: with a session cookie, only from Rapport's own pages (or typed in).
	if (caller.kind === 'user' && isCrossSite(request)) {
		return apiError(
			403,
			'Exports are not downloaded on another site’s behalf.',
			'cross_site_request'
		);
	}
	return apiExport({ read: getReadDb(), write: getDb() }, caller, url, 'csv');
};
