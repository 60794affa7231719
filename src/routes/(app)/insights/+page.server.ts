import { error } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guards';
import { getReadDb } from '$lib/server/db/read-routing';
import { analyticsScope } from '$lib/server/analytics/access';
import { insightsOverview } from '$lib/server/insights/overview';
import { serviceChainQuery } from '$lib/server/insights/query-params';
import { LAGS } from '$lib/server/insights/service-chain';
import { EXTERNAL_METRICS } from '$lib/domain/external-metrics';
import { INTERNAL_MEASURES } from '$lib/domain/service-chain';
import { EARLIEST_DAY, LATEST_DAY } from '$lib/domain/periods';
import { isUuid } from '$lib/domain/ids';
import { i18n, type Messages } from '$lib/i18n';
import type { PageServerLoad } from './$types';

/** A refused query parameter, in the reader's words (the API states the same in English). */
function queryProblem(t: Messages, field: PropertyKey | undefined): string {
	const say = t.insights.queryProblems;
	switch (field) {
		case 'metric':
			return say.metric(EXTERNAL_METRICS.join(', '));
		case 'internal':
			return say.internal(INTERNAL_MEASURES.join(', '));
		case 'from':
		case 'to':
			return say.day(field, EARLIEST_DAY, LATEST_DAY);
		case 'lag':
			return say.lag(LAGS.join(', '));
		default:
			return say.order;
	}
}

// HR sees every department; a head the company-wide figures and their own departments.
export const load: PageServerLoad = async ({ url, locals }) => {
	const user = requireUser();
	const { t } = i18n(locals.locale);
	const scope = await analyticsScope(getReadDb(), user);
	if (!scope) error(403, { code: 'forbidden', message: t.insights.forbidden });
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
		queryProblem: parsed.success
			? null
			: parsed.error.issues.map((i) => queryProblem(t, i.path[0])).join(' '),
		overview,
		isHr: user.role === 'hr'
	};
};
