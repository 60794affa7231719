import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { getRequestEvent } from '$app/server';
import { isUuid } from '../../domain/ids';
import { getDb } from '../db';
import type { Role } from '../db/schema';
import type { ApiScope } from '../../domain/api-scopes';
import { isWithinSubtrees } from '../org/departments';
import { sessionCookieName } from './cookie';
import { readSessionUser, type SessionUser } from './session';
import { readerWords } from '../http/reader-words';

export type { ApiScope };

/**
 * Who is calling an endpoint that integrations may use: a signed-in person (the endpoint then
 * decides by their role) or an API key holding the scope asked for. A key reads as HR would,
 * still through the privacy gate.
 */
export type ApiCaller =
	| { kind: 'user'; user: SessionUser }
	| { kind: 'key'; keyId: string; name: string; scopes: readonly ApiScope[] };

/**
 * What a guard reads of a request. Each guard takes it from SvelteKit's request store unless it
 * is given one, so that tests (and code outside a request) can call guards with an explicit event.
 */
export type GuardEvent = Pick<RequestEvent, 'locals' | 'url' | 'route'>;

function isApiRequest({ route, url }: GuardEvent): boolean {
	return route.id?.startsWith('/api/') ?? url.pathname.startsWith('/api/');
}

function redirectToSignIn(next: string): never {
	redirect(303, `/login?next=${encodeURIComponent(next)}`);
}

/** The signed-in person; pages redirect to sign-in, the API answers 401. */
export function requireUser(event: GuardEvent = getRequestEvent()): SessionUser {
	const user = event.locals.user;
	if (user) return user;
	if (isApiRequest(event)) {
		if (event.locals.apiKey) {
			error(403, {
				code: 'insufficient_scope',
				message: 'This endpoint is for signed-in people; API keys cannot use it.'
			});
		}
		error(401, { code: 'unauthenticated', message: 'Sign in or send a valid API key.' });
	}
	redirectToSignIn(event.url.pathname + event.url.search);
}

/**
 * The signed-in person, for the survey's own actions, where authentication leaves `locals.user`
 * unset: the session is read but neither renewed nor written in any way. Redirects to sign-in.
 */
export async function requireUserWithoutRenewal(): Promise<SessionUser> {
	const { cookies, url } = getRequestEvent();
	const token = cookies.get(sessionCookieName(url));
	const user = token ? await readSessionUser(getDb(), token) : null;
	// Back to the page, not to its action (`?/start`), which a GET cannot run.
	if (!user) redirectToSignIn(url.pathname);
	return user;
}

export function requireRole(role: Role, event: GuardEvent = getRequestEvent()): SessionUser {
	const user = requireUser(event);
	if (user.role !== role) {
		error(403, { code: 'forbidden', message: readerWords(event).access.noAccessPage });
	}
	return user;
}

/** HR, or the head of this department or of one of its ancestors. */
export async function requireDepartment(
	departmentId: string,
	event: GuardEvent = getRequestEvent()
): Promise<SessionUser> {
	const user = requireUser(event);
	if (!isUuid(departmentId)) {
		error(404, { code: 'not_found', message: readerWords(event).access.noSuchDepartment });
	}
	if (user.role === 'hr') return user;
	if (await isWithinSubtrees(getDb(), departmentId, user.headOf)) return user;
	error(403, { code: 'forbidden', message: readerWords(event).access.noAccessDepartment });
}

/** The API key of a SCIM client, holding the `scim` scope; sessions never reach SCIM. */
export function requireScimCaller(event: GuardEvent = getRequestEvent()): {
	keyId: string;
	name: string;
} {
	const key = event.locals.apiKey;
	if (!key)
		error(401, { code: 'unauthenticated', message: 'Send an API key with the "scim" scope.' });
	if (!key.scopes.includes('scim')) {
		error(403, {
			code: 'insufficient_scope',
			message: 'This API key does not have the scope "scim".'
		});
	}
	return { keyId: key.keyId, name: key.name };
}

/** A signed-in person, or an API key with `scope`; 401 without credentials, 403 without the scope. */
export function requireApiCaller(
	scope: ApiScope,
	event: GuardEvent = getRequestEvent()
): ApiCaller {
	const { locals } = event;
	const key = locals.apiKey;
	if (key) {
		if (key.scopes.includes(scope)) return { kind: 'key', ...key };
		error(403, {
			code: 'insufficient_scope',
			message: `This API key does not have the scope "${scope}".`
		});
	}
	if (locals.user) return { kind: 'user', user: locals.user };
	error(401, { code: 'unauthenticated', message: 'Sign in or send a valid API key.' });
}
