import * as client from 'openid-client';
import type { OidcProvider } from './identity-settings';
import { MINUTE_MS } from '../../domain/dates';

// The provider's metadata and keys change rarely; a failed discovery is not remembered.
const CONFIGURATION_TTL_MS = 10 * MINUTE_MS;
const SCOPES = 'openid email profile';

const cache = new Map<string, { at: number; configuration: Promise<client.Configuration> }>();

function isLoopback(url: URL): boolean {
	return ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
}

/** The discovered provider, cached per issuer, client and secret. */
export function providerConfiguration(provider: OidcProvider, now = Date.now()) {
	const key = JSON.stringify([provider.issuer, provider.clientId, provider.clientSecret]);
	const hit = cache.get(key);
	if (hit && now - hit.at < CONFIGURATION_TTL_MS) return hit.configuration;
	const issuer = new URL(provider.issuer);
	const configuration = client.discovery(
		issuer,
		provider.clientId,
		provider.clientSecret ?? undefined,
		provider.clientSecret ? undefined : client.None(),
		// Plain http only for a provider on this machine (a development or test provider).
		issuer.protocol === 'http:' && isLoopback(issuer)
			? { execute: [client.allowInsecureRequests], timeout: 10 }
			: { timeout: 10 }
	);
	configuration.catch(() => cache.delete(key));
	cache.set(key, { at: now, configuration });
	return configuration;
}

/** What the browser keeps (signed) between leaving for the provider and coming back. */
export type PendingSignIn = { state: string; nonce: string; verifier: string; next: string };

export async function beginSignIn(
	configuration: client.Configuration,
	redirectUri: string,
	next: string
): Promise<{ url: URL; pending: PendingSignIn }> {
	const pending = {
		state: client.randomState(),
		nonce: client.randomNonce(),
		verifier: client.randomPKCECodeVerifier(),
		next
	};
	const url = client.buildAuthorizationUrl(configuration, {
		redirect_uri: redirectUri,
		scope: SCOPES,
		code_challenge: await client.calculatePKCECodeChallenge(pending.verifier),
		code_challenge_method: 'S256',
		state: pending.state,
		nonce: pending.nonce
	});
	return { url, pending };
}

export type SignInFailure =
	| 'provider_error'
	| 'state_mismatch'
	| 'nonce_mismatch'
	| 'expired'
	| 'token_rejected'
	| 'unreachable';

export class OidcFailure extends Error {
	constructor(
		readonly reason: SignInFailure,
		readonly providerMessage: string | null = null
	) {
		super(reason);
	}
}

export type VerifiedIdentity = {
	subject: string;
	email: string | null;
	emailVerified: boolean;
	name: string | null;
	locale: string | null;
	idToken: string;
};

function claimText(value: unknown): string | null {
	return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/**
 * Checks the provider's answer against what was sent (state, then the code exchanged with the
 * PKCE verifier, then the ID token's signature, issuer, audience and nonce) and reads who it is.
 */
export async function finishSignIn(
	configuration: client.Configuration,
	currentUrl: URL,
	pending: PendingSignIn | null
): Promise<VerifiedIdentity> {
	const error = currentUrl.searchParams.get('error');
	if (error) {
		const description = currentUrl.searchParams.get('error_description');
		throw new OidcFailure('provider_error', description ? `${error}: ${description}` : error);
	}
	if (!pending) throw new OidcFailure('expired');
	if (currentUrl.searchParams.get('state') !== pending.state) {
		throw new OidcFailure('state_mismatch');
	}
	let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
	try {
		tokens = await client.authorizationCodeGrant(configuration, currentUrl, {
			pkceCodeVerifier: pending.verifier,
			expectedState: pending.state,
			expectedNonce: pending.nonce,
			idTokenExpected: true
		});
	} catch (err) {
		throw classify(err);
	}
	const claims = tokens.claims();
	if (!claims || !tokens.id_token) throw new OidcFailure('token_rejected');
	const verified = claims.email_verified ?? claims.xms_edov;
	return {
		subject: claims.sub,
		email: claimText(claims.email),
		emailVerified: verified === true || verified === 'true',
		name: claimText(claims.name),
		locale: claimText(claims.locale),
		idToken: tokens.id_token
	};
}

function classify(err: unknown): OidcFailure {
	const e = err as {
		code?: string;
		message?: string;
		error?: string;
		error_description?: string;
		cause?: { message?: string };
	};
	// openid-client words the error generally and keeps the check that failed as its cause.
	const said = `${e.message ?? ''} ${e.cause?.message ?? ''}`;
	if (e.code === 'OAUTH_JWT_CLAIM_COMPARISON_FAILED' && /"nonce"/.test(said)) {
		return new OidcFailure('nonce_mismatch');
	}
	if (e.code === 'OAUTH_AUTHORIZATION_RESPONSE_ERROR' || e.code === 'OAUTH_RESPONSE_BODY_ERROR') {
		return new OidcFailure(
			'provider_error',
			[e.error, e.error_description].filter(Boolean).join(': ')
		);
	}
	if (err instanceof TypeError || e.code === 'ECONNREFUSED') return new OidcFailure('unreachable');
	return new OidcFailure('token_rejected');
}

/** The provider's sign-out address (RP-initiated logout), when it offers one. */
export function endSessionUrl(
	configuration: client.Configuration,
	idToken: string,
	postLogoutRedirectUri: string
): URL | null {
	if (!configuration.serverMetadata().end_session_endpoint) return null;
	return client.buildEndSessionUrl(configuration, {
		id_token_hint: idToken,
		post_logout_redirect_uri: postLogoutRedirectUri
	});
}
