import { error, fail } from '@sveltejs/kit';
import { z } from 'zod';
import { HOUR_MS } from '$lib/domain/dates';
import { PASSWORD_MAX_LENGTH } from '$lib/domain/password-policy';
import { changeOwnPassword } from '$lib/server/auth/account';
import { requireUser } from '$lib/server/auth/guards';
import {
	countOtherSessions,
	invalidateOtherSessions,
	sessionIdleMs
} from '$lib/server/auth/session';
import { getDb } from '$lib/server/db';
import { clientAddress } from '$lib/server/http/client-address';
import { parseForm, type FieldErrors } from '$lib/server/http/forms';
import type { Actions, PageServerLoad } from './$types';

const passwordForm = z
	.object({
		currentPassword: z
			.string({ error: 'Enter your current password.' })
			.min(1, 'Enter your current password.')
			.max(PASSWORD_MAX_LENGTH, 'That is not your current password.'),
		newPassword: z
			.string({ error: 'Choose a new password.' })
			.min(1, 'Choose a new password.')
			.max(PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters.`),
		confirm: z.string().default('')
	})
	.refine((f) => f.newPassword === f.confirm, {
		path: ['confirm'],
		message: 'The two new passwords are not the same.'
	});

/** The session of the signed-in person (only an API key has none, and never reaches here). */
function currentSession(locals: App.Locals) {
	if (!locals.session) error(401, { code: 'unauthenticated', message: 'Sign in again.' });
	return locals.session;
}

export const load: PageServerLoad = async ({ locals }) => {
	const user = requireUser();
	const session = currentSession(locals);
	return {
		email: user.email,
		otherSessions: await countOtherSessions(getDb(), user.id, session.id),
		idleHours: sessionIdleMs() / HOUR_MS
	};
};

export const actions: Actions = {
	signOutOthers: async ({ locals }) => {
		const user = requireUser();
		const session = currentSession(locals);
		const ended = await invalidateOtherSessions(getDb(), user.id, session.id);
		return { signOutOthers: { ended } };
	},
	changePassword: async (event) => {
		const user = requireUser();
		const session = currentSession(event.locals);
		const parsed = parseForm(passwordForm, await event.request.formData());
		if (!parsed.ok) return fail(400, { changePassword: { errors: parsed.errors, ended: null } });
		const result = await changeOwnPassword(getDb(), {
			person: user,
			sessionId: session.id,
			client: clientAddress(event),
			currentPassword: parsed.data.currentPassword,
			newPassword: parsed.data.newPassword
		});
		if (!result.ok) {
			const errors: FieldErrors = { [result.field]: result.message };
			return fail(400, { changePassword: { errors, ended: null } });
		}
		const errors: FieldErrors = {};
		return { changePassword: { errors, ended: result.endedSessions } };
	}
};
