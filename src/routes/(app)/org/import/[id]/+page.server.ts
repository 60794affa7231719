import { error, fail, redirect } from '@sveltejs/kit';
import { requireRole } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { parseForm } from '$lib/server/http/forms';
import { orgForms } from '$lib/server/org/forms';
import { chooseImportHeads } from '$lib/server/org/import/import-mappings';
import { applyImport, discardImport, getImport } from '$lib/server/org/import/imports';
import { i18n } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
	requireRole('hr');
	const staged = await getImport(getDb(), params.id);
	if (!staged) error(404, { message: i18n(locals.locale).t.importMapping.notFound });
	const open = staged.status === 'previewed' && !staged.expired;
	if (open && staged.mapping && !staged.mappingConfirmed) {
		redirect(303, `/org/import/${staged.id}/mapping`);
	}
	const { counts } = staged.preview;
	return {
		item: staged,
		canRemap: open && staged.mapping !== null,
		changesSomething:
			counts.newDepartments + counts.departmentMoves + counts.created + counts.updated > 0,
		canApply: open && staged.mappingConfirmed && staged.preview.problemCount === 0
	};
};

export const actions: Actions = {
	apply: async ({ request, params, locals }) => {
		const user = requireRole('hr');
		const { t } = i18n(locals.locale);
		const w = t.serverMessages.orgImport;
		const parsed = parseForm(orgForms(t.serverMessages).applyImport, await request.formData());
		const deactivateMissing = parsed.ok && parsed.data.deactivateMissing;
		let outcome;
		try {
			outcome = await applyImport(
				getDb(),
				{ importId: params.id, actorId: user.id, deactivateMissing },
				t
			);
		} catch (err) {
			const reference = crypto.randomUUID();
			console.error(`error ${reference}: applying import ${params.id} failed:`, err);
			return fail(500, { message: w.failed(reference) });
		}
		switch (outcome.status) {
			case 'applied':
				redirect(303, `/org/import/${params.id}`);
				break;
			case 'stale':
				return fail(409, { message: w.stale });
			case 'invalid':
				return fail(400, { message: w.invalid });
			case 'unconfirmed':
				return fail(409, { message: w.unconfirmed });
			case 'conflict':
				return fail(409, { message: w.conflict });
			case 'gone':
				return fail(410, {
					message: outcome.reason === 'not_found' ? t.importMapping.notFound : w[outcome.reason]
				});
		}
	},
	heads: async ({ request, params, locals }) => {
		const user = requireRole('hr');
		const { t } = i18n(locals.locale);
		const parsed = parseForm(orgForms(t.serverMessages).importHeads, await request.formData(), [
			'department',
			'head'
		]);
		if (!parsed.ok) {
			return fail(400, { message: Object.values(parsed.errors)[0] ?? t.importMapping.checkForm });
		}
		const choices: Record<string, string> = {};
		parsed.data.department.forEach((key, i) => (choices[key] = parsed.data.head[i].trim()));
		const outcome = await chooseImportHeads(
			getDb(),
			{ importId: params.id, actorId: user.id, choices },
			t
		);
		if (outcome.status !== 'saved') {
			return fail(410, { message: t.serverMessages.orgImport.cannotChange });
		}
		redirect(303, `/org/import/${params.id}#heads-heading`);
	},
	discard: async ({ params }) => {
		requireRole('hr');
		await discardImport(getDb(), params.id);
		redirect(303, '/org/import');
	}
};
