import { fail, redirect } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { listDepartments } from '$lib/server/org/departments';
import { colleagueChoices, tellStory } from '$lib/server/stories/stories';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
	const user = requireUser();
	const db = getDb();
	const departments = (await listDepartments(db)).filter((d) => d.id !== user.departmentId);
	return {
		departments: departments.map((d) => ({ id: d.id, name: d.name })),
		colleagues: (await colleagueChoices(db)).filter((c) => c.departmentId !== user.departmentId),
		chosen: url.searchParams.get('department') ?? ''
	};
};

const text = (form: FormData, name: string) => {
	const value = form.get(name);
	return typeof value === 'string' ? value : '';
};

export const actions: Actions = {
	default: async ({ request }) => {
		const user = requireUser();
		const form = await request.formData().catch(() => new FormData());
		const values = {
			departmentId: text(form, 'department'),
			colleagueId: text(form, 'colleague'),
			whoHelped: text(form, 'whoHelped'),
			whatHappened: text(form, 'whatHappened'),
			customerImpact: text(form, 'customerImpact'),
			signed: text(form, 'signature') !== 'anonymous'
		};
		const outcome = await tellStory(getDb(), user, values);
		if (!outcome.ok) {
			const refill = Object.fromEntries(
				Object.entries(values).map(([k, v]) => [k, typeof v === 'string' ? v.slice(0, 2100) : v])
			);
			return fail(400, { problems: outcome.problems, values: refill });
		}
		redirect(303, `/stories?told=1&department=${values.departmentId}`);
	}
};
