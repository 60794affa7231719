import { error, fail } from '@sveltejs/kit';
import { requireRole } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { listDepartments } from '$lib/server/org/departments';
import { getOrganisationName } from '$lib/server/org/setup';
import {
	audienceSize,
	getProgramme,
	scheduleOf,
	setProgrammeStatus
} from '$lib/server/surveys/programmes';
import { getQuestion } from '$lib/server/surveys/questions';
import {
	closeRound,
	listRounds,
	openRoundNow,
	openRoundOf,
	planRoundQuestions
} from '$lib/server/surveys/rounds';
import { listLinkReveals } from '$lib/server/surveys/link-reveals';
import { findTamperedDepartments } from '$lib/server/surveys/tamper';
import { isUuid } from '$lib/domain/ids';
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

export const actions: Actions = {
	openNow: async ({ params }) => {
		requireRole('hr');
		const programme = await programmeOr404(params.id);
		const result = await getDb()
			.transaction()
			.execute(async (trx) => {
				const locked = await getProgramme(trx, programme.id, { lock: 'wait' });
				return locked ? openRoundNow(trx, locked, new Date()) : null;
			});
		if (!result?.ok) {
			const messages = {
				not_active: 'Resume the programme before opening a round.',
				round_open: 'A round is already open. Close it first.',
				no_more_rounds: 'This programme runs once and has had its round.',
				no_audience: 'Nobody is in the chosen departments yet, so there is nobody to invite.'
			};
			return fail(409, {
				failed: true,
				message: result ? messages[result.reason] : 'The programme is gone.'
			});
		}
		return { message: `Round opened: ${result.opened.invited} invitation(s) queued.` };
	},
	closeNow: async ({ params }) => {
		requireRole('hr');
		const programme = await programmeOr404(params.id);
		const closed = await getDb()
			.transaction()
			.execute(async (trx) => {
				await getProgramme(trx, programme.id, { lock: 'wait' });
				const open = await openRoundOf(trx, programme.id);
				if (open) await closeRound(trx, open, new Date());
				return open !== null;
			});
		if (!closed) return fail(409, { failed: true, message: 'No round is open.' });
		return { message: 'Round closed. Its results are final.' };
	},
	pause: async ({ params }) => {
		requireRole('hr');
		const programme = await programmeOr404(params.id);
		if (programme.status !== 'active')
			return fail(409, { failed: true, message: 'Only an active programme can be paused.' });
		await setProgrammeStatus(getDb(), programme.id, 'paused');
		return {
			message: 'Paused: no new round opens until you resume. An open round runs to its end.'
		};
	},
	resume: async ({ params }) => {
		requireRole('hr');
		const programme = await programmeOr404(params.id);
		if (programme.status !== 'paused')
			return fail(409, { failed: true, message: 'Only a paused programme can be resumed.' });
		await setProgrammeStatus(getDb(), programme.id, 'active');
		return { message: 'Resumed: the next round opens on schedule.' };
	},
	end: async ({ params }) => {
		requireRole('hr');
		const programme = await programmeOr404(params.id);
		if (programme.status === 'ended')
			return fail(409, { failed: true, message: 'The programme has already ended.' });
		await setProgrammeStatus(getDb(), programme.id, 'ended');
		return { message: 'Ended: no more rounds will open. An open round runs to its end.' };
	}
};
