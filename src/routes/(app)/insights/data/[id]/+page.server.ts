import { error, fail, redirect } from '@sveltejs/kit';
import { requireRole } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import {
	applyMetricUpload,
	discardMetricUpload,
	findMetricUpload
} from '$lib/server/external-figures/csv-uploads';
import { i18n } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
	requireRole('hr');
	const { t } = i18n(locals.locale);
	const upload = await findMetricUpload(getDb(), params.id, t.serverMessages);
	if (!upload) error(404, { code: 'not_found', message: t.insightsData.noSuchUpload });
	return { upload };
};

export const actions: Actions = {
	apply: async ({ params, locals }) => {
		const user = requireRole('hr');
		const { t } = i18n(locals.locale);
		const outcome = await applyMetricUpload(getDb(), params.id, user.id);
		if (outcome.ok) return { applied: outcome.counts };
		if (outcome.reason === 'not_found')
			error(404, { code: 'not_found', message: t.insightsData.noSuchUpload });
		return fail(409, {
			message:
				outcome.reason === 'problems' ? t.insightsData.hasProblems : t.insightsData.alreadyDone
		});
	},
	discard: async ({ params }) => {
		requireRole('hr');
		await discardMetricUpload(getDb(), params.id);
		redirect(303, '/insights/data');
	}
};
