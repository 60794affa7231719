import { error, fail } from '@sveltejs/kit';
import { isUuid } from '$lib/domain/ids';
import { listAuditEntries } from '$lib/server/audit/log';
import { requireRole } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { parseForm } from '$lib/server/http/forms';
import {
	ancestorDepartmentIds,
	countPeopleByDepartment,
	getDepartment,
	listDepartmentChoices,
	listDepartments,
	listHeadsOf,
	subtreeDepartmentIds,
	summariseSubtrees
} from '$lib/server/org/departments';
import {
	archiveDepartment,
	moveDepartment,
	restoreDepartment,
	updateDepartmentDetails
} from '$lib/server/org/departments-admin';
import { providersRatedBy } from '$lib/server/org/service-map';
import { departmentForm, moveDepartmentForm, TOP_LEVEL } from '$lib/server/org/forms';
import type { Actions, PageServerLoad } from './$types';

function notFound(): never {
	error(404, { message: 'There is no such department.' });
}

export const load: PageServerLoad = async ({ params, url }) => {
	requireRole('hr');
	if (!isUuid(params.id)) notFound();
	const db = getDb();
	const department = await getDepartment(db, params.id);
	if (!department) notFound();
	const [choices, ancestors, subtree, all, counts, [summary], heads, history, rates] =
		await Promise.all([
			listDepartmentChoices(db, { includeArchived: true }),
			ancestorDepartmentIds(db, params.id),
			subtreeDepartmentIds(db, [params.id]),
			listDepartments(db, { includeArchived: true }),
			countPeopleByDepartment(db),
			summariseSubtrees(db, [params.id]),
			listHeadsOf(db, params.id),
			listAuditEntries(db, { entityType: 'department', entityId: params.id, limit: 10 }),
			providersRatedBy(db, params.id)
		]);
	const pathOf = new Map(choices.map((c) => [c.id, c.path]));
	const below = new Set(subtree);
	return {
		department,
		created: url.searchParams.has('created'),
		path: pathOf.get(params.id) ?? department.name,
		ancestors: ancestors
			.slice(1)
			.reverse()
			.map((id) => ({ id, name: all.find((d) => d.id === id)?.name ?? '' })),
		children: all
			.filter((d) => d.parentId === params.id)
			.map((d) => ({ id: d.id, name: d.name, archived: d.archived })),
		peopleHere: counts.get(params.id) ?? 0,
		peopleBelow: summary?.people ?? 0,
		heads,
		rates:
			rates === null
				? null
				: rates.map((id) => (pathOf.get(id) ?? '').replaceAll('/', ' › ')).sort(),
		moveOptions: [
			{ value: TOP_LEVEL, label: 'Nothing: make it a top-level department' },
			...choices
				.filter((c) => !c.archived && !below.has(c.id))
				.map((c) => ({ value: c.id, label: c.path.replaceAll('/', ' › ') }))
		],
		topLevel: TOP_LEVEL,
		history: history.slice(0, 10),
		moreHistory: history.length > 10
	};
};

export const actions: Actions = {
	update: async ({ request, params }) => {
		const user = requireRole('hr');
		const parsed = parseForm(departmentForm, await request.formData());
		if (!parsed.ok)
			return fail(400, { form: 'details', values: parsed.values, errors: parsed.errors });
		const result = await updateDepartmentDetails(getDb(), user.id, params.id, parsed.data);
		if (!result) notFound();
		if (!result.ok)
			return fail(400, { form: 'details', values: parsed.data, errors: result.errors });
		return { form: 'details', saved: 'Saved.' };
	},
	move: async ({ request, params }) => {
		const user = requireRole('hr');
		const parsed = parseForm(moveDepartmentForm, await request.formData());
		if (!parsed.ok) return fail(400, { form: 'move', errors: parsed.errors });
		const result = await moveDepartment(getDb(), user.id, params.id, parsed.data.parentId);
		if (!result) notFound();
		if (!result.ok) return fail(400, { form: 'move', errors: result.errors });
		return { form: 'move', saved: 'Moved. Its people, sub-departments and history moved with it.' };
	},
	archive: async ({ params }) => {
		const user = requireRole('hr');
		const result = await archiveDepartment(getDb(), user.id, params.id);
		if (!result) notFound();
		if (!result.ok) return fail(400, { form: 'archive', errors: result.errors });
		return { form: 'archive', saved: 'Archived. Its history stays with it.' };
	},
	restore: async ({ params }) => {
		const user = requireRole('hr');
		const result = await restoreDepartment(getDb(), user.id, params.id);
		if (!result) notFound();
		if (!result.ok) return fail(400, { form: 'archive', errors: result.errors });
		return { form: 'archive', saved: 'Restored.' };
	}
};
