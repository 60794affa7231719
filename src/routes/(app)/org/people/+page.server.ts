import { isUuid } from '$lib/domain/ids';
import { withoutControlCharacters } from '$lib/domain/org-fields';
import { requireRole } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { listDepartmentChoices, subtreeDepartmentIds } from '$lib/server/org/departments';
import { listPeople } from '$lib/server/org/people';
import type { PageServerLoad } from './$types';
import { pageNumber } from '$lib/server/http/forms';

const PAGE_SIZE = 50;
const STATUSES = ['active', 'inactive', 'all'] as const;

export const load: PageServerLoad = async ({ url }) => {
	requireRole('hr');
	const db = getDb();
	const search = withoutControlCharacters(url.searchParams.get('q') ?? '').slice(0, 200);
	const page = pageNumber(url.searchParams.get('page'));
	const statusParam = url.searchParams.get('status');
	const status = STATUSES.find((s) => s === statusParam) ?? 'all';
	const hrOnly = url.searchParams.get('role') === 'hr';
	const departmentParam = url.searchParams.get('department') ?? '';
	const department = isUuid(departmentParam) ? departmentParam : '';
	const [choices, departmentIds] = await Promise.all([
		listDepartmentChoices(db),
		department ? subtreeDepartmentIds(db, [department]) : Promise.resolve(undefined)
	]);
	const result = await listPeople(db, {
		search,
		page,
		pageSize: PAGE_SIZE,
		status,
		hrOnly,
		departmentIds
	});
	return {
		...result,
		search,
		status,
		hrOnly,
		department,
		departments: choices.map((c) => ({ value: c.id, label: c.path.replaceAll('/', ' › ') }))
	};
};
