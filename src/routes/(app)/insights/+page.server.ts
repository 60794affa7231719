import { error } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guards';
import { getReadDb } from '$lib/server/db/read-routing';
import { analyticsScope } from '$lib/server/analytics/access';
import { insightsOverview } from '$lib/server/insights/overview';
import { serviceChainQuery } from '$lib/server/insights/query-params';
import { isUuid } from '$lib/domain/ids';
import type { PageServerLoad } from './$types';

// HR sees every department; a head the company-wide figures and their own departments.
export const load: PageServerLoad = async ({ url }) => {
	const user = requireUser();
	const scope = await analyticsScope(getReadDb(), user);
	if (!scope)
		error(403, { code: 'forbidden', message: 'Insights are for HR and department heads.' });
	const raw: Record<string, string> = {};
	for (const key of ['metric', 'internal', 'from', 'to', 'lag']) {
		const value = url.searchParams.get(key);
		if (value) raw[key] = value;
	}
	const parsed = serviceChainQuery.safeParse(raw);
	const query = parsed.success ? parsed.data : serviceChainQuery.parse({});
	const department = url.searchParams.get('department') ?? '';
	const overview = await insightsOverview(getReadDb(), {
		...query,
		scope,
		department: isUuid(department) ? department : undefined
	});
	return {
		query: { ...query, from: query.from ?? '', to: query.to ?? '' },
		queryProblem: parsed.success ? null : parsed.error.issues.map((i) => i.message).join(' '),
		overview,
		isHr: user.role === 'hr'
	};
};
