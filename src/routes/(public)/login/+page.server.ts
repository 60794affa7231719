import { fail, redirect } from '@sveltejs/kit';
import { setSessionCookie } from '$lib/server/auth/cookie';
import { signInForm } from '$lib/server/auth/forms';
import { createSession, generateSessionToken } from '$lib/server/auth/session';
import { getIdentitySettings } from '$lib/server/auth/identity-settings';
import { checkCredentials } from '$lib/server/auth/sign-in';
import { passwordAllowedFor } from '$lib/server/auth/sso-sign-in';
import { getDb } from '$lib/server/db';
import { clientAddress } from '$lib/server/http/client-address';
import { parseForm, safeNextPath, type FieldErrors } from '$lib/server/http/forms';
import { hasActiveHr } from '$lib/server/org/people';
import { i18n, type Messages } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	if (locals.user) redirect(303, safeNextPath(url.searchParams.get('next')));
	if (!(await hasActiveHr(getDb()))) redirect(303, '/setup');
	const { provider, ssoOnly } = await getIdentitySettings(getDb());
	return {
		next: safeNextPath(url.searchParams.get('next')),
		sso: provider ? { displayName: provider.displayName } : null,
		ssoOnly
	};
};

export const actions: Actions = {
	default: async (event) => {
		const { request, cookies, url } = event;
		const { t } = i18n(event.locals.locale);
		const parsed = parseForm(signInForm(t.auth), await request.formData());
		if (!parsed.ok) {
			return fail(400, { email: parsed.values.email ?? '', errors: parsed.errors });
		}
		const { email, password, next } = parsed.data;
		const db = getDb();
		// With "SSO only" on, a password is not even checked, except the break-glass account's.
		if (!(await passwordAllowedFor(db, await getIdentitySettings(db), email))) {
			const message = t.auth.passwordOff;
			return fail(403, { email, errors: { form: message } as FieldErrors });
		}
		const result = await checkCredentials(db, email, password, clientAddress(event));
		if (!result.ok) {
			const message =
				result.reason === 'throttled'
					? t.auth.throttled(waitText(t.auth, result.retryAfterSeconds))
					: t.auth.incorrect;
			const errors: FieldErrors = { form: message };
			return fail(result.reason === 'throttled' ? 429 : 400, { email, errors });
		}
		const token = generateSessionToken();
		const session = await createSession(db, token, result.personId);
		setSessionCookie(cookies, url, token, session.expiresAt);
		redirect(303, safeNextPath(next));
	}
};

function waitText(t: Messages['auth'], seconds: number): string {
	return seconds < 60 ? t.seconds(seconds) : t.minutes(Math.ceil(seconds / 60));
}
