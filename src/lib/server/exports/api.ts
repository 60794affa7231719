import type { ApiCaller } from '../auth/guards';
import { getDb, type Db } from '../db';
import { getReadDb } from '../db/read-routing';
import { apiError } from '../http/api-errors';
import { isCrossSite } from '../http/fetch-site';
import { recordExport } from './audit';
import { exportResponse } from './download';
import { planExport, type Exporter } from './plan';
import { parseExportRequest, type ExportFormat } from './request';

// An export asked for through the API: the query string read as the exports form reads its
// fields (period or from/to, department, contents, and per format dialect, bom, paper, language).
// A signed-in person exports what they may see; an API key with exports:read reads as HR does.
export async function apiExport(
	db: { read: Db; write: Db },
	caller: ApiCaller,
	url: URL,
	format: ExportFormat
): Promise<Response> {
	const exporter: Exporter =
		caller.kind === 'user'
			? caller.user
			: { id: null, name: `API key “${caller.name}”`, role: 'hr', headOf: [] };
	const params = new URLSearchParams(url.searchParams);
	params.set('format', format);
	const parsed = parseExportRequest(params);
	if (!parsed.ok) return apiError(400, Object.values(parsed.errors).join(' '), 'bad_request');
	const planned = await planExport(db.read, exporter, parsed.request);
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
	await recordExport(db.write, planned.plan, 'api');
	return exportResponse(db, planned.plan);
}

/**
 * The API's download of one format for a caller its endpoint has checked: an API key, or a
 * person on Rapport's own pages.
 */
export async function apiExportDownload(
	{ url, request }: { url: URL; request: Request },
	caller: ApiCaller,
	format: ExportFormat
): Promise<Response> {
	// A download is audited: with a session cookie, only from Rapport's own pages (or typed in).
	if (caller.kind === 'user' && isCrossSite(request)) {
		return apiError(
			403,
			'Exports are not downloaded on another site’s behalf.',
			'cross_site_request'
		);
	}
	return apiExport({ read: getReadDb(), write: getDb() }, caller, url, format);
}
