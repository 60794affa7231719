import { error } from '@sveltejs/kit';
import { requireRole } from '$lib/server/auth/guards';
import { getReadDb } from '$lib/server/db/read-routing';
import { companyView, dashboardChoices } from '$lib/server/analytics/dashboards';
import {
	pickConsumerLevel,
	pickDepartment,
	pickRange,
	pickRound,
	TREND_ROUNDS
} from '$lib/server/analytics/page-params';
import { trendTable } from '$lib/server/analytics/trend';
import { openRoundsForPerson } from '$lib/server/surveys/rounds';
import { actionOverview, parseOverviewFilter } from '$lib/server/actions/overview';
import { storyCountsForRound } from '$lib/server/stories/stories';
import { i18n } from '$lib/i18n';
import { withoutDistributions } from '$lib/domain/page-figures';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url, locals }) => {
	const user = requireRole('hr');
	const db = getReadDb();
	const choices = await dashboardChoices(db, user);
	const subtree = pickDepartment(choices.departments, url);
	const range = pickRange(url);
	const round = pickRound(choices.rounds, url);
	const openPulses = await openRoundsForPerson(db, user.id);
	const plans = await actionOverview(db, parseOverviewFilter(url), locals.locale);
	if (!round)
		return { choices, subtree, range, round, openPulses, plans, view: null, trends: null };
	const view = await companyView(db, round.id, subtree?.id ?? null, pickConsumerLevel(url));
	if (!view.ok) {
		error(404, { code: 'not_found', message: i18n(locals.locale).t.company.notInRound });
	}
	const trends = await trendTable(db, subtree?.id ?? null, {
		programmeId: round.programmeId,
		from: range.from ?? undefined,
		to: range.to ?? round.opensOn,
		last: range.from ? undefined : TREND_ROUNDS
	});
	return {
		choices,
		subtree,
		range,
		round,
		openPulses,
		plans,
		view: withoutDistributions(view.data),
		trends,
		stories: await storyCountsForRound(db, round)
	};
};
