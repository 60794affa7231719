import { requireRole } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import {
	countPeopleByDepartment,
	listDepartmentHeads,
	listDepartments
} from '$lib/server/org/departments';
import { buildTree, flattenTree } from '$lib/domain/department-tree';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
	requireRole('hr');
	const showArchived = url.searchParams.get('archived') === '1';
	const db = getDb();
	const [departments, counts, heads] = await Promise.all([
		listDepartments(db, { includeArchived: showArchived }),
		countPeopleByDepartment(db),
		listDepartmentHeads(db)
	]);
	const rows = flattenTree(buildTree(departments)).map((d) => ({
		id: d.id,
		code: d.code,
		name: d.name,
		kind: d.kind,
		archived: d.archived,
		depth: d.depth,
		people: counts.get(d.id) ?? 0,
		heads: heads.get(d.id) ?? []
	}));
	return { rows, showArchived };
};
