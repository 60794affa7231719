import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';
import type { Db } from '../db';
import type { Role } from '../db/schema';
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../../domain/dates';

export const SESSION_LIFETIME_MS = 30 * DAY_MS;
export const DEFAULT_SESSION_IDLE_HOURS = 12;
// The last use is written at most this often, so the idle timeout costs nothing on most
// requests; a session may therefore outlive its idle limit by up to this much.
export const LAST_SEEN_RESOLUTION_MS = 5 * MINUTE_MS;
// Extend a session only when less than half its life is left, so an active user's requests
// do not write to the database every time.
const SESSION_RENEW_BEFORE_MS = 15 * DAY_MS;

/** How long a session may go unused before it ends: SESSION_IDLE_HOURS, 12 hours by default. */
export function sessionIdleMs(env: NodeJS.ProcessEnv = process.env): number {
	const raw = env.SESSION_IDLE_HOURS?.trim();
	const hours = raw ? Number(raw) : DEFAULT_SESSION_IDLE_HOURS;
	if (!Number.isFinite(hours) || hours <= 0) {
		throw new Error(`SESSION_IDLE_HOURS must be a number of hours above 0, not "${raw}".`);
	}
	return hours * HOUR_MS;
}

export function generateSessionToken(): string {
	const bytes = new Uint8Array(20); // 160 bits
	crypto.getRandomValues(bytes);
	return encodeBase32LowerCaseNoPadding(bytes);
}

export function sessionIdFromToken(token: string): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

export async function createSession(db: Db, token: string, personId: string, now = new Date()) {
	const session = {
		id: sessionIdFromToken(token),
		person_id: personId,
		expires_at: new Date(now.getTime() + SESSION_LIFETIME_MS),
		last_seen_at: now
	};
	await db.insertInto('sessions').values(session).execute();
	return { id: session.id, personId, expiresAt: session.expires_at, lastSeenAt: now };
}

export type SessionUser = {
	id: string;
	email: string;
	name: string;
	role: Role;
	locale: string;
	departmentId: string | null;
	headOf: string[];
};

export type Session = { id: string; personId: string; expiresAt: Date; lastSeenAt: Date };

type SessionRow = { session: Session; user: SessionUser; active: boolean };

async function findSession(db: Db, sessionId: string): Promise<SessionRow | null> {
	const row = await db
		.selectFrom('sessions')
		.innerJoin('people', 'people.id', 'sessions.person_id')
		.select([
			'sessions.id as sessionId',
			'sessions.expires_at as expiresAt',
			'sessions.last_seen_at as lastSeenAt',
			'people.id as personId',
			'people.email',
			'people.name',
			'people.role',
			'people.locale',
			'people.department_id as departmentId',
			'people.active'
		])
		.select((eb) =>
			eb
				.selectFrom('department_heads')
				.whereRef('department_heads.person_id', '=', 'people.id')
				.select((e) => e.fn.agg<string[]>('array_agg', ['department_heads.department_id']).as('d'))
				.as('headOf')
		)
		.where('sessions.id', '=', sessionId)
		.executeTakeFirst();
	if (!row) return null;
	return {
		active: row.active,
		session: {
			id: row.sessionId,
			personId: row.personId,
			expiresAt: row.expiresAt,
			lastSeenAt: row.lastSeenAt
		},
		user: {
			id: row.personId,
			email: row.email,
			name: row.name,
			role: row.role,
			locale: row.locale,
			departmentId: row.departmentId,
			headOf: row.headOf ?? []
		}
	};
}

function isUsable(found: SessionRow | null, now: Date, idleMs: number): found is SessionRow {
	return (
		found !== null &&
		found.active &&
		now.getTime() < found.session.expiresAt.getTime() &&
		now.getTime() - found.session.lastSeenAt.getTime() < idleMs
	);
}

export async function validateSessionToken(
	db: Db,
	token: string,
	now = new Date(),
	idleMs = sessionIdleMs()
): Promise<{ session: Session; user: SessionUser } | { session: null; user: null }> {
	const sessionId = sessionIdFromToken(token);
	const found = await findSession(db, sessionId);
	if (!found) return { session: null, user: null };
	if (!isUsable(found, now, idleMs)) {
		await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
		return { session: null, user: null };
	}
	const { session, user } = found;
	const renew = session.expiresAt.getTime() - now.getTime() < SESSION_RENEW_BEFORE_MS;
	const touch = now.getTime() - session.lastSeenAt.getTime() >= LAST_SEEN_RESOLUTION_MS;
	if (renew || touch) {
		if (renew) session.expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
		session.lastSeenAt = now;
		await db
			.updateTable('sessions')
			.set({ expires_at: session.expiresAt, last_seen_at: now })
			.where('id', '=', sessionId)
			.execute();
	}
	return { session, user };
}

/**
 * The signed-in person, read only: no renewal and no clean-up of an expired session, so the
 * sessions table keeps no trace of the request. For survey pages, where a renewed expiry would
 * date the moment someone started answering.
 */
export async function readSessionUser(
	db: Db,
	token: string,
	now = new Date(),
	idleMs = sessionIdleMs()
): Promise<SessionUser | null> {
	const found = await findSession(db, sessionIdFromToken(token));
	return isUsable(found, now, idleMs) ? found.user : null;
}

export async function invalidateSession(db: Db, sessionId: string): Promise<void> {
	await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}

export async function invalidateAllSessions(db: Db, personId: string): Promise<void> {
	await db.deleteFrom('sessions').where('person_id', '=', personId).execute();
}

/** Ends every session of the person but `keepSessionId`; returns how many ended. */
export async function invalidateOtherSessions(
	db: Db,
	personId: string,
	keepSessionId: string
): Promise<number> {
	const result = await db
		.deleteFrom('sessions')
		.where('person_id', '=', personId)
		.where('id', '<>', keepSessionId)
		.executeTakeFirst();
	return Number(result.numDeletedRows);
}

/** The person's sessions other than `sessionId` that are still usable. */
export async function countOtherSessions(
	db: Db,
	personId: string,
	sessionId: string,
	now = new Date(),
	idleMs = sessionIdleMs()
): Promise<number> {
	const row = await db
		.selectFrom('sessions')
		.select((eb) => eb.fn.countAll<string>().as('n'))
		.where('person_id', '=', personId)
		.where('id', '<>', sessionId)
		.where('expires_at', '>', now)
		.where('last_seen_at', '>', new Date(now.getTime() - idleMs))
		.executeTakeFirstOrThrow();
	return Number(row.n);
}

export async function deleteExpiredSessions(
	db: Db,
	now = new Date(),
	idleMs = sessionIdleMs()
): Promise<number> {
	const result = await db
		.deleteFrom('sessions')
		.where((eb) =>
			eb.or([
				eb('expires_at', '<=', now),
				eb('last_seen_at', '<=', new Date(now.getTime() - idleMs))
			])
		)
		.executeTakeFirst();
	return Number(result.numDeletedRows);
}
