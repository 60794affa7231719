import { requireDepartment } from '$lib/server/auth/guards';
import { loadTeamPage } from './team-page';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = await requireDepartment(event.params.department);
	return loadTeamPage(user, event.params.department, event);
};
