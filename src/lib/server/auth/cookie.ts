import type { Cookies } from '@sveltejs/kit';

const PLAIN_NAME = 'rapport_session';
// Over https the __Host- prefix pins the cookie to this host and path, Secure, no Domain.
const SECURE_NAME = '__Host-rapport_session';

export function sessionCookieName(url: URL): string {
	return url.protocol === 'https:' ? SECURE_NAME : PLAIN_NAME;
}

export function setSessionCookie(cookies: Cookies, url: URL, token: string, expiresAt: Date) {
	cookies.set(sessionCookieName(url), token, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: url.protocol === 'https:',
		expires: expiresAt
	});
}

export function deleteSessionCookie(cookies: Cookies, url: URL) {
	cookies.delete(sessionCookieName(url), {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: url.protocol === 'https:'
	});
}
