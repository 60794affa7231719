import type { Cookies } from '@sveltejs/kit';
import type { Db } from '../db';
import { FALLBACK_LOCALE, isSupportedLocale, LOCALES } from '$lib/i18n';
import { matchLocale } from '$lib/i18n/negotiate';
import { issueBallot } from './ballots';
import { markBallotIssued, openInvitationByLink, type InvitationByLink } from './invitations';
import { rapportSecret } from './secret';

export type InvitationForEntry = { invitationId: string; roundId: string; departmentId: string };

/**
 * Hands out the round's ballot for an invitation, once: the invitation is marked as opened and
 * the ballot goes to the browser only. Null when it was opened before (another device).
 */
export async function issueBallotFor(
	db: Db,
	invitation: InvitationForEntry
): Promise<string | null> {
	if (!(await markBallotIssued(db, invitation.invitationId))) return null;
	return issueBallot(rapportSecret(), invitation.roundId, invitation.departmentId);
}

/**
 * Start from an invitation link: the invitation, and its round's ballot when this Start opened
 * it (null when it was opened before, the round is over or the person has left). One statement.
 */
export async function startFromLink(
	db: Db,
	token: string
): Promise<{ invitation: InvitationByLink; ballot: string | null } | null> {
	const opened = await openInvitationByLink(db, token);
	if (!opened) return null;
	const { openedNow, ...invitation } = opened;
	const ballot = openedNow
		? issueBallot(rapportSecret(), invitation.roundId, invitation.departmentId)
		: null;
	return { invitation, ballot };
}

export function surveyPath(roundId: string): string {
	return `/survey/${roundId}`;
}

function cookieNames(url: URL) {
	const secure = url.protocol === 'https:';
	return {
		secure,
		ballot: secure ? '__Secure-rapport_ballot' : 'rapport_ballot',
		done: secure ? '__Secure-rapport_survey_done' : 'rapport_survey_done',
		locale: 'rapport_survey_locale'
	};
}

/** The survey's cookies: HttpOnly, scoped to its path. */
function surveyCookieOptions(url: URL, roundId: string) {
	return {
		path: surveyPath(roundId),
		httpOnly: true,
		sameSite: 'lax' as const,
		secure: cookieNames(url).secure
	};
}

/** The ballot lives in an HttpOnly cookie scoped to its survey, so a reload keeps it. */
export function storeBallot(
	cookies: Cookies,
	url: URL,
	roundId: string,
	ballot: string,
	locale: string,
	expires: Date
) {
	const names = cookieNames(url);
	const options = { ...surveyCookieOptions(url, roundId), expires };
	cookies.set(names.ballot, ballot, options);
	cookies.set(names.locale, matchLocale(locale, LOCALES) ?? FALLBACK_LOCALE, options);
}

export function readBallot(cookies: Cookies, url: URL): string | undefined {
	return cookies.get(cookieNames(url).ballot);
}

/**
 * Once the response is stored the ballot leaves the device (its nonce hashes to the spent-ballot
 * row). A "done" mark that carries nothing but its survey's path takes its place, so a reload,
 * the back button or a second submit still thank the person.
 */
export function replaceBallotWithDoneMark(
	cookies: Cookies,
	url: URL,
	roundId: string,
	expires: Date
) {
	const names = cookieNames(url);
	const options = surveyCookieOptions(url, roundId);
	cookies.delete(names.ballot, options);
	cookies.set(names.done, '1', { ...options, expires });
}

export function isSurveyDone(cookies: Cookies, url: URL): boolean {
	return cookies.get(cookieNames(url).done) === '1';
}

/**
 * The survey's language: ?lang= when given (and remembered for the rest of the survey, so the
 * answers' page and the thank-you follow it), else the one the invitation set, else the
 * request's language.
 */
export function surveyLocale(
	cookies: Cookies,
	url: URL,
	roundId: string,
	otherwise: string
): string {
	const names = cookieNames(url);
	const asked = url.searchParams.get('lang');
	if (isSupportedLocale(asked)) {
		cookies.set(names.locale, asked, {
			path: surveyPath(roundId),
			httpOnly: true,
			sameSite: 'lax',
			secure: names.secure
		});
		return asked;
	}
	const stored = cookies.get(names.locale);
	return isSupportedLocale(stored) ? stored : otherwise;
}
