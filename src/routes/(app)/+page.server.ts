import { redirect } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guards';
import { listRoundEntries } from '$lib/server/analytics/department-and-round-lists';
import { getDb } from '$lib/server/db';
import { listDepartments, summariseSubtrees } from '$lib/server/org/departments';
import { countPeople } from '$lib/server/org/people';
import { openRoundsForPerson } from '$lib/server/surveys/rounds';
import { linkRevealNotices } from '$lib/server/surveys/link-reveals';
import { focusAreasForMember } from '$lib/server/actions/focus-areas';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const user = requireUser();
	const db = getDb();
	const linkNotices = await linkRevealNotices(db, user.id);
	// Once there are results, HR lands on the company view and heads on their team; until then
	// (and for everyone else, and for anyone whose survey link HR has seen) this page.
	if ((user.role === 'hr' || user.headOf.length > 0) && linkNotices.length === 0) {
		if ((await listRoundEntries(db, 'closed')).length > 0) {
			// Straight to the department's own address: one redirect, not two.
			redirect(303, user.role === 'hr' ? '/company' : `/team/${user.headOf[0]}`);
		}
	}
	const headed = await summariseSubtrees(db, user.headOf);
	const company =
		user.role === 'hr'
			? { people: await countPeople(db), departments: (await listDepartments(db)).length }
			: null;
	return {
		firstName: user.name.split(/\s+/)[0],
		openPulses: (await openRoundsForPerson(db, user.id)).map((r) => ({
			id: r.roundId,
			title: r.programmeName,
			closesAt: r.closesAt,
			opened: r.ballotIssued
		})),
		headed,
		company,
		linkNotices,
		teamWork: await focusAreasForMember(db, user.departmentId, locals.locale)
	};
};
