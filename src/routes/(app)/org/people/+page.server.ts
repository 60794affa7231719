import { requireRole } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { listPeople } from '$lib/server/org/people';
import type { PageServerLoad } from './$types';

const PAGE_SIZE = 50;

export const load: PageServerLoad = async ({ url }) => {
	requireRole('hr');
	const search = (url.searchParams.get('q') ?? '').slice(0, 200);
	const requested = Number.parseInt(url.searchParams.get('page') ?? '1', 10);
	const page = Number.isFinite(requested) && requested > 0 ? requested : 1;
	const result = await listPeople(getDb(), { search, page, pageSize: PAGE_SIZE });
	return { ...result, search };
};
