import { error, fail } from '@sveltejs/kit';
import { requireRole } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { isUuid } from '$lib/domain/ids';
import { i18n } from '$lib/i18n';
import {
	CADENCES,
	createSchedule,
	deleteSchedule,
	listSchedules,
	parseSchedule,
	updateSchedule
} from '$lib/server/reports/schedules';
import type { Actions, PageServerLoad } from './$types';

// HR schedules the leadership report: monthly or quarterly, in a language and paper size.
export const load: PageServerLoad = async () => {
	requireRole('hr');
	return {
		schedules: await listSchedules(getDb()),
		cadences: CADENCES
	};
};

function notFound(locale: string): never {
	error(404, { code: 'not_found', message: i18n(locale).t.exports.schedules.notFound });
}

function scheduleId(form: FormData, locale: string): string {
	const id = form.get('id');
	if (typeof id !== 'string' || !isUuid(id)) notFound(locale);
	return id;
}

export const actions: Actions = {
	create: async ({ request }) => {
		const user = requireRole('hr');
		const parsed = parseSchedule(await request.formData());
		if (!parsed.ok) return fail(400, { form: 'create', errors: parsed.errors });
		await createSchedule(getDb(), user.id, parsed.data);
		return { form: 'create', saved: true };
	},
	update: async ({ request, locals }) => {
		const user = requireRole('hr');
		const form = await request.formData();
		const id = scheduleId(form, locals.locale);
		const parsed = parseSchedule(form);
		if (!parsed.ok) return fail(400, { form: id, errors: parsed.errors });
		if (!(await updateSchedule(getDb(), user.id, id, parsed.data))) notFound(locals.locale);
		return { form: id, saved: true };
	},
	delete: async ({ request, locals }) => {
		const user = requireRole('hr');
		const id = scheduleId(await request.formData(), locals.locale);
		if (!(await deleteSchedule(getDb(), user.id, id))) notFound(locals.locale);
		return { form: 'delete', saved: true };
	}
};
