import { error, fail, redirect, type Cookies } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireUserWithoutRenewal } from '$lib/server/auth/guards';
import { verifyBallot, type Ballot } from '$lib/server/surveys/ballots';
import {
	isSurveyDone,
	issueBallotFor,
	readBallot,
	replaceBallotWithDoneMark,
	storeBallot,
	surveyLocale,
	surveyPath
} from '$lib/server/surveys/entry';
import { findInvitationForPerson } from '$lib/server/surveys/invitations';
import { newCapability } from '$lib/server/conversations/capability';
import { privateLinkPath } from '$lib/server/conversations/links';
import { submitResponse } from '$lib/server/surveys/responses';
import { rapportSecret } from '$lib/server/surveys/secret';
import {
	loadSurveyRound,
	providerDepartments,
	roundForNextStep,
	roundSnapshot,
	surveyTitle,
	type SurveyQuestion
} from '$lib/server/surveys/survey';
import { isUuid } from '$lib/domain/ids';
import { textFor } from '$lib/domain/questions';
import { validateAnswers } from '$lib/domain/survey-answers';
import { nextSurveyStep, readSurveyStep } from '$lib/domain/survey-steps';
import { i18n } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';

// The survey works without JavaScript and ships none: nothing to download on a slow phone.
export const csr = false;

const KIND_ORDER = ['likert', 'scale_0_10', 'internal_service', 'comment'];

/**
 * The round, or a 404. For the survey's next step (the rating step, or the survey again with a
 * mistake) nothing was stored since the survey page read the round a moment ago, so what that
 * page read serves, and the step runs no statement.
 */
async function roundOr404(
	locale: string,
	roundId: string,
	ballot: Ballot | null = null,
	nextStep = false
) {
	const round = !isUuid(roundId)
		? null
		: ballot && nextStep
			? await roundForNextStep(getDb(), roundId, ballot)
			: await loadSurveyRound(getDb(), roundId, ballot);
	if (!round) error(404, { message: i18n(locale).t.errors.noSuchSurvey });
	return round;
}

function ballotFor(roundId: string, token: string | undefined): Ballot | null {
	const ballot = verifyBallot(rapportSecret(), token);
	return ballot && ballot.roundId === roundId ? ballot : null;
}

// A round's questions as its page shows them, worked out once per round, language and
// organisation name, and handed out as the same frozen list (which lets the page be kept per
// list, surveys/direct.ts).
const shownQuestions = new WeakMap<
	readonly SurveyQuestion[],
	Map<string, readonly ShownQuestion[]>
>();
type ShownQuestion = Readonly<{ id: string; kind: SurveyQuestion['kind']; text: string }>;

function questionsShown(
	questions: readonly SurveyQuestion[],
	locale: string,
	organisationName: string
): readonly ShownQuestion[] {
	let ofRound = shownQuestions.get(questions);
	if (!ofRound) shownQuestions.set(questions, (ofRound = new Map()));
	const key = `${locale}\n${organisationName}`;
	let shown = ofRound.get(key);
	if (!shown) {
		// Statements first, the recommendation and the ratings of other departments next, the
		// open comment last: the order people find easiest, whatever order the snapshot keeps.
		shown = Object.freeze(
			[...questions]
				.sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind))
				.map((q) =>
					Object.freeze({
						id: q.id,
						kind: q.kind,
						text: textFor(q.texts, locale, organisationName)
					})
				)
		);
		ofRound.set(key, shown);
	}
	return shown;
}

/** The form's answers, to fill the page in again; a Map, as field names come from the request. */
function valuesToShowAgain(entries: readonly [string, FormDataEntryValue][]) {
	const values = new Map<string, string[]>();
	for (const [name, value] of entries) {
		if (typeof value === 'string') {
			values.set(name, [...(values.get(name) ?? []), value.slice(0, 2100)]);
		}
	}
	return Object.fromEntries(values);
}

/** The survey's language, which its page (and `<html lang>`) is written in. */
function chooseSurveyLocale(cookies: Cookies, url: URL, roundId: string, locals: App.Locals) {
	locals.locale = surveyLocale(cookies, url, roundId, locals.locale);
	return locals.locale;
}

async function thanks(roundId: string, cookies: Cookies, url: URL, locals: App.Locals) {
	const title = await surveyTitle(getDb(), roundId);
	if (!title) error(404, { message: i18n(locals.locale).t.errors.noSuchSurvey });
	const locale = chooseSurveyLocale(cookies, url, roundId, locals);
	return { locale, ...title, state: 'thanks' as const };
}

