import { error, fail } from '@sveltejs/kit';
import { isUuid } from '$lib/domain/ids';
import { i18n } from '$lib/i18n';
import { requireRole } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { getDepartment, listDepartmentChoices } from '$lib/server/org/departments';
import { providersRatedBy, setProvidersRatedBy } from '$lib/server/org/service-map';
import type { FieldErrors } from '$lib/server/http/forms';
import type { Actions, PageServerLoad } from './$types';

function notFound(locale: string): never {
	error(404, { message: i18n(locale).t.org.department.notFound });
}

export const load: PageServerLoad = async ({ params, locals }) => {
	requireRole('hr');
	if (!isUuid(params.id)) notFound(locals.locale);
	const db = getDb();
	const department = await getDepartment(db, params.id);
	if (!department) notFound(locals.locale);
	const [choices, rates] = await Promise.all([
		listDepartmentChoices(db),
		providersRatedBy(db, params.id)
	]);
	return {
		department,
		rates,
		options: choices
			.filter((c) => c.id !== params.id)
			.map((c) => ({ id: c.id, label: c.path.replaceAll('/', ' › '), depth: c.depth }))
	};
};

export const actions: Actions = {
	save: async ({ request, params, locals }) => {
		const user = requireRole('hr');
		if (!isUuid(params.id)) notFound(locals.locale);
		const form = await request.formData();
		const mode = form.get('mode');
		const chosen = form.getAll('provider').filter((v): v is string => typeof v === 'string');
		const refuse = (errors: FieldErrors) => fail(400, { chosen, errors });
		const { t } = i18n(locals.locale);
		if (mode !== 'any' && mode !== 'chosen') return refuse({ mode: t.org.services.chooseMode });
		if (!chosen.every(isUuid)) return refuse({ providers: t.org.services.unknownDepartment });
		const result = await setProvidersRatedBy(
			getDb(),
			user.id,
			params.id,
			mode === 'any' ? null : chosen,
			t.serverMessages
		);
		if (!result) notFound(locals.locale);
		if (!result.ok) return refuse(result.errors);
		return { saved: true };
	}
};
