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
import { i18n } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
	requireRole('hr');
	const question = isUuid(params.id) ? await getQuestion(getDb(), params.id) : null;
	if (!question) error(404, { message: i18n(locals.locale).t.questions.notFound });
	const asked = await hasBeenAsked(getDb(), question.id);
	return { question, asked };
};

export const actions: Actions = {
	default: async ({ params, request, locals }) => {
		requireRole('hr');
		const { t } = i18n(locals.locale);
		if (!isUuid(params.id)) error(404, { message: t.questions.notFound });
		const parsed = parseForm(questionTextsForm(t), await request.formData());
		if (!parsed.ok) return fail(400, { values: parsed.values, errors: parsed.errors });
		const edit = await editQuestionTexts(getDb(), params.id, parsed.data);
		if (!edit) error(404, { message: t.questions.notFound });
		if (edit === SUPERSEDED) {
			const errors: FieldErrors = { en: t.questions.replaced };
			return fail(409, { values: parsed.data, errors });
		}
		redirect(303, '/questions');
	}
};
