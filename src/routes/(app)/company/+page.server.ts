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
import { companyFigures } from './company-figures';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url, locals }) => {
	const user = requireRole('hr');
	const db = getReadDb();
	// The reads are independent of one another once the round is known: they run together.
	const pending = Promise.all([
		openRoundsForPerson(db, user.id),
		actionOverview(db, parseOverviewFilter(url), locals.locale)
	]);
	// Awaited below; handled here so that a failure while the choices load is not unhandled.
	pending.catch(() => {});
	const choices = await dashboardChoices(db, user);
	const subtree = pickDepartment(choices.departments, url);
	const range = pickRange(url);
	const round = pickRound(choices.rounds, url);
	if (!round) {
		const [openPulses, plans] = await pending;
		return { choices, subtree, range, round, openPulses, plans, view: null, trends: null };
	}
	const [[openPulses, plans], view, trends, stories] = await Promise.all([
		pending,
		companyView(db, round.id, subtree?.id ?? null, pickConsumerLevel(url)),
		trendTable(db, subtree?.id ?? null, {
			programmeId: round.programmeId,
			from: range.from ?? undefined,
			to: range.to ?? round.opensOn,
			last: range.from ? undefined : TREND_ROUNDS
		}),
		storyCountsForRound(db, round)
	]);
	if (!view.ok) {
		error(404, { code: 'not_found', message: i18n(locals.locale).t.company.notInRound });
	}
	return {
		choices,
		subtree,
		range,
		round,
		openPulses,
		plans,
		view: companyFigures(view.data),
		trends,
		stories
	};
};
