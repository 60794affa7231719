import { error, fail, redirect } from '@sveltejs/kit';
import { requireRole } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { parseForm } from '$lib/server/http/forms';
import { orgForms } from '$lib/server/org/forms';
import { confirmImportMapping } from '$lib/server/org/import/import-mappings';
import { getImport } from '$lib/server/org/import/imports';
import { MAPPED_FIELDS } from '$lib/domain/org-import/mapping/fields';
import { PRESETS } from '$lib/domain/org-import/mapping/presets';
import { i18n } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
	requireRole('hr');
	const { t } = i18n(locals.locale);
	const staged = await getImport(getDb(), params.id);
	if (!staged) error(404, { message: t.importMapping.notFound });
	if (!staged.mapping || staged.status !== 'previewed' || staged.expired) {
		redirect(303, `/org/import/${staged.id}`);
	}
	return {
		item: {
			id: staged.id,
			fileName: staged.fileName,
			confirmed: staged.mappingConfirmed,
			preset: staged.mapping.preset,
			columns: staged.preview.source?.columns ?? [],
			rowsRead: staged.preview.rowsRead,
			format: staged.preview.source?.format ?? 'csv',
			encoding: staged.preview.source?.encoding ?? null,
			delimiter: staged.preview.delimiter
		},
		fields: staged.mapping.fields,
		presets: [
			...PRESETS.map((p) => ({ id: p.id, label: p.label })),
			{ id: 'generic', label: t.importMapping.generic }
		],
		meanings: MAPPED_FIELDS
	};
};

export const actions: Actions = {
	confirm: async ({ request, params, locals }) => {
		const user = requireRole('hr');
		const { t } = i18n(locals.locale);
		const parsed = parseForm(orgForms(t.serverMessages).importMapping, await request.formData(), [
			'field'
		]);
		if (!parsed.ok) {
			return fail(400, { message: Object.values(parsed.errors)[0] ?? t.importMapping.checkForm });
		}
		const outcome = await confirmImportMapping(
			getDb(),
			{
				importId: params.id,
				actorId: user.id,
				preset: parsed.data.preset,
				fields: parsed.data.field
			},
			t
		);
		if (outcome.status === 'invalid') {
			return fail(400, { message: outcome.message, fields: parsed.data.field });
		}
		if (outcome.status === 'gone') {
			return fail(410, { message: t.importMapping.gone });
		}
		redirect(303, `/org/import/${params.id}`);
	}
};
