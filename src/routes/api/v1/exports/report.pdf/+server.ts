import { requireApiCaller } from '$lib/server/auth/guards';
import { apiExportDownload } from '$lib/server/exports/api';
import type { RequestHandler } from './$types';

// The leadership report as a PDF: ?period= (a preset such as last_quarter, or 2026-Q3) or
// ?from=&to=, department, contents, paper (a4, letter) and language (en, es).
export const GET: RequestHandler = (event) =>
	apiExportDownload(event, requireApiCaller('exports:read'), 'pdf');
