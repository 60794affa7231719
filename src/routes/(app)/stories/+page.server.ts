import { fail } from '@sveltejs/kit';
import { requireRole, requireUser } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { listDepartments } from '$lib/server/org/departments';
import { hideStory, listStories } from '$lib/server/stories/stories';
import { isUuid } from '$lib/domain/ids';
import type { Actions, PageServerLoad } from './$types';

// The company feed of service stories: anyone signed in reads it; HR can hide a story.
const FEED_SIZE = 100;

export const load: PageServerLoad = async ({ url }) => {
	const user = requireUser();
	const db = getDb();
	const asked = url.searchParams.get('department');
	const departmentId = isUuid(asked) ? asked : undefined;
	const departments = await listDepartments(db);
	return {
		canHide: user.role === 'hr',
		told: url.searchParams.has('told'),
		department: departments.find((d) => d.id === departmentId) ?? null,
		departments: departments.map((d) => ({ id: d.id, name: d.name })),
		stories: await listStories(db, { departmentId, limit: FEED_SIZE })
	};
};

export const actions: Actions = {
	hide: async ({ request }) => {
		const user = requireRole('hr');
		const form = await request.formData().catch(() => new FormData());
		const id = form.get('story');
		if (!isUuid(id) || !(await hideStory(getDb(), user, id)))
			return fail(404, { hideFailed: true });
		return { hidden: id };
	}
};
