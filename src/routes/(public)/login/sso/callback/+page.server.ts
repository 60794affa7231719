import { error, redirect } from '@sveltejs/kit';
import { setSessionCookie } from '$lib/server/auth/cookie';
import { getIdentitySettings } from '$lib/server/auth/identity-settings';
import { finishSignIn, OidcFailure, providerConfiguration } from '$lib/server/auth/oidc';
import { takePendingSignIn } from '$lib/server/auth/oidc-cookie';
import { signInWithIdentity } from '$lib/server/auth/sso-sign-in';
import { getDb } from '$lib/server/db';
import { signInProblem } from '$lib/domain/sso-problems';
import { readerWords } from '$lib/server/http/reader-words';
import type { PageServerLoad } from './$types';

/** Where the provider sends people back: every refusal ends on the error page with its reason. */
export const load: PageServerLoad = async ({ url, cookies }) => {
	const pending = takePendingSignIn(cookies, url);
	const db = getDb();
	const settings = await getIdentitySettings(db);
	const words = readerWords().signIn;
	if (!settings.provider) error(404, { code: 'not_found', message: words.notSetUp });
	let identity;
	try {
		identity = await finishSignIn(await providerConfiguration(settings.provider), url, pending);
	} catch (err) {
		const reason = err instanceof OidcFailure ? err.reason : 'unreachable';
		const detail = err instanceof OidcFailure ? err.providerMessage : null;
		const problem = signInProblem(reason, settings.provider.displayName, detail, words);
		error(problem.status, { code: reason, message: problem.message });
	}
	const result = await signInWithIdentity(db, settings, identity);
	if (!result.ok) {
		const problem = signInProblem(
			result.reason,
			settings.provider.displayName,
			identity.email,
			words
		);
		error(problem.status, { code: result.reason, message: problem.message });
	}
	setSessionCookie(cookies, url, result.token, result.expiresAt);
	redirect(303, pending?.next ?? '/');
};
