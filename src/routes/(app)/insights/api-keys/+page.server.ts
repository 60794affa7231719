import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { API_SCOPES, isApiScope } from '$lib/domain/api-scopes';
import { isUuid } from '$lib/domain/ids';
import { hasControlCharacters } from '$lib/domain/org-fields';
import { requireRole } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { parseForm } from '$lib/server/http/forms';
import { createApiKey, listApiKeys, revokeApiKey } from '$lib/server/auth/api-keys';
import type { Actions, PageServerLoad } from './$types';

const newKey = z.object({
	name: z
		.string()
		.trim()
		.min(1, 'Name the key after the system that will use it.')
		.max(100, 'At most 100 characters.')
		.refine(
			(s) => !hasControlCharacters(s),
			'The name contains a line break or a control character.'
		),
	scopes: z
		.array(z.string().refine(isApiScope, 'Unknown scope.'))
		.min(1, 'Choose at least one thing the key may do.')
});

export const load: PageServerLoad = async () => {
	requireRole('hr');
	return { keys: await listApiKeys(getDb()), scopes: API_SCOPES };
};

export const actions: Actions = {
	create: async ({ request }) => {
		const user = requireRole('hr');
		const parsed = parseForm(newKey, await request.formData(), ['scopes']);
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
	revoke: async ({ request }) => {
		const user = requireRole('hr');
		const id = (await request.formData()).get('id');
		if (!isUuid(id)) return fail(400, { revoke: { message: 'There is no such key.' } });
		const revoked = await revokeApiKey(getDb(), id, user.id);
		return revoked
			? { revoked: true }
			: fail(404, { revoke: { message: 'That key is already revoked.' } });
	}
};
