import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { formatBytes } from '$lib/domain/format';
import { hasControlCharacters } from '$lib/domain/org-fields';
import { requireRole } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { importFileLimit, requestBodyLimit } from '$lib/server/org/import/limits';
import { listMetricUploads, stageMetricUpload } from '$lib/server/external/uploads';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	requireRole('hr');
	return { maxBytes: importFileLimit(), uploads: await listMetricUploads(getDb()) };
};

export const actions: Actions = {
	upload: async ({ request }) => {
		const user = requireRole('hr');
		const limit = importFileLimit();
		const tooLarge = `The file is too large: the largest accepted here is ${formatBytes(limit)}. Split it into several files.`;
		if (Number(request.headers.get('content-length') ?? 0) > requestBodyLimit()) {
			return fail(413, { message: tooLarge });
		}
		let form: FormData;
		try {
			form = await request.formData();
		} catch {
			return fail(400, { message: 'The upload could not be read. Choose the file and try again.' });
		}
		const chosen = form.get('file');
		const upload = z
			.file({ error: 'Choose a CSV file to upload.' })
			.min(1, 'The file is empty.')
			.max(limit, tooLarge)
			.safeParse(chosen instanceof File && chosen.name !== '' ? chosen : undefined);
		if (!upload.success) {
			return fail(upload.error.issues[0]?.code === 'too_big' ? 413 : 400, {
				message: upload.error.issues[0]?.message ?? 'Choose a CSV file to upload.'
			});
		}
		const bytes = new Uint8Array(await upload.data.arrayBuffer());
		const printable = [...upload.data.name].filter((c) => !hasControlCharacters(c)).join('');
		const fileName = printable.trim().slice(0, 200) || 'upload.csv';
		const id = await stageMetricUpload(getDb(), { actorId: user.id, fileName, bytes });
		redirect(303, `/insights/data/${id}`);
	}
};
