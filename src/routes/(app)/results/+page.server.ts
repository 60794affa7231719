import { requireUser } from '$lib/server/auth/guards';
import { getReadDb } from '$lib/server/db/read-routing';
import { latestCompanyResults } from '$lib/server/analytics/dashboards';
import type { PageServerLoad } from './$types';

// Company-wide results of the latest closed round, for everyone signed in.
export const load: PageServerLoad = async () => {
	requireUser();
	return { results: await latestCompanyResults(getReadDb()) };
};
