import { fail, redirect } from '@sveltejs/kit';
import { isUuid } from '$lib/domain/ids';
import { requireRole } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { parseForm } from '$lib/server/http/forms';
import { listDepartmentChoices } from '$lib/server/org/departments';
import { createDepartment } from '$lib/server/org/departments-admin';
import { orgForms } from '$lib/server/org/forms';
import { i18n } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
	requireRole('hr');
	const parent = url.searchParams.get('parent');
	return {
		choices: await listDepartmentChoices(getDb()),
		parentId: parent && isUuid(parent) ? parent : ''
	};
};

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const user = requireRole('hr');
		const words = i18n(locals.locale).t.serverMessages;
		const parsed = parseForm(orgForms(words).newDepartment, await request.formData());
		if (!parsed.ok) return fail(400, { values: parsed.values, errors: parsed.errors });
		const result = await createDepartment(getDb(), user.id, parsed.data, words);
		if (!result.ok) return fail(400, { values: parsed.data, errors: result.errors });
		redirect(303, `/org/departments/${result.department.id}?created=1`);
	}
};
