import type { Handle } from '@sveltejs/kit';
import { getDb } from '../db';
import { deleteSessionCookie, sessionCookieName, setSessionCookie } from './cookie';
import { validateSessionToken } from './session';

/** Always sets `locals.user` and `locals.session`, null when signed out. */
export const authenticate: Handle = async ({ event, resolve }) => {
	const token = event.cookies.get(sessionCookieName(event.url)) ?? null;
	if (!token) {
		event.locals.user = null;
		event.locals.session = null;
		return resolve(event);
	}
	const { session, user } = await validateSessionToken(getDb(), token);
	if (session) setSessionCookie(event.cookies, event.url, token, session.expiresAt);
	else deleteSessionCookie(event.cookies, event.url);
	event.locals.session = session;
	event.locals.user = user;
	return resolve(event);
};
