import { requireUser } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { latestCompanyResults } from '$lib/server/analytics/dashboards';
import type { PageServerLoad } from './$types';

// Company-wide results of the latest closed round, for everyone signed in.
export const load: PageServerLoad = async () => {
	requireUser();
	return { results: await latestCompanyResults(getDb()) };
};
