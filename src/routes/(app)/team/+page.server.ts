import { error, redirect } from '@sveltejs/kit';
import { requireDepartment, requireUser } from '$lib/server/auth/guards';
import { isUuid } from '$lib/domain/ids';
import { readerWords } from '$lib/server/http/reader-words';
import { loadTeamPage } from './[department]/team-page';
import type { PageServerLoad } from './$types';

// "My team": the first department the reader heads, shown here rather than by a redirect (on a
// phone's network a redirect costs a round trip before anything is drawn). The department
// picker's choice goes to that department's page; HR without a department goes to the company
// view.
export const load: PageServerLoad = async (event) => {
	const { url } = event;
	const user = requireUser();
	const round = url.searchParams.get('round');
	const query = isUuid(round) ? `?round=${round}` : '';
	const department = url.searchParams.get('department');
	if (department) {
		await requireDepartment(department);
		redirect(303, `/team/${department}${query}`);
	}
	if (user.headOf.length > 0) {
		// A round that is not one is left out, as the redirect used to.
		if (round !== null && !query) redirect(303, `/team/${user.headOf[0]}`);
		const head = await requireDepartment(user.headOf[0]);
		return loadTeamPage(head, user.headOf[0], event);
	}
	if (user.role === 'hr') redirect(303, '/company');
	error(403, { code: 'forbidden', message: readerWords().access.teamForHeads });
};
