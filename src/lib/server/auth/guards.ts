import { error, redirect } from '@sveltejs/kit';
import { getRequestEvent } from '$app/server';
import { isUuid } from '../../domain/ids';
import { getDb } from '../db';
import type { Role } from '../db/schema';
import { isWithinSubtrees } from '../org/departments';
import type { SessionUser } from './session';

function isApiRequest(): boolean {
	const { route, url } = getRequestEvent();
	return route.id?.startsWith('/api/') ?? url.pathname.startsWith('/api/');
}

/** The signed-in person; pages redirect to sign-in, the API answers 401. */
export function requireUser(): SessionUser {
	const event = getRequestEvent();
	const user = event.locals.user;
	if (user) return user;
	if (isApiRequest()) {
		error(401, { code: 'unauthenticated', message: 'Sign in or send a valid API key.' });
	}
	const next = event.url.pathname + event.url.search;
	redirect(303, `/login?next=${encodeURIComponent(next)}`);
}

export function requireRole(role: Role): SessionUser {
	const user = requireUser();
	if (user.role !== role) {
		error(403, { code: 'forbidden', message: 'You do not have access to this page.' });
	}
	return user;
}

/** HR, or the head of this department or of one of its ancestors. */
export async function requireDepartment(departmentId: string): Promise<SessionUser> {
	const user = requireUser();
	if (!isUuid(departmentId)) {
		error(404, { code: 'not_found', message: 'There is no such department.' });
	}
	if (user.role === 'hr') return user;
	if (await isWithinSubtrees(getDb(), departmentId, user.headOf)) return user;
	error(403, { code: 'forbidden', message: 'You do not have access to this department.' });
}

/** For pages anyone signed in may see, and for the rare public route that reads the user. */
export function optionalUser(): SessionUser | null {
	return getRequestEvent().locals.user;
}
