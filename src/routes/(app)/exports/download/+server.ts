import { error, redirect } from '@sveltejs/kit';
import { requireDepartment, requireRole, requireUser } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { getReadDb } from '$lib/server/db/read-routing';
import { recordExport } from '$lib/server/exports/audit';
import { exportResponse } from '$lib/server/exports/download';
import { planExport } from '$lib/server/exports/plan';
import { parseExportRequest } from '$lib/server/exports/request';
import { isCrossSite } from '$lib/server/http/fetch-site';
import type { RequestHandler } from './$types';
import { readerWords } from '$lib/server/http/reader-words';

const MAX_CHOICE_LENGTH = 200;

/** The exports form filled in with these choices; with `check`, showing what needs a look. */
function formAddress(params: URLSearchParams | FormData, check: boolean): string {
	const query = new URLSearchParams();
	for (const [key, value] of params) {
		// No export choice is long: anything longer is not worth sending back in a Location header.
		if (typeof value === 'string' && value.length <= MAX_CHOICE_LENGTH) query.append(key, value);
	}
	if (check) query.set('check', '1');
	return `/exports?${query}`;
}

// The exports form posts here (or a bookmarked link gets here): the file, or back to the form
// with what needs another look.
async function download(params: URLSearchParams | FormData): Promise<Response> {
	const user = requireUser();
	const parsed = parseExportRequest(params, undefined, readerWords().exports);
	const back = () => formAddress(params, true);
	if (!parsed.ok) redirect(303, back());
	const { request } = parsed;
	if (request.department) await requireDepartment(request.department);
	else requireRole('hr');
	const planned = await planExport(getReadDb(), user, request);
	if (!planned.ok) {
		if (planned.reason === 'forbidden') {
			error(403, { code: 'forbidden', message: readerWords().access.exportOwnDepartments });
		}
		if (planned.reason === 'unknown_department') {
			error(404, { code: 'not_found', message: readerWords().access.noSuchDepartment });
		}
		redirect(303, back());
	}
	await recordExport(getDb(), planned.plan, 'page');
	return exportResponse({ read: getReadDb(), write: getDb() }, planned.plan);
}

export const GET: RequestHandler = async ({ url, request }) => {
	requireUser();
	// A download is audited: a link on another site only opens the filled-in form, to confirm.
	if (isCrossSite(request)) redirect(303, formAddress(url.searchParams, false));
	return download(url.searchParams);
};

export const POST: RequestHandler = async ({ request }) => {
	requireUser();
	const form = await request.formData().catch(() => null);
	if (!form) error(400, { code: 'bad_request', message: readerWords().access.sendExportForm });
	return download(form);
};
