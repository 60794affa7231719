import { error, fail } from '@sveltejs/kit';
import { requireDepartment } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { formValues, parseForm } from '$lib/server/http/forms';
import { readerWords } from '$lib/server/http/reader-words';
import { isUuid } from '$lib/domain/ids';
import { pickTeamRound } from '$lib/server/analytics/page-params';
import { actionInput, focusAreaInput } from '$lib/server/actions/action-input';
import {
	createAction,
	createFocusArea,
	departmentOfAction,
	departmentOfFocusArea,
	removeFocusArea,
	updateAction,
	type WriteFailure
} from '$lib/server/actions/action-writes';
import { listFocusAreas, ownerChoices } from '$lib/server/actions/focus-areas';
import { focusSubjects } from '$lib/server/actions/subjects';
import { MAX_FOCUS_AREAS } from '$lib/domain/action-plans';
import type { SessionUser } from '$lib/server/auth/session';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async ({ params, url, locals }) => {
	const user = await requireDepartment(params.department);
	const db = getDb();
	const { choices, department, round } = await pickTeamRound(db, user, { params, url, locals });
	return {
		department,
		rounds: choices.rounds,
		round,
		focusAreas: round
			? await listFocusAreas(db, {
					departmentIds: [department.id],
					roundId: round.id,
					locale: locals.locale
				})
			: [],
		subjects: await focusSubjects(db, locals.locale),
		owners: await ownerChoices(db, department.id)
	};
};

/** The id field a form names, checked to belong to this department. */
async function ownedId(
	form: FormData,
	name: string,
	departmentId: string,
	departmentOf: (id: string) => Promise<string | null>
): Promise<string> {
	const id = form.get(name);
	if (!isUuid(id) || (await departmentOf(id)) !== departmentId) {
		error(404, { code: 'not_found', message: readerWords().access.noSuchPlan });
	}
	return id;
}

/** A refused write, worded for the reader: the API's English message is for integrations. */
function refusal(failure: WriteFailure): string {
	const w = readerWords().actions;
	switch (failure.code) {
		case 'conflict':
			return w.alreadyFocus;
		case 'too_many_focus_areas':
			return w.tooMany(MAX_FOCUS_AREAS);
		case 'not_found':
			return w.gone;
		default:
			return failure.field === 'subject' ? w.chooseSubject : w.outOfRange;
	}
}

/** Adds an action to a focus area (`focusAreaId`) or changes one (`actionId`). */
async function saveAction({ params, request }: RequestEvent, user: SessionUser, existing: boolean) {
	const db = getDb();
	const form = await request.formData();
	const id = existing
		? await ownedId(form, 'actionId', params.department, (i) => departmentOfAction(db, i))
		: await ownedId(form, 'focusAreaId', params.department, (i) => departmentOfFocusArea(db, i));
	const key = existing ? `action-${id}` : `new-${id}`;
	const parsed = parseForm(actionInput(readerWords().actions), form);
	if (!parsed.ok) return fail(400, { form: key, values: parsed.values, errors: parsed.errors });
	const result = existing
		? await updateAction(db, user.id, id, parsed.data)
		: await createAction(db, user.id, id, parsed.data);
	if (!result.ok) {
		return fail(result.status, {
			form: key,
			values: formValues(form),
			errors: { [result.field ?? 'title']: refusal(result) }
		});
	}
	return { form: key, saved: true };
}

export const actions: Actions = {
	addFocus: async ({ params, request }) => {
		const user = await requireDepartment(params.department);
		const parsed = parseForm(focusAreaInput(readerWords().actions), await request.formData());
		if (!parsed.ok) {
			return fail(400, { form: 'focus', values: parsed.values, errors: parsed.errors });
		}
		const result = await createFocusArea(getDb(), user.id, params.department, parsed.data);
		if (!result.ok) {
			return fail(result.status, {
				form: 'focus',
				values: { subject: parsed.data.subject },
				errors: { [result.field ?? 'subject']: refusal(result) }
			});
		}
		return { form: 'focus', saved: true };
	},
	removeFocus: async ({ params, request }) => {
		const user = await requireDepartment(params.department);
		const db = getDb();
		const id = await ownedId(await request.formData(), 'focusAreaId', params.department, (i) =>
			departmentOfFocusArea(db, i)
		);
		const result = await removeFocusArea(db, user.id, id);
		if (!result.ok)
			return fail(result.status, { form: `focus-${id}`, errors: { form: refusal(result) } });
		return { form: 'removed', saved: true };
	},
	addAction: async (event) =>
		saveAction(event, await requireDepartment(event.params.department), false),
	updateAction: async (event) =>
		saveAction(event, await requireDepartment(event.params.department), true)
};
