import { error, fail, redirect } from '@sveltejs/kit';
import { requireRole } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import {
	applyMetricUpload,
	discardMetricUpload,
	findMetricUpload
} from '$lib/server/external-figures/csv-uploads';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	requireRole('hr');
	const upload = await findMetricUpload(getDb(), params.id);
	if (!upload) error(404, { code: 'not_found', message: 'There is no such upload.' });
	return { upload };
};

export const actions: Actions = {
	apply: async ({ params }) => {
		const user = requireRole('hr');
		const outcome = await applyMetricUpload(getDb(), params.id, user.id);
		if (outcome.ok) return { applied: outcome.counts };
		if (outcome.reason === 'not_found')
			error(404, { code: 'not_found', message: 'There is no such upload.' });
		return fail(409, {
			message:
				outcome.reason === 'problems'
					? 'Nothing was stored: the file has problems. Correct them and upload it again.'
					: 'This upload was already applied or discarded.'
		});
	},
	discard: async ({ params }) => {
		requireRole('hr');
		await discardMetricUpload(getDb(), params.id);
		redirect(303, '/insights/data');
	}
};
