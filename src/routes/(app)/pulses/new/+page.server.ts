import { fail, redirect } from '@sveltejs/kit';
import { requireRole } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { parseForm, type FieldErrors } from '$lib/server/http/forms';
import { listDepartments } from '$lib/server/org/departments';
import { getDefaultThresholds, getOrganisationName } from '$lib/server/org/setup';
import { programmeForm } from '$lib/server/surveys/programme-form';
import { createProgramme } from '$lib/server/surveys/programmes';
import { listQuestionBank } from '$lib/server/surveys/questions';
import { buildTree, flattenTree } from '$lib/domain/department-tree';
import { DEFAULT_CORE_KEYS, textFor } from '$lib/domain/questions';
import { i18n } from '$lib/i18n';
import { isoDay } from '$lib/domain/dates';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	requireRole('hr');
	const db = getDb();
	const [departments, bank, settings, organisation] = await Promise.all([
		listDepartments(db),
		listQuestionBank(db),
		getDefaultThresholds(db),
		getOrganisationName(db)
	]);
	const current = bank.filter((q) => !q.retired);
	return {
		departments: flattenTree(buildTree(departments)).map((d) => ({
			id: d.id,
			name: d.name,
			depth: d.depth
		})),
		coreCandidates: current
			.filter((q) => q.kind !== 'likert')
			.map((q) => ({
				key: q.key,
				driver: q.driver,
				text: textFor(q.texts, locals.locale, organisation)
			})),
		rotatingCount: current.filter((q) => q.kind === 'likert').length,
		defaults: {
			startsOn: isoDay(new Date()),
			coreQuestionKeys: DEFAULT_CORE_KEYS,
			questionsPerRound: 7,
			roundLengthDays: 5,
			reminderDays: '2, 4'
		},
		k: { scores: settings.k_scores, comments: settings.k_comments }
	};
};

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const user = requireRole('hr');
		const { t } = i18n(locals.locale);
		const form = await request.formData();
		const parsed = parseForm(programmeForm(t), form, ['departmentIds', 'coreQuestionKeys']);
		const values = {
			name: String(form.get('name') ?? ''),
			cadence: String(form.get('cadence') ?? ''),
			startsOn: String(form.get('startsOn') ?? ''),
			roundLengthDays: String(form.get('roundLengthDays') ?? ''),
			questionsPerRound: String(form.get('questionsPerRound') ?? ''),
			reminderDays: String(form.get('reminderDays') ?? ''),
			departmentIds: form.getAll('departmentIds').map(String),
			coreQuestionKeys: form.getAll('coreQuestionKeys').map(String)
		};
		if (!parsed.ok) return fail(400, { values, errors: parsed.errors });

		const db = getDb();
		const errors: FieldErrors = {};
		const departments = new Set((await listDepartments(db)).map((d) => d.id));
		if (parsed.data.departmentIds.some((id) => !departments.has(id))) {
			errors.departmentIds = t.pulses.form.errors.departmentGone;
		}
		const bank = new Set(
			(await listQuestionBank(db))
				.filter((q) => !q.retired && q.kind !== 'likert')
				.map((q) => q.key)
		);
		if (parsed.data.coreQuestionKeys.some((key) => !bank.has(key))) {
			errors.coreQuestionKeys = t.pulses.form.errors.questionGone;
		}
		if (Object.keys(errors).length > 0) return fail(400, { values, errors });

		const programme = await createProgramme(db, parsed.data, user.id);
		redirect(303, `/pulses/${programme.id}?created=1`);
	}
};
