import { requireApiCaller } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { getReadDb } from '$lib/server/db/read-routing';
import { apiError } from '$lib/server/http/api-errors';
import { isCrossSite } from '$lib/server/http/fetch-site';
import { recordExport } from '$lib/server/exports/audit';
import { exportResponse } from '$lib/server/exports/download';
import { planExport, type Exporter } from '$lib/server/exports/plan';
import { parseExportRequest } from '$lib/server/exports/request';
import type { RequestHandler } from './$types';

// The trend figures as tidy CSV for scripts: ?from=&to=&department=, optional contents and bom.
// A signed-in person exports what they may see; an API key with exports:read reads as HR does.
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
	const exporter: Exporter =
		caller.kind === 'user'
			? caller.user
			: { id: null, name: `API key “${caller.name}”`, role: 'hr', headOf: [] };
	const params = new URLSearchParams(url.searchParams);
	params.set('format', 'csv');
	const parsed = parseExportRequest(params);
	if (!parsed.ok) return apiError(400, Object.values(parsed.errors).join(' '), 'bad_request');
	const planned = await planExport(getReadDb(), exporter, parsed.request);
	if (!planned.ok) {
		if (planned.reason === 'forbidden') {
			const message = parsed.request.department
				? 'You may export only the departments you head.'
				: 'Only HR may export the whole company; name a department you head.';
			return apiError(403, message, 'forbidden');
		}
		if (planned.reason === 'unknown_department') {
			return apiError(404, 'There is no such department.', 'not_found');
		}
		return apiError(404, 'No closed round opened in that period.', 'no_rounds');
	}
	await recordExport(getDb(), planned.plan, 'api');
	return exportResponse(getReadDb(), planned.plan);
};
