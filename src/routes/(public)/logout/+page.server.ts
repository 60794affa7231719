import { redirect } from '@sveltejs/kit';
import { deleteSessionCookie } from '$lib/server/auth/cookie';
import { getIdentitySettings } from '$lib/server/auth/identity-settings';
import { endSessionUrl, providerConfiguration } from '$lib/server/auth/oidc';
import { invalidateSession } from '$lib/server/auth/session';
import { ssoIdToken } from '$lib/server/auth/sso-sign-in';
import { getDb } from '$lib/server/db';
import type { Actions, PageServerLoad } from './$types';

// Signing out changes state, so it is a POST; a plain visit by someone signed in just goes home.
export const load: PageServerLoad = async ({ locals }) => {
	if (locals.user) redirect(303, '/');
	return {};
};

export const actions: Actions = {
	default: async ({ locals, cookies, url }) => {
		const db = getDb();
		const session = locals.session;
		const idToken = session ? await ssoIdToken(db, session.id) : null;
		if (session) await invalidateSession(db, session.id);
		deleteSessionCookie(cookies, url);
		locals.user = null;
		locals.session = null;
		const providerSignOut = idToken
			? await providerSignOutUrl(idToken, `${url.origin}/login`)
			: null;
		// A form's redirect may only stay on this site (CSP form-action), so the provider's sign-out
		// is a page of ours that moves on to it.
		if (!providerSignOut) redirect(303, '/login');
		return { providerSignOut: providerSignOut.href };
	}
};

async function providerSignOutUrl(idToken: string, backTo: string): Promise<URL | null> {
	const { provider } = await getIdentitySettings(getDb());
	if (!provider) return null;
	try {
		return endSessionUrl(await providerConfiguration(provider), idToken, backTo);
	} catch {
		return null;
	}
}
