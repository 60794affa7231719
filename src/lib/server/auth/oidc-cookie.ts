import type { Cookies } from '@sveltejs/kit';
import type { PendingSignIn } from './oidc';
import { sign, verifySigned } from './secret-box';

const NAME = 'rapport_oidc';
const PURPOSE = 'oidc-pending';
const PATH = '/login/sso';
const LIFETIME_SECONDS = 10 * 60;

function options(url: URL) {
	// Lax: the provider sends the browser back with a top-level GET, which carries it.
	return {
		path: PATH,
		httpOnly: true,
		sameSite: 'lax' as const,
		secure: url.protocol === 'https:'
	};
}

export function setPendingSignIn(
	cookies: Cookies,
	url: URL,
	pending: PendingSignIn,
	now = Date.now()
) {
	const value = Buffer.from(
		JSON.stringify({ ...pending, exp: now + LIFETIME_SECONDS * 1000 })
	).toString('base64url');
	cookies.set(NAME, sign(value, PURPOSE), { ...options(url), maxAge: LIFETIME_SECONDS });
}

/** The pending sign-in, once: the cookie is deleted as it is read. Null when missing, altered or old. */
export function takePendingSignIn(
	cookies: Cookies,
	url: URL,
	now = Date.now()
): PendingSignIn | null {
	const raw = cookies.get(NAME);
	cookies.delete(NAME, options(url));
	const value = raw ? verifySigned(raw, PURPOSE) : null;
	if (!value) return null;
	try {
		const parsed = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
		const fields = [parsed.state, parsed.nonce, parsed.verifier, parsed.next];
		if (!fields.every((f) => typeof f === 'string') || typeof parsed.exp !== 'number') return null;
		if (parsed.exp < now) return null;
		return {
			state: parsed.state,
			nonce: parsed.nonce,
			verifier: parsed.verifier,
			next: parsed.next
		};
	} catch {
		return null;
	}
}
