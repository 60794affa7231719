import { json, type Handle, type RequestEvent } from '@sveltejs/kit';
import { getDb } from '../db';
import { authenticateApiKey } from './api-keys';
import { isScimPath, scimError } from '../scim/http';
import { deleteSessionCookie, sessionCookieName, setSessionCookie } from './cookie';
import { validateSessionToken } from './session';

const BEARER = /^Bearer[ \t]+(\S+)[ \t]*$/i;

/**
 * Always sets `locals.user`, `locals.session` and `locals.apiKey`, null when absent. On the API an
 * `Authorization: Bearer <key>` header takes the place of the session cookie; an unknown or
 * revoked key is refused here, before any endpoint runs. Survey pages are left signed out.
 */
export const authenticate: Handle = async ({ event, resolve }) => {
	event.locals.user = null;
	event.locals.session = null;
	event.locals.apiKey = null;
	const authorization = event.request.headers.get('authorization');
	if (authorization !== null && event.url.pathname.startsWith('/api/')) {
		const key = BEARER.exec(authorization)?.[1];
		const caller = key ? await authenticateApiKey(getDb(), key) : null;
		if (!caller) return invalidApiKey();
		event.locals.apiKey = caller;
		return resolve(event);
	}
	// Provisioning clients hold keys, never sessions: the cookie is not read there.
	if (isScimPath(event.url)) {
		const key = authorization === null ? undefined : BEARER.exec(authorization)?.[1];
		const caller = key ? await authenticateApiKey(getDb(), key) : null;
		if (!caller) return scimError(401, INVALID_KEY_MESSAGE, { 'www-authenticate': 'Bearer' });
		event.locals.apiKey = caller;
		return resolve(event);
	}
	if (!isSurveyPath(event.url)) await authenticateSession(event);
	return resolve(event);
};

/**
 * The invitation and survey pages (and anything under them, found or not) never read or renew
 * the session: a renewed expiry, minus the session's lifetime, would be the time someone opened
 * or started a survey. The one action there that needs the person reads the session itself,
 * without renewing it (`requireUserWithoutRenewal`).
 */
export function isSurveyPath(url: URL): boolean {
	return /^\/(s|survey)(\/|$)/.test(url.pathname);
}

async function authenticateSession(event: RequestEvent): Promise<void> {
	const token = event.cookies.get(sessionCookieName(event.url)) ?? null;
	if (!token) return;
	const { session, user } = await validateSessionToken(getDb(), token);
	if (session) setSessionCookie(event.cookies, event.url, token, session.expiresAt);
	else deleteSessionCookie(event.cookies, event.url);
	event.locals.session = session;
	event.locals.user = user;
}

const INVALID_KEY_MESSAGE =
	'The API key is unknown or has been revoked. Send `Authorization: Bearer <key>`.';

function invalidApiKey(): Response {
	return json(
		{
			error: {
				code: 'invalid_api_key',
				message: INVALID_KEY_MESSAGE
			}
		},
		{ status: 401, headers: { 'www-authenticate': 'Bearer error="invalid_token"' } }
	);
}
