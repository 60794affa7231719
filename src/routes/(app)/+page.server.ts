import { requireUser } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { listDepartments, summariseSubtrees } from '$lib/server/org/departments';
import { countPeople } from '$lib/server/org/people';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const user = requireUser();
	const db = getDb();
	const headed = await summariseSubtrees(db, user.headOf);
	const company =
		user.role === 'hr'
			? { people: await countPeople(db), departments: (await listDepartments(db)).length }
			: null;
	return {
		firstName: user.name.split(/\s+/)[0],
		// Pulses arrive with the pulse programmes; the home page already has their place.
		openPulses: [] as { id: string; title: string; closesOn: string }[],
		headed,
		company
	};
};
