import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { PASSWORD_MAX_LENGTH } from '$lib/domain/password-policy';
import { setSessionCookie } from '$lib/server/auth/cookie';
import { createSession, generateSessionToken } from '$lib/server/auth/session';
import { getDb } from '$lib/server/db';
import { parseForm, type FieldErrors } from '$lib/server/http/forms';
import { findPasswordResetLink, resetPasswordWithLink } from '$lib/server/org/password-reset';
import { i18n, type Messages } from '$lib/i18n';
import { passwordProblemText } from '$lib/server/auth/password-text';
import type { Actions, PageServerLoad } from './$types';

const resetForm = (t: Messages) =>
	z
		.object({
			password: z
				.string({ error: t.auth.choosePassword })
				.min(1, t.auth.choosePassword)
				.max(PASSWORD_MAX_LENGTH, t.password.problems.too_long(PASSWORD_MAX_LENGTH)),
			confirm: z.string().default('')
		})
		.refine((f) => f.password === f.confirm, {
			path: ['confirm'],
			message: t.auth.passwordsDiffer
		});

// A public page: the link itself is the credential. It is never cached, and like every page it is
// sent with Referrer-Policy: same-origin, so the token never reaches another site.
export const load: PageServerLoad = async ({ params, setHeaders }) => {
	setHeaders({ 'cache-control': 'no-store' });
	const holder = await findPasswordResetLink(getDb(), params.token);
	return { holder: holder ? { name: holder.name, email: holder.email } : null };
};

export const actions: Actions = {
	default: async ({ request, params, cookies, url, locals }) => {
		const { t } = i18n(locals.locale);
		const parsed = parseForm(resetForm(t), await request.formData());
		if (!parsed.ok) return fail(400, { invalid: false, errors: parsed.errors });
		const db = getDb();
		const result = await resetPasswordWithLink(db, params.token, parsed.data.password);
		if (!result.ok) {
			const errors: FieldErrors =
				result.reason === 'password' ? { password: passwordProblemText(t, result.problem) } : {};
			return fail(result.reason === 'invalid' ? 410 : 400, {
				invalid: result.reason === 'invalid',
				errors
			});
		}
		const token = generateSessionToken();
		const session = await createSession(db, token, result.personId);
		setSessionCookie(cookies, url, token, session.expiresAt);
		redirect(303, '/');
	}
};
