import { fail } from '@sveltejs/kit';
import { requireRole } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { parseForm } from '$lib/server/http/forms';
import { newQuestionForm, questionKeyFor } from '$lib/server/surveys/question-form';
import {
	createQuestion,
	getQuestion,
	listQuestionBank,
	setQuestionRetired
} from '$lib/server/surveys/questions';
import { isUuid } from '$lib/domain/ids';
import { DRIVER_LABELS, isLikertDriver } from '$lib/domain/questions';
import { i18n } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	requireRole('hr');
	const bank = await listQuestionBank(getDb());
	const drivers = Object.keys(DRIVER_LABELS) as (keyof typeof DRIVER_LABELS)[];
	return {
		groups: drivers
			.map((driver) => ({
				driver,
				rotating: isLikertDriver(driver),
				questions: bank.filter((q) => q.driver === driver)
			}))
			.filter((g) => g.questions.length > 0 || g.rotating)
	};
};

async function questionFrom(form: FormData) {
	const id = form.get('id');
	return isUuid(id) ? getQuestion(getDb(), id) : null;
}

export const actions: Actions = {
	create: async ({ request, locals }) => {
		requireRole('hr');
		const { t } = i18n(locals.locale);
		const form = await request.formData();
		const parsed = parseForm(newQuestionForm(t), form);
		if (!parsed.ok) return fail(400, { create: { values: parsed.values, errors: parsed.errors } });
		const db = getDb();
		const keys = new Set((await listQuestionBank(db)).map((q) => q.key));
		const { driver, en, es } = parsed.data;
		const question = await createQuestion(db, {
			key: questionKeyFor(driver, en, (k) => keys.has(k)),
			driver,
			texts: { en, es }
		});
		return { done: t.questions.added(question.texts.en, t.measures.names[driver]) };
	},
	retire: async ({ request, locals }) => {
		requireRole('hr');
		const { t } = i18n(locals.locale);
		const question = await questionFrom(await request.formData());
		if (!question) return fail(404, { failed: t.questions.gone });
		await setQuestionRetired(getDb(), question.id, true);
		return { done: t.questions.retiredDone };
	},
	restore: async ({ request, locals }) => {
		requireRole('hr');
		const { t } = i18n(locals.locale);
		const question = await questionFrom(await request.formData());
		if (!question) return fail(404, { failed: t.questions.gone });
		await setQuestionRetired(getDb(), question.id, false);
		return { done: t.questions.restoredDone };
	}
};
