import { error, fail } from '@sveltejs/kit';
import { z } from 'zod';
import { HOUR_MS } from '$lib/domain/dates';
import { PASSWORD_MAX_LENGTH } from '$lib/domain/password-policy';
import { passwordProblemText } from '$lib/server/auth/password-text';
import { i18n, isSupportedLocale, languageChoices, type Messages } from '$lib/i18n';
import {
	changeOwnLanguage,
	changeOwnPassword,
	type PasswordChangeProblem
} from '$lib/server/auth/account';
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

function passwordForm(t: Messages) {
	return z
		.object({
			currentPassword: z
				.string({ error: t.account.enterCurrent })
				.min(1, t.account.enterCurrent)
				.max(PASSWORD_MAX_LENGTH, t.password.notCurrent),
			newPassword: z
				.string({ error: t.account.chooseNew })
				.min(1, t.account.chooseNew)
				.max(PASSWORD_MAX_LENGTH, t.password.problems.too_long(PASSWORD_MAX_LENGTH)),
			confirm: z.string().default('')
		})
		.refine((f) => f.newPassword === f.confirm, { path: ['confirm'], message: t.account.notSame });
}

function passwordChangeText(t: Messages, problem: PasswordChangeProblem, minutes: number) {
	if (problem === 'not_current') return t.password.notCurrent;
	if (problem === 'throttled') return t.password.throttled(minutes);
	return passwordProblemText(t, problem);
}

/** The session of the signed-in person (only an API key has none, and never reaches here). */
function currentSession(locals: App.Locals) {
	if (!locals.session) {
		error(401, { code: 'unauthenticated', message: i18n(locals.locale).t.account.signInAgain });
	}
	return locals.session;
}

export const load: PageServerLoad = async ({ locals }) => {
	const user = requireUser();
	const session = currentSession(locals);
	return {
		email: user.email,
		language: locals.locale,
		languages: languageChoices(),
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
	setLanguage: async ({ locals, request }) => {
		const user = requireUser();
		currentSession(locals);
		const asked = (await request.formData().catch(() => null))?.get('locale');
		if (!isSupportedLocale(asked)) {
			const errors: FieldErrors = { locale: i18n(locals.locale).t.account.languageUnknown };
			return fail(400, { setLanguage: { errors, saved: false } });
		}
		await changeOwnLanguage(getDb(), user, asked);
		// The page that answers is already in the new language.
		locals.locale = asked;
		return { setLanguage: { errors: {} as FieldErrors, saved: true } };
	},
	changePassword: async (event) => {
		const user = requireUser();
		const session = currentSession(event.locals);
		const { t } = i18n(event.locals.locale);
		const parsed = parseForm(passwordForm(t), await event.request.formData());
		if (!parsed.ok) return fail(400, { changePassword: { errors: parsed.errors, ended: null } });
		const result = await changeOwnPassword(getDb(), {
			person: user,
			sessionId: session.id,
			client: clientAddress(event),
			currentPassword: parsed.data.currentPassword,
			newPassword: parsed.data.newPassword
		});
		if (!result.ok) {
			const errors: FieldErrors = {
				[result.field]: passwordChangeText(t, result.problem, result.minutes)
			};
			return fail(400, { changePassword: { errors, ended: null } });
		}
		const errors: FieldErrors = {};
		return { changePassword: { errors, ended: result.endedSessions } };
	}
};
