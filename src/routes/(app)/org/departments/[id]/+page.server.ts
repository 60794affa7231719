import { error, fail } from '@sveltejs/kit';
import { isUuid } from '$lib/domain/ids';
import { i18n } from '$lib/i18n';
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
	updateDepartmentDetails,
	type DepartmentChange
} from '$lib/server/org/departments-admin';
import { providersRatedBy } from '$lib/server/org/service-map';
import { orgForms, TOP_LEVEL } from '$lib/server/org/forms';
import type { Actions, PageServerLoad } from './$types';

function notFound(locale: string): never {
	error(404, { message: i18n(locale).t.org.department.notFound });
}

export const load: PageServerLoad = async ({ params, url, locals }) => {
	requireRole('hr');
	if (!isUuid(params.id)) notFound(locals.locale);
	const db = getDb();
	const department = await getDepartment(db, params.id);
	if (!department) notFound(locals.locale);
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
		rates: rates === null ? null : rates.map((id) => pathOf.get(id) ?? '').sort(),
		moveOptions: choices
			.filter((c) => !c.archived && !below.has(c.id))
			.map((c) => ({ value: c.id, path: c.path })),
		topLevel: TOP_LEVEL,
		history: history.slice(0, 10),
		moreHistory: history.length > 10
	};
};

/** A move, archive or restore's outcome, keyed to the section of the page it came from. */
function outcome(locale: string, form: string, result: DepartmentChange | null, saved: string) {
	if (!result) notFound(locale);
	if (!result.ok) return fail(400, { form, errors: result.errors });
	return { form, saved };
}

export const actions: Actions = {
	update: async ({ request, params, locals }) => {
		const user = requireRole('hr');
		const words = i18n(locals.locale).t.serverMessages;
		const parsed = parseForm(orgForms(words).department, await request.formData());
		if (!parsed.ok)
			return fail(400, { form: 'details', values: parsed.values, errors: parsed.errors });
		const result = await updateDepartmentDetails(getDb(), user.id, params.id, parsed.data, words);
		if (!result) notFound(locals.locale);
		if (!result.ok)
			return fail(400, { form: 'details', values: parsed.data, errors: result.errors });
		return { form: 'details', saved: i18n(locals.locale).t.org.saved };
	},
	move: async ({ request, params, locals }) => {
		const user = requireRole('hr');
		const words = i18n(locals.locale).t.serverMessages;
		const parsed = parseForm(orgForms(words).moveDepartment, await request.formData());
		if (!parsed.ok) return fail(400, { form: 'move', errors: parsed.errors });
		const result = await moveDepartment(getDb(), user.id, params.id, parsed.data.parentId, words);
		return outcome(locals.locale, 'move', result, i18n(locals.locale).t.org.department.savedMoved);
	},
	archive: async ({ params, locals }) => {
		const user = requireRole('hr');
		const words = i18n(locals.locale).t.serverMessages;
		const result = await archiveDepartment(getDb(), user.id, params.id, words);
		const saved = i18n(locals.locale).t.org.department.savedArchived;
		return outcome(locals.locale, 'archive', result, saved);
	},
	restore: async ({ params, locals }) => {
		const user = requireRole('hr');
		const words = i18n(locals.locale).t.serverMessages;
		const result = await restoreDepartment(getDb(), user.id, params.id, words);
		const saved = i18n(locals.locale).t.org.department.savedRestored;
		return outcome(locals.locale, 'archive', result, saved);
	}
};
