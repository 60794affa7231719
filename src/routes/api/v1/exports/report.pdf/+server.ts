import { apiExportEndpoint } from '$lib/server/exports/api';

// The leadership report as a PDF: ?period= (a preset such as last_quarter, or 2026-Q3) or
// ?from=&to=, department, contents, paper (a4, letter) and language (en, es).
export const GET = apiExportEndpoint('pdf');
