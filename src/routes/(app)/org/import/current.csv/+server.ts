import { requireRole } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { exportOrgCsv } from '$lib/server/org/import/export';
import { isoDay } from '$lib/domain/dates';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async () => {
	requireRole('hr');
	const day = isoDay(new Date());
	return new Response(await exportOrgCsv(getDb()), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="rapport-org-${day}.csv"`,
			'cache-control': 'no-store'
		}
	});
};
