import { fail, redirect } from '@sveltejs/kit';
import { requireRole } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { readCsvUpload } from '$lib/server/http/upload';
import { listRecentImports, stageImport } from '$lib/server/org/import/imports';
import { importFileLimit } from '$lib/server/org/import/limits';
import { i18n } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	requireRole('hr');
	const imports = await listRecentImports(getDb());
	return {
		maxBytes: importFileLimit(),
		imports: imports.map((i) => ({
			id: i.id,
			fileName: i.fileName,
			createdAt: i.createdAt,
			createdBy: i.createdBy,
			status: i.status,
			rows: i.preview.rowsRead,
			problems: i.preview.problemCount,
			result: i.result
		}))
	};
};

export const actions: Actions = {
	preview: async ({ request, locals }) => {
		const user = requireRole('hr');
		const reader = i18n(locals.locale);
		const upload = await readCsvUpload(
			request,
			reader.t.serverMessages.upload.splitOrRaise,
			reader
		);
		if (!upload.ok) return fail(upload.status, { message: upload.message });
		const id = await stageImport(
			getDb(),
			{ actorId: user.id, fileName: upload.fileName, bytes: upload.bytes },
			reader.t
		);
		redirect(303, `/org/import/${id}`);
	}
};
