import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { API_SCOPES, isApiScope } from '$lib/domain/api-scopes';
import { isUuid } from '$lib/domain/ids';
import { hasControlCharacters } from '$lib/domain/org-fields';
import { requireRole } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { parseForm } from '$lib/server/http/forms';
import { createApiKey, listApiKeys, revokeApiKey } from '$lib/server/auth/api-keys';
import { i18n, type Messages } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';

const MAX_NAME = 100;

const newKey = (t: Messages['insightsApiKeys']) =>
	z.object({
		name: z
			.string()
			.trim()
			.min(1, t.nameRequired)
			.max(MAX_NAME, t.nameTooLong(MAX_NAME))
			.refine((s) => !hasControlCharacters(s), t.nameControl),
		scopes: z.array(z.string().refine(isApiScope, t.unknownScope)).min(1, t.chooseScope)
	});

export const load: PageServerLoad = async () => {
	requireRole('hr');
	return { keys: await listApiKeys(getDb()), scopes: API_SCOPES };
};

export const actions: Actions = {
	create: async ({ request, locals }) => {
		const user = requireRole('hr');
		const { t } = i18n(locals.locale);
		const parsed = parseForm(newKey(t.insightsApiKeys), await request.formData(), ['scopes']);
		if (!parsed.ok)
			return fail(400, { create: { errors: parsed.errors, name: parsed.values.name ?? '' } });
		const scopes = parsed.data.scopes.filter(isApiScope);
		const { key } = await createApiKey(getDb(), {
			name: parsed.data.name,
			scopes,
			createdBy: user.id
		});
		// The key itself is in this answer only: it is not stored and cannot be shown again.
		return { created: { name: parsed.data.name, key } };
	},
	revoke: async ({ request, locals }) => {
		const user = requireRole('hr');
		const { t } = i18n(locals.locale);
		const id = (await request.formData()).get('id');
		if (!isUuid(id)) return fail(400, { revoke: { message: t.insightsApiKeys.noSuchKey } });
		const revoked = await revokeApiKey(getDb(), id, user.id);
		return revoked
			? { revoked: true }
			: fail(404, { revoke: { message: t.insightsApiKeys.alreadyRevoked } });
	}
};
