import { error, redirect } from '@sveltejs/kit';
import { getIdentitySettings } from '$lib/server/auth/identity-settings';
import { beginSignIn, providerConfiguration } from '$lib/server/auth/oidc';
import { setPendingSignIn } from '$lib/server/auth/oidc-cookie';
import { getDb } from '$lib/server/db';
import { safeNextPath } from '$lib/server/http/forms';
import { readerWords } from '$lib/server/http/reader-words';
import type { RequestHandler } from './$types';

/** Sends the browser to the organisation's identity provider, remembering state, nonce and verifier. */
export const GET: RequestHandler = async ({ url, cookies }) => {
	const { provider } = await getIdentitySettings(getDb());
	const words = readerWords().signIn;
	if (!provider) error(404, { code: 'not_found', message: words.notSetUp });
	let configuration;
	try {
		configuration = await providerConfiguration(provider);
	} catch {
		error(502, {
			code: 'provider_unreachable',
			message: words.unreachable(provider.displayName)
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
