import { requireApiCaller } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { getReadDb } from '$lib/server/db/read-routing';
import { apiError } from '$lib/server/http/api-errors';
import { isCrossSite } from '$lib/server/http/fetch-site';
import { apiExport } from '$lib/server/exports/api';
import type { RequestHandler } from './$types';

// The leadership report as a PDF: ?period= (a preset such as last_quarter, or 2026-Q3) or
// ?from=&to=, department, contents, paper (a4, letter) and language (en, es).
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
	return apiExport({ read: getReadDb(), write: getDb() }, caller, url, 'pdf');
};
