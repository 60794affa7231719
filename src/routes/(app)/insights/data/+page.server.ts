import { fail, redirect } from '@sveltejs/kit';
import { requireRole } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { readCsvUpload } from '$lib/server/http/upload';
import { importFileLimit } from '$lib/server/org/import/limits';
import { listMetricUploads, stageMetricUpload } from '$lib/server/external-figures/csv-uploads';
import { i18n } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	requireRole('hr');
	return { maxBytes: importFileLimit(), uploads: await listMetricUploads(getDb()) };
};

export const actions: Actions = {
	upload: async ({ request, locals }) => {
		const user = requireRole('hr');
		const reader = i18n(locals.locale);
		const upload = await readCsvUpload(request, reader.t.serverMessages.upload.splitFiles, reader);
		if (!upload.ok) return fail(upload.status, { message: upload.message });
		const id = await stageMetricUpload(getDb(), {
			actorId: user.id,
			fileName: upload.fileName,
			bytes: upload.bytes
		});
		redirect(303, `/insights/data/${id}`);
	}
};
