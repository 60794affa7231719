import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';
import type { Db } from '../db';
import type { Role } from '../db/schema';

export const DAY_IN_MS = 24 * 60 * 60 * 1000;
export const SESSION_LIFETIME_MS = 30 * DAY_IN_MS;
// Extend a session only when less than half its life is left, so an active user's requests
// do not write to the database every time.
const SESSION_RENEW_BEFORE_MS = 15 * DAY_IN_MS;

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
		expires_at: new Date(now.getTime() + SESSION_LIFETIME_MS)
	};
	await db.insertInto('sessions').values(session).execute();
	return { id: session.id, personId, expiresAt: session.expires_at };
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

export type Session = { id: string; personId: string; expiresAt: Date };

type SessionRow = { session: Session; user: SessionUser; active: boolean };

async function findSession(db: Db, sessionId: string): Promise<SessionRow | null> {
	const row = await db
		.selectFrom('sessions')
		.innerJoin('people', 'people.id', 'sessions.person_id')
		.select([
			'sessions.id as sessionId',
			'sessions.expires_at as expiresAt',
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
		session: { id: row.sessionId, personId: row.personId, expiresAt: row.expiresAt },
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

function isUsable(found: SessionRow | null, now: Date): found is SessionRow {
	return found !== null && found.active && now.getTime() < found.session.expiresAt.getTime();
}

export async function validateSessionToken(
	db: Db,
	token: string,
	now = new Date()
): Promise<{ session: Session; user: SessionUser } | { session: null; user: null }> {
	const sessionId = sessionIdFromToken(token);
	const found = await findSession(db, sessionId);
	if (!found) return { session: null, user: null };
	if (!isUsable(found, now)) {
		await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
		return { session: null, user: null };
	}
	const { session, user } = found;
	if (session.expiresAt.getTime() - now.getTime() < SESSION_RENEW_BEFORE_MS) {
		session.expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
		await db
			.updateTable('sessions')
			.set({ expires_at: session.expiresAt })
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
	now = new Date()
): Promise<SessionUser | null> {
	const found = await findSession(db, sessionIdFromToken(token));
	return isUsable(found, now) ? found.user : null;
}

export async function invalidateSession(db: Db, sessionId: string): Promise<void> {
	await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}

export async function invalidateAllSessions(db: Db, personId: string): Promise<void> {
	await db.deleteFrom('sessions').where('person_id', '=', personId).execute();
}

export async function deleteExpiredSessions(db: Db, now = new Date()): Promise<number> {
	const result = await db.deleteFrom('sessions').where('expires_at', '<=', now).executeTakeFirst();
	return Number(result.numDeletedRows);
}
