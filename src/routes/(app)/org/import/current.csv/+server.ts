import { requireRole } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { exportOrgCsv } from '$lib/server/org/import/export';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async () => {
	requireRole('hr');
	const day = new Date().toISOString().slice(0, 10);
	return new Response(await exportOrgCsv(getDb()), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="rapport-org-${day}.csv"`,
			'cache-control': 'no-store'
		}
	});
};
