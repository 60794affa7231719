import { error, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { startFromLink, storeBallot, surveyPath } from '$lib/server/surveys/entry';
import { findInvitationPage } from '$lib/server/surveys/invitations';
import { roundSnapshot } from '$lib/server/surveys/survey';
import { i18n, LOCALES } from '$lib/i18n';
import { matchLocale } from '$lib/i18n/negotiate';
import type { Actions, PageServerLoad } from './$types';

// No JavaScript here either: the whole way from the email to the thank-you loads none.
export const csr = false;

// The invitation link is the credential: no sign-in needed. Opening it only shows this page
// (mail scanners that follow links must not use up the ballot); "Start" hands the ballot out.
export const load: PageServerLoad = async ({ params, setHeaders, url, locals }) => {
	setHeaders({ 'cache-control': 'private, no-store' });
	const db = getDb();
	// One statement: the page is the first step of every survey completion.
	const invitation = await findInvitationPage(db, params.token);
	if (!invitation) {
		error(404, { message: i18n(locals.locale).t.serverMessages.pages.linkOpensNoSurvey });
	}
	const base = {
		programmeName: invitation.programmeName,
		organisationName: invitation.organisationName,
		closesAt: invitation.closesAt
	};
	// The invitation's language, unless the page's language switch was just used.
	locals.locale =
		matchLocale(url.searchParams.get('lang'), LOCALES) ??
		matchLocale(invitation.locale, LOCALES) ??
		locals.locale;
	if (invitation.expired) return { state: 'closed' as const, ...base };
	return {
		state: 'open' as const,
		...base,
		// A link someone else planted (HR answering for a made-up department, say) shows itself here.
		department: invitation.departmentPath,
		locale: locals.locale,
		questionCount: (await roundSnapshot(db, invitation.roundId)).length,
		kScores: invitation.kScores,
		kComments: invitation.kComments,
		alreadyOpened: invitation.ballotIssued
	};
};

export const actions: Actions = {
	start: async ({ params, cookies, url }) => {
		const started = await startFromLink(getDb(), params.token);
		if (!started) redirect(303, url.pathname);
		const { invitation, ballot } = started;
		if (ballot) {
			storeBallot(cookies, url, invitation.roundId, ballot, invitation.locale, invitation.closesAt);
		}
		redirect(303, surveyPath(invitation.roundId));
	}
};
