import { stringify } from 'csv-stringify/sync';
import { requireUser } from '$lib/server/auth/guards';
import { SAFE_CSV_CAST } from '$lib/domain/csv-cells';
import { dictionaryRows } from '$lib/domain/export-dictionary';
import type { RequestHandler } from './$types';

// The data dictionary as a CSV beside the export it explains (with a BOM, for spreadsheets).
export const GET: RequestHandler = () => {
	requireUser();
	const body =
		'\ufeff' +
		stringify([['section', 'name', 'type', 'meaning'], ...dictionaryRows()], SAFE_CSV_CAST);
	return new Response(body, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': 'attachment; filename="rapport-export-dictionary.csv"',
			'cache-control': 'no-store'
		}
	});
};