export const load: PageServerLoad = async ({ params, cookies, url, setHeaders, locals }) => {
	setHeaders({ 'cache-control': 'private, no-store' });
	// The page thanks whoever just submitted (the action's outcome decides it): it needs the
	// round's title only, which memory holds, so a submit costs one statement in all.
	if (locals.surveySubmitted) return thanks(params.roundId, cookies, url, locals);
	const ballot = ballotFor(params.roundId, readBallot(cookies, url));
	if (!ballot && isUuid(params.roundId) && isSurveyDone(cookies, url)) {
		return thanks(params.roundId, cookies, url, locals);
	}
	const round = await roundOr404(locals.locale, params.roundId, ballot, locals.surveyContinues);
	const locale = chooseSurveyLocale(cookies, url, round.id, locals);
	const base = { locale, programmeName: round.programmeName, closesAt: round.closesAt };
	if (!ballot) return { ...base, state: 'no_ballot' as const, open: round.status === 'open' };
	if (round.ballotSpent) {
		// Stored by a submit whose answer never arrived (a dropped connection, say).
		replaceBallotWithDoneMark(cookies, url, round.id, round.closesAt);
		return { ...base, state: 'thanks' as const };
	}
	if (round.status !== 'open' || round.closesAt.getTime() <= Date.now()) {
		return { ...base, state: 'closed' as const };
	}
	return {
		...base,
		state: 'survey' as const,
		kScores: round.kScores,
		kComments: round.kComments,
		questions: questionsShown(round.questions, locale, round.organisationName),
		providers: await providerDepartments(getDb(), ballot.roundId, ballot.departmentId)
	};
};

export const actions: Actions = {
	// The hot path: the ballot, the question snapshot and the departments come from memory, so a
	// submit costs one database round trip, the statement that stores it (the round's status is
	// checked there too).
	submit: async ({ params, request, cookies, url, locals }) => {
		if (!isUuid(params.roundId)) error(404, { message: i18n(locals.locale).t.errors.noSuchSurvey });
		const ballot = ballotFor(params.roundId, readBallot(cookies, url));
		if (!ballot && isSurveyDone(cookies, url)) {
			// A reload of the thank-you page, which re-sends the form, or a second tab's submit.
			locals.surveySubmitted = true;
			return { outcome: 'already_recorded' as const };
		}
		if (!ballot) return fail(403, { outcome: 'no_ballot' as const });
		const questions = await roundSnapshot(getDb(), ballot.roundId);
		const form = await request.formData().catch(() => null);
		if (!form) return fail(400, { outcome: 'unreadable' as const });
		const step = readSurveyStep([...form.entries()]);
		const providers = await providerDepartments(getDb(), ballot.roundId, ballot.departmentId);
		const offered = new Set(providers.map((p) => p.id));
		step.chosen = step.chosen.filter((id) => offered.has(id));
		const checked = validateAnswers(step.answers, questions, providers, ballot.departmentId);
		const shown = { values: valuesToShowAgain(step.answers), chosen: step.chosen };
		if (!checked.ok) {
			locals.surveyContinues = true;
			return fail(400, { outcome: 'invalid' as const, problems: checked.problems, ...shown });
		}
		// The ratings of the departments just chosen, or "nothing at all?": both answered from the
		// form alone, so the choice is never stored anywhere.
		const next = nextSurveyStep(step, checked.value);
		if (next === 'rate' || next === 'confirm') locals.surveyContinues = true;
		if (next === 'rate') return { outcome: 'rate' as const, ...shown };
		if (next === 'confirm') return { outcome: 'confirm_empty' as const, ...shown };
		// The writer's private link to replies on their comments, if they wrote any: shown on this
		// one page, never stored (each comment keeps a hash of its own).
		const capability = checked.value.comments.length > 0 ? newCapability() : null;
		const outcome = await submitResponse(getDb(), ballot, checked.value, new Date(), capability);
		if (outcome === 'round_closed') return fail(409, { outcome });
		const title = await surveyTitle(getDb(), ballot.roundId);
		if (title) replaceBallotWithDoneMark(cookies, url, ballot.roundId, title.closesAt);
		locals.surveySubmitted = true;
		const privateLink =
			capability && outcome === 'recorded' ? new URL(privateLinkPath(capability), url).href : null;
		return { outcome, privateLink };
	},
	// A signed-in employee starts from their home page instead of the invitation link.
	start: async ({ params, cookies, url, locals }) => {
		const user = await requireUserWithoutRenewal();
		const round = await roundOr404(locals.locale, params.roundId);
		const invitation = await findInvitationForPerson(getDb(), round.id, user.id);
		if (invitation && round.status === 'open') {
			const ballot = await issueBallotFor(getDb(), invitation);
			if (ballot) storeBallot(cookies, url, round.id, ballot, user.locale, round.closesAt);
		}
		redirect(303, surveyPath(round.id));
	}
};
