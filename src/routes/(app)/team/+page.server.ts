import { error, redirect } from '@sveltejs/kit';
import { requireDepartment, requireUser } from '$lib/server/auth/guards';
import { isUuid } from '$lib/domain/ids';
import { readerWords } from '$lib/server/http/reader-words';
import type { PageServerLoad } from './$types';

// Where "My team" and the department picker lead: a department's page (the picker's choice, or
// the first department the reader heads); HR without a choice goes to the company view.
export const load: PageServerLoad = async ({ url }) => {
	const user = requireUser();
	const round = url.searchParams.get('round');
	const query = isUuid(round) ? `?round=${round}` : '';
	const department = url.searchParams.get('department');
	if (department) {
		await requireDepartment(department);
		redirect(303, `/team/${department}${query}`);
	}
	if (user.headOf.length > 0) redirect(303, `/team/${user.headOf[0]}${query}`);
	if (user.role === 'hr') redirect(303, '/company');
	error(403, { code: 'forbidden', message: readerWords().access.teamForHeads });
};
