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
import { DRIVER_LABELS, textFor } from '$lib/domain/questions';
import { roundsToCoverAllDrivers, rotationSlots } from '$lib/domain/rotation';
import { nextRoundAfter } from '$lib/domain/schedule';
import type { Actions, PageServerLoad } from './$types';

async function programmeOr404(id: string) {
	const programme = isUuid(id) ? await getProgramme(getDb(), id) : null;
	if (!programme) error(404, { message: 'There is no such pulse programme.' });
	return programme;
}

export const load: PageServerLoad = async ({ params }) => {
	requireRole('hr');
	const db = getDb();
	const programme = await programmeOr404(params.id);
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
			audience: programme.departmentIds.map((id) => names.get(id) ?? 'Archived department')
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
							driver: DRIVER_LABELS[q.driver],
							text: textFor(q.texts, 'en', organisation)
						}
					]
				: []
		)
	};
};

const OPEN_REFUSALS = {
	not_active: 'Resume the programme before opening a round.',
	round_open: 'A round is already open. Close it first.',
	no_more_rounds: 'This programme runs once and has had its round.',
	no_audience: 'Nobody is in the chosen departments yet, so there is nobody to invite.',
	gone: 'The programme is gone.'
};

async function command(user: SessionUser, programmeId: string, which: ProgrammeCommand) {
	const programme = await programmeOr404(programmeId);
	const change = await commandProgramme(getDb(), user.id, programme.id, which);
	if (!change) error(404, { message: 'There is no such pulse programme.' });
	if (!change.ok) return fail(409, { failed: true, message: change.message });
	return { message: change.message };
}

export const actions: Actions = {
	openNow: async ({ params }) => {
		const user = requireRole('hr');
		const programme = await programmeOr404(params.id);
		const result = await openRoundByHand(getDb(), user.id, programme.id, new Date());
		if (!result.ok) return fail(409, { failed: true, message: OPEN_REFUSALS[result.reason] });
		return { message: `Round opened: ${result.invited} invitation(s) queued.` };
	},
	closeNow: async ({ params }) => {
		const user = requireRole('hr');
		const programme = await programmeOr404(params.id);
		const closed = await closeRoundByHand(getDb(), user.id, programme.id, new Date());
		if (!closed) return fail(409, { failed: true, message: 'No round is open.' });
		return { message: 'Round closed. Its results are final.' };
	},
	pause: ({ params }) => command(requireRole('hr'), params.id, 'pause'),
	resume: ({ params }) => command(requireRole('hr'), params.id, 'resume'),
	end: ({ params }) => command(requireRole('hr'), params.id, 'end')
};
