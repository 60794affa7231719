import type { SessionUser } from '$lib/server/auth/session';
import { getReadDb } from '$lib/server/db/read-routing';
import { roundThresholds } from '$lib/server/analytics/dashboards';
import { departmentHealth } from '$lib/server/analytics/health';
import { trendTable } from '$lib/server/analytics/trend';
import { openRoundsForPerson } from '$lib/server/surveys/rounds';
import { pickTeamRound, TREND_ROUNDS } from '$lib/server/analytics/page-params';
import { teamPlans } from '$lib/server/actions/focus-trends';
import { teamItemResults } from '$lib/server/analytics/item-results';
import { storiesForRound } from '$lib/server/stories/stories';

/**
 * A department's health page, for /team/{id} and for "My team" (/team), which shows the first
 * department its reader heads without sending the browser on to another address first. The
 * reads that do not depend on one another run together. `user` has passed requireDepartment.
 */
export async function loadTeamPage(
	user: SessionUser,
	departmentId: string,
	{ url, locals }: { url: URL; locals: App.Locals }
) {
	const db = getReadDb();
	const pending = Promise.all([
		openRoundsForPerson(db, user.id),
		teamPlans(db, departmentId, locals.locale)
	]);
	// Awaited below; handled here so that a failure while the round is picked is not unhandled.
	pending.catch(() => {});
	const { choices, department, round } = await pickTeamRound(db, user, {
		params: { department: departmentId },
		url,
		locals
	});
	if (!round) {
		const [openPulses, plans] = await pending;
		return { choices, department, openPulses, plans, round: null, health: null };
	}
	const [[openPulses, plans], health, trends, understanding, k, stories] = await Promise.all([
		pending,
		departmentHealth(db, department.id, round.id),
		trendTable(db, department.id, {
			programmeId: round.programmeId,
			to: round.opensOn,
			last: TREND_ROUNDS
		}),
		teamItemResults(db, department.id, round.id),
		roundThresholds(db, round.id),
		storiesForRound(db, department.id, round)
	]);
	if (!health.ok) return { choices, department, openPulses, plans, round, health: null };
	return {
		choices,
		department,
		openPulses,
		plans,
		round,
		health: health.data,
		understanding,
		k: k ?? { kScores: 5, kComments: 10 },
		trends,
		stories
	};
}
