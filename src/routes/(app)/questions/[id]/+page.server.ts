import { error, fail, redirect } from '@sveltejs/kit';
import { requireRole } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { parseForm, type FieldErrors } from '$lib/server/http/forms';
import { questionTextsForm } from '$lib/server/surveys/question-form';
import {
	editQuestionTexts,
	getQuestion,
	hasBeenAsked,
	SUPERSEDED
} from '$lib/server/surveys/questions';
import { isUuid } from '$lib/domain/ids';
import { DRIVER_LABELS } from '$lib/domain/questions';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	requireRole('hr');
	const question = isUuid(params.id) ? await getQuestion(getDb(), params.id) : null;
	if (!question) error(404, { message: 'There is no such question.' });
	const asked = await hasBeenAsked(getDb(), question.id);
	return { question, driver: DRIVER_LABELS[question.driver], asked };
};

export const actions: Actions = {
	default: async ({ params, request }) => {
		requireRole('hr');
		if (!isUuid(params.id)) error(404, { message: 'There is no such question.' });
		const parsed = parseForm(questionTextsForm, await request.formData());
		if (!parsed.ok) return fail(400, { values: parsed.values, errors: parsed.errors });
		const edit = await editQuestionTexts(getDb(), params.id, parsed.data);
		if (!edit) error(404, { message: 'There is no such question.' });
		if (edit === SUPERSEDED) {
			const message = 'This wording was replaced while the page was open. Open the question again.';
			const errors: FieldErrors = { en: message };
			return fail(409, { values: parsed.data, errors });
		}
		redirect(303, '/questions');
	}
};
