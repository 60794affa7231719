import { requireDepartment } from '$lib/server/auth/guards';
import { getReadDb } from '$lib/server/db/read-routing';
import { roundThresholds } from '$lib/server/analytics/dashboards';
import { departmentHealth } from '$lib/server/analytics/health';
import { trendTable } from '$lib/server/analytics/trend';
import { openRoundsForPerson } from '$lib/server/surveys/rounds';
import { pickTeamRound, TREND_ROUNDS } from '$lib/server/analytics/page-params';
import { teamPlans } from '$lib/server/actions/focus-trends';
import { teamItemResults } from '$lib/server/analytics/item-results';
import { storiesForRound } from '$lib/server/stories/stories';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url, locals }) => {
	const user = await requireDepartment(params.department);
	const db = getReadDb();
	const { choices, department, round } = await pickTeamRound(db, user, { params, url, locals });
	const openPulses = await openRoundsForPerson(db, user.id);
	const plans = await teamPlans(db, department.id, locals.locale);
	if (!round) return { choices, department, openPulses, plans, round: null, health: null };
	const health = await departmentHealth(db, department.id, round.id);
	if (!health.ok) return { choices, department, openPulses, plans, round, health: null };
	const trends = await trendTable(db, department.id, {
		programmeId: round.programmeId,
		to: round.opensOn,
		last: TREND_ROUNDS
	});
	return {
		choices,
		department,
		openPulses,
		plans,
		round,
		health: health.data,
		understanding: await teamItemResults(db, department.id, round.id),
		k: (await roundThresholds(db, round.id)) ?? { kScores: 5, kComments: 10 },
		trends,
		stories: await storiesForRound(db, department.id, round)
	};
};
