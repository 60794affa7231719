import { error, fail } from '@sveltejs/kit';
import { requireRole } from '$lib/server/auth/guards';
import type { SessionUser } from '$lib/server/auth/session';
import { getDb } from '$lib/server/db';
import { listDepartments } from '$lib/server/org/departments';
import { getOrganisationName } from '$lib/server/org/setup';
import { audienceSize, getProgramme, scheduleOf } from '$lib/server/surveys/programmes';
import {
	closeRoundByHand,
	commandProgramme,
	openRoundByHand
} from '$lib/server/surveys/programme-control';
import { getQuestion } from '$lib/server/surveys/questions';
import { listRounds, planRoundQuestions } from '$lib/server/surveys/rounds';
import { listLinkReveals } from '$lib/server/surveys/link-reveals';
import { findTamperedDepartments } from '$lib/server/surveys/tamper';
import { isUuid } from '$lib/domain/ids';
import type { ProgrammeCommand } from '$lib/domain/programme-status';
import { textFor } from '$lib/domain/questions';
import { i18n } from '$lib/i18n';
import { roundsToCoverAllDrivers, rotationSlots } from '$lib/domain/rotation';
import { nextRoundAfter } from '$lib/domain/schedule';
import type { Actions, PageServerLoad } from './$types';

function notFound(locale: string): never {
	error(404, { message: i18n(locale).t.pulses.detail.notFound });
}

async function programmeOr404(id: string, locale: string) {
	const programme = isUuid(id) ? await getProgramme(getDb(), id) : null;
	if (!programme) notFound(locale);
	return programme;
}

export const load: PageServerLoad = async ({ params, locals }) => {
	requireRole('hr');
	const db = getDb();
	const programme = await programmeOr404(params.id, locals.locale);
	const [rounds, departments, audience, organisation, linkReveals, tampered] = await Promise.all([
		listRounds(db, programme.id),
		listDepartments(db, { includeArchived: true }),
		audienceSize(db, programme.departmentIds),
		getOrganisationName(db),
		listLinkReveals(db, programme.id),
		findTamperedDepartments(db, programme.id)
	]);
	const names = new Map(departments.map((d) => [d.id, d.name]));
	const nextIds = await planRoundQuestions(db, programme, rounds.length);
	const next = await Promise.all(nextIds.map((id) => getQuestion(db, id)));
	const slots = rotationSlots(programme.questionsPerRound, programme.coreQuestionKeys.length);
	return {
		programme: {
			...programme,
			audience: programme.departmentIds.map((id) => names.get(id) ?? null)
		},
		audienceSize: audience,
		rounds,
		linkReveals,
		tampered,
		coverage: roundsToCoverAllDrivers(5, slots),
		nextRound:
			programme.status === 'active' ? nextRoundAfter(scheduleOf(programme), new Date()) : null,
		nextQuestions: next.flatMap((q) =>
			q
				? [
						{
							id: q.id,
							driver: q.driver,
							text: textFor(q.texts, locals.locale, organisation)
						}
					]
				: []
		)
	};
};

async function command(
	user: SessionUser,
	programmeId: string,
	which: ProgrammeCommand,
	locale: string
) {
	const programme = await programmeOr404(programmeId, locale);
	const change = await commandProgramme(getDb(), user.id, programme.id, which);
	if (!change) notFound(locale);
	const { t } = i18n(locale);
	if (!change.ok) return fail(409, { failed: true, message: t.pulses.detail.refused[which] });
	return { message: t.pulses.detail.commanded[which] };
}

export const actions: Actions = {
	openNow: async ({ params, locals }) => {
		const user = requireRole('hr');
		const programme = await programmeOr404(params.id, locals.locale);
		const result = await openRoundByHand(getDb(), user.id, programme.id, new Date());
		const { t } = i18n(locals.locale);
		if (!result.ok) {
			return fail(409, { failed: true, message: t.pulses.detail.refusals[result.reason] });
		}
		return { message: t.pulses.detail.opened_(result.invited) };
	},
	closeNow: async ({ params, locals }) => {
		const user = requireRole('hr');
		const programme = await programmeOr404(params.id, locals.locale);
		const closed = await closeRoundByHand(getDb(), user.id, programme.id, new Date());
		const { t } = i18n(locals.locale);
		if (!closed) return fail(409, { failed: true, message: t.pulses.detail.noneOpenToClose });
		return { message: t.pulses.detail.closed };
	},
	pause: ({ params, locals }) => command(requireRole('hr'), params.id, 'pause', locals.locale),
	resume: ({ params, locals }) => command(requireRole('hr'), params.id, 'resume', locals.locale),
	end: ({ params, locals }) => command(requireRole('hr'), params.id, 'end', locals.locale)
};
