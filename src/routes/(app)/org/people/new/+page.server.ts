import { fail, redirect } from '@sveltejs/kit';
import { requireRole } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { parseForm } from '$lib/server/http/forms';
import { listDepartmentChoices } from '$lib/server/org/departments';
import { orgForms } from '$lib/server/org/forms';
import { i18n } from '$lib/i18n';
import { createPerson } from '$lib/server/org/people-admin';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	requireRole('hr');
	const choices = await listDepartmentChoices(getDb());
	return {
		departments: choices.map((c) => ({ value: c.id, label: c.path.replaceAll('/', ' › ') }))
	};
};

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const user = requireRole('hr');
		const words = i18n(locals.locale).t.serverMessages;
		const parsed = parseForm(orgForms(words).person, await request.formData());
		if (!parsed.ok) return fail(400, { values: parsed.values, errors: parsed.errors });
		const result = await createPerson(getDb(), user.id, parsed.data, words);
		if (!result.ok) return fail(400, { values: parsed.data, errors: result.errors });
		redirect(303, `/org/people/${result.person.id}?created=1`);
	}
};
