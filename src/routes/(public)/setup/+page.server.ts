import { fail, redirect } from '@sveltejs/kit';
import { setSessionCookie } from '$lib/server/auth/cookie';
import { setupForm } from '$lib/server/auth/forms';
import { passwordProblem } from '$lib/server/auth/password';
import { passwordProblemText } from '$lib/server/auth/password-text';
import { i18n } from '$lib/i18n';
import { createSession, generateSessionToken } from '$lib/server/auth/session';
import { getDb } from '$lib/server/db';
import { parseForm } from '$lib/server/http/forms';
import { hasActiveHr } from '$lib/server/org/people';
import { createFirstHrAccount } from '$lib/server/org/setup';
import type { Actions, PageServerLoad } from './$types';

// Only reachable while the organisation has no HR account: the first one is made here.
export const load: PageServerLoad = async () => {
	if (await hasActiveHr(getDb())) redirect(303, '/login');
	return {};
};

export const actions: Actions = {
	default: async ({ request, cookies, url, locals }) => {
		const { t } = i18n(locals.locale);
		const parsed = parseForm(setupForm(t.auth), await request.formData());
		const values = parsed.ok ? parsed.data : parsed.values;
		const refill = {
			organisationName: values.organisationName,
			name: values.name,
			email: values.email
		};
		const errors = parsed.ok ? {} : { ...parsed.errors };
		if (parsed.ok) {
			const problem = passwordProblem(parsed.data.password, parsed.data);
			if (problem) errors.password = passwordProblemText(t, problem);
		}
		if (!parsed.ok || Object.keys(errors).length > 0) return fail(400, { ...refill, errors });

		const db = getDb();
		const result = await createFirstHrAccount(db, parsed.data);
		if (!result.ok) redirect(303, '/login');
		const token = generateSessionToken();
		const session = await createSession(db, token, result.person.id);
		setSessionCookie(cookies, url, token, session.expiresAt);
		redirect(303, '/');
	}
};
