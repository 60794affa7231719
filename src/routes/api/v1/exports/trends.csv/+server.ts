import { requireApiCaller } from '$lib/server/auth/guards';
import { apiExportDownload } from '$lib/server/exports/api';
import type { RequestHandler } from './$types';

// The trend figures as tidy CSV for scripts: ?period= or ?from=&to=, department, optional
// contents, dialect and bom.
export const GET: RequestHandler = (event) =>
	apiExportDownload(event, requireApiCaller('exports:read'), 'csv');
