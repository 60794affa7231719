import { getDb } from '$lib/server/db';
import { findInvitationByLink } from '$lib/server/surveys/invitations';
import { roundQuestions } from '$lib/server/surveys/questions';
import type { PageServerLoad } from './$types';

// The invitation link is the credential: no sign-in needed, and nothing here names the person.
export const load: PageServerLoad = async ({ params, setHeaders }) => {
	setHeaders({ 'cache-control': 'private, no-store' });
	const db = getDb();
	const invitation = await findInvitationByLink(db, params.token);
	if (!invitation) return { state: 'unknown' as const };
	const organisation = await db
		.selectFrom('org_settings')
		.select(['name', 'k_scores'])
		.executeTakeFirstOrThrow();
	const base = {
		programmeName: invitation.programmeName,
		organisationName: organisation.name,
		closesAt: invitation.closesAt
	};
	if (invitation.expired) return { state: 'closed' as const, ...base };
	const questions = await roundQuestions(db, invitation.roundId);
	return {
		state: 'open' as const,
		...base,
		questionCount: questions.length,
		kScores: organisation.k_scores,
		alreadyOpened: invitation.ballotIssuedAt !== null
	};
};
