import { requireUser } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { getOrganisationName } from '$lib/server/org/setup';
import type { LayoutServerLoad } from './$types';

// The layout only provides the shell; every page and action below checks access itself.
export const load: LayoutServerLoad = async () => {
	const user = requireUser();
	return {
		user: { name: user.name, email: user.email, role: user.role, isHead: user.headOf.length > 0 },
		organisationName: await getOrganisationName(getDb())
	};
};
