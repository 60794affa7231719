import type { Handle } from '@sveltejs/kit';
import { getRequestEvent } from '$app/server';
import type { Kysely } from 'kysely';
import { sign, verifySigned } from '../auth/secret-box';
import { getDb, getReplicas } from './index';
import type { Database } from './schema';

// Read your own writes. A replica may serve reads up to DATABASE_READ_MAX_LAG_SECONDS behind the
// primary, so after a person changed something, their reads go to the primary for that long
// (plus one health-check interval, the longest a replica's lag goes unmeasured). The mark is a
// signed cookie that carries its own end: any instance can read it without a shared store or a
// write to the session row, it serves people without a session (an invitation link), and the
// browser cannot stretch it. A client that keeps no cookies (an API key) reads from a replica.

const COOKIE = 'rapport_own_writes';
const PURPOSE = 'read-own-writes';
const SECOND_MS = 1000;
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The database handle for this request's reads that may be a few seconds stale (dashboards, the
 * read API, exports, insights): a healthy read replica, or the primary when there is none, when
 * the request itself writes, or when the person wrote a moment ago.
 */
export function getReadDb(): Kysely<Database> {
	const replicas = getReplicas();
	if (!replicas || mustSeeOwnWrites()) return getDb();
	return replicas.db;
}

function mustSeeOwnWrites(now = Date.now()): boolean {
	let event;
	try {
		event = getRequestEvent();
	} catch {
		return true; // outside a request (a job, a script): nothing to gain from staleness
	}
	if (!SAFE_METHODS.has(event.request.method)) return true;
	const raw = event.cookies.get(COOKIE);
	const until = raw ? Number(verifySigned(raw, PURPOSE)) : 0;
	return Number.isFinite(until) && until > now;
}

function ownWritesWindowSeconds(): number | null {
	const replicas = getReplicas();
	if (!replicas) return null;
	const { maxLagSeconds, checkIntervalSeconds } = replicas.config;
	return Math.ceil(maxLagSeconds + checkIntervalSeconds);
}

/** The Set-Cookie line that marks a sender of writes, or null without replicas. */
export function ownWritesCookie(url: URL): string | null {
	const seconds = ownWritesWindowSeconds();
	if (seconds === null) return null;
	const value = sign(String(Date.now() + seconds * SECOND_MS), PURPOSE);
	const secure = url.protocol === 'https:' ? '; Secure' : '';
	return `${COOKIE}=${value}; Path=/; Max-Age=${seconds}; HttpOnly; SameSite=Lax${secure}`;
}

/** After a request that changed something (not GET, answered below 400), marks its sender. */
export const markOwnWrites: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	if (SAFE_METHODS.has(event.request.method) || response.status >= 400) return response;
	const cookie = ownWritesCookie(event.url);
	if (cookie === null) return response;
	try {
		response.headers.append('set-cookie', cookie);
		return response;
	} catch {
		// Some responses (a fetch's, Response.redirect) have immutable headers: copy them.
		const copy = new Response(response.body, response);
		copy.headers.append('set-cookie', cookie);
		return copy;
	}
};
