import { stringify } from 'csv-stringify/sync';
import { requireRole } from '$lib/server/auth/guards';
import { SAFE_CSV_CAST } from '$lib/domain/csv-cells';
import { IMPORT_TEMPLATE_ROWS } from '$lib/domain/org-import/template';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = () => {
	requireRole('hr');
	// The byte-order mark makes spreadsheet programs open the file as UTF-8.
	const body =
		'\ufeff' +
		stringify(IMPORT_TEMPLATE_ROWS, {
			...SAFE_CSV_CAST,
			record_delimiter: 'windows'
		});
	return new Response(body, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': 'attachment; filename="rapport-org-template.csv"',
			'cache-control': 'no-store'
		}
	});
};
