import { error, fail, redirect } from '@sveltejs/kit';
import { requireRole } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { parseForm } from '$lib/server/http/forms';
import { orgForms } from '$lib/server/org/forms';
import { chooseImportHeads } from '$lib/server/org/import/import-mappings';
import { applyImport, discardImport, getImport } from '$lib/server/org/import/imports';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	requireRole('hr');
	const staged = await getImport(getDb(), params.id);
	if (!staged) error(404, { message: 'There is no such import.' });
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

const GONE: Record<string, string> = {
	not_found: 'There is no such import.',
	applied: 'This import has been applied already.',
	discarded: 'This import was discarded. Upload the file again.',
	expired: 'This preview is more than a day old. Upload the file again for a fresh one.'
};

export const actions: Actions = {
	apply: async ({ request, params }) => {
		const user = requireRole('hr');
		const parsed = parseForm(orgForms().applyImport, await request.formData());
		const deactivateMissing = parsed.ok && parsed.data.deactivateMissing;
		let outcome;
		try {
			outcome = await applyImport(getDb(), {
				importId: params.id,
				actorId: user.id,
				deactivateMissing
			});
		} catch (err) {
			const reference = crypto.randomUUID();
			console.error(`error ${reference}: applying import ${params.id} failed:`, err);
			return fail(500, {
				message: `The import could not be applied, and nothing was changed (reference ${reference}).`
			});
		}
		switch (outcome.status) {
			case 'applied':
				redirect(303, `/org/import/${params.id}`);
				break;
			case 'stale':
				return fail(409, {
					message:
						'The organisation changed since this preview was made. The preview below is up to date now: check it and apply again.'
				});
			case 'invalid':
				return fail(400, { message: 'The file has problems: fix them and upload it again.' });
			case 'unconfirmed':
				return fail(409, { message: 'Confirm what the file’s columns mean first.' });
			case 'conflict':
				return fail(409, {
					message:
						'Someone changed the organisation while the import ran. Nothing was changed: apply again.'
				});
			case 'gone':
				return fail(410, { message: GONE[outcome.reason] });
		}
	},
	heads: async ({ request, params }) => {
		const user = requireRole('hr');
		const parsed = parseForm(orgForms().importHeads, await request.formData(), [
			'department',
			'head'
		]);
		if (!parsed.ok) {
			return fail(400, { message: Object.values(parsed.errors)[0] ?? 'Check the form.' });
		}
		const choices: Record<string, string> = {};
		parsed.data.department.forEach((key, i) => (choices[key] = parsed.data.head[i].trim()));
		const outcome = await chooseImportHeads(getDb(), {
			importId: params.id,
			actorId: user.id,
			choices
		});
		if (outcome.status !== 'saved') {
			return fail(410, { message: 'This upload can no longer be changed.' });
		}
		redirect(303, `/org/import/${params.id}#heads-heading`);
	},
	discard: async ({ params }) => {
		requireRole('hr');
		await discardImport(getDb(), params.id);
		redirect(303, '/org/import');
	}
};
