import { error, redirect } from '@sveltejs/kit';
import { getIdentitySettings } from '$lib/server/auth/identity-settings';
import { beginSignIn, providerConfiguration } from '$lib/server/auth/oidc';
import { setPendingSignIn } from '$lib/server/auth/oidc-cookie';
import { getDb } from '$lib/server/db';
import { safeNextPath } from '$lib/server/http/forms';
import type { RequestHandler } from './$types';

/** Sends the browser to the organisation's identity provider, remembering state, nonce and verifier. */
export const GET: RequestHandler = async ({ url, cookies }) => {
	const { provider } = await getIdentitySettings(getDb());
	if (!provider) error(404, { code: 'not_found', message: 'Single sign-on is not set up here.' });
	let configuration;
	try {
		configuration = await providerConfiguration(provider);
	} catch {
		error(502, {
			code: 'provider_unreachable',
			message: `Rapport could not reach ${provider.displayName}. Try again in a moment, or tell your HR team.`
		});
	}
	const next = safeNextPath(url.searchParams.get('next'));
	const { url: target, pending } = await beginSignIn(
		configuration,
		`${url.origin}/login/sso/callback`,
		next
	);
	setPendingSignIn(cookies, url, pending);
	redirect(303, target.href);
};
