import { addPerson } from '../helpers/org-writes';
import { HOUR_MS, MINUTE_MS } from '../../src/lib/domain/dates';
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../helpers/db';
import { changeOwnLanguage, changeOwnPassword } from '../../src/lib/server/auth/account';
import { hashPassword, verifyPassword } from '../../src/lib/server/auth/password';
import {
	LAST_SEEN_RESOLUTION_MS,
	countOtherSessions,
	createSession,
	deleteExpiredSessions,
	generateSessionToken,
	invalidateOtherSessions,
	readSessionUser,
	sessionIdFromToken,
	sessionIdleMs,
	validateSessionToken
} from '../../src/lib/server/auth/session';

const db = useTestDatabase();
let counter = 0;
const IDLE = 12 * HOUR_MS;

async function person(password = 'a sound passphrase') {
	counter += 1;
	return addPerson(db(), {
		email: `session${counter}@auth.test`,
		name: `Session ${counter}`,
		passwordHash: await hashPassword(password)
	});
}

async function lastSeen(token: string): Promise<Date | undefined> {
	const row = await db()
		.selectFrom('sessions')
		.select('last_seen_at')
		.where('id', '=', sessionIdFromToken(token))
		.executeTakeFirst();
	return row?.last_seen_at;
}

describe('the idle timeout', () => {
	it('reads SESSION_IDLE_HOURS, 12 hours by default, and refuses nonsense', () => {
		expect(sessionIdleMs({})).toBe(12 * HOUR_MS);
		expect(sessionIdleMs({ SESSION_IDLE_HOURS: '2' })).toBe(2 * HOUR_MS);
		expect(sessionIdleMs({ SESSION_IDLE_HOURS: '0.5' })).toBe(30 * MINUTE_MS);
		for (const bad of ['0', '-1', 'soon', 'Infinity']) {
			expect(() => sessionIdleMs({ SESSION_IDLE_HOURS: bad })).toThrow(/SESSION_IDLE_HOURS/);
		}
	});

	it('ends a session left unused for longer than the limit, well before its 30 days', async () => {
		const p = await person();
		const token = generateSessionToken();
		const start = new Date('2026-05-01T08:00:00Z');
		await createSession(db(), token, p.id, start);
		const justInside = new Date(start.getTime() + IDLE - MINUTE_MS);
		expect((await validateSessionToken(db(), token, justInside, IDLE)).user?.id).toBe(p.id);
		const tooLate = new Date(justInside.getTime() + IDLE + MINUTE_MS);
		expect((await validateSessionToken(db(), token, tooLate, IDLE)).user).toBeNull();
		expect(await lastSeen(token)).toBeUndefined();
	});

	it('keeps a session in use alive, writing its last use at most once per few minutes', async () => {
		const p = await person();
		const token = generateSessionToken();
		const start = new Date('2026-05-02T08:00:00Z');
		await createSession(db(), token, p.id, start);
		const minute = new Date(start.getTime() + MINUTE_MS);
		await validateSessionToken(db(), token, minute, IDLE);
		expect(await lastSeen(token)).toEqual(start);
		const later = new Date(start.getTime() + LAST_SEEN_RESOLUTION_MS);
		await validateSessionToken(db(), token, later, IDLE);
		expect(await lastSeen(token)).toEqual(later);
		// Used every 11 hours for two days: never idle for 12.
		let at = later;
		for (let i = 0; i < 5; i++) {
			at = new Date(at.getTime() + 11 * HOUR_MS);
			expect((await validateSessionToken(db(), token, at, IDLE)).user?.id).toBe(p.id);
		}
	});

	it('is honoured by the read-only check of survey pages, which writes nothing', async () => {
		const p = await person();
		const token = generateSessionToken();
		const start = new Date('2026-05-03T08:00:00Z');
		await createSession(db(), token, p.id, start);
		const later = new Date(start.getTime() + 2 * HOUR_MS);
		expect((await readSessionUser(db(), token, later, IDLE))?.id).toBe(p.id);
		expect(await lastSeen(token)).toEqual(start);
		const idle = new Date(start.getTime() + IDLE + MINUTE_MS);
		expect(await readSessionUser(db(), token, idle, IDLE)).toBeNull();
		expect(await lastSeen(token)).toEqual(start);
	});

	it('sweeps idle sessions with the expired ones', async () => {
		const p = await person();
		const token = generateSessionToken();
		await createSession(db(), token, p.id, new Date(Date.now() - IDLE - HOUR_MS));
		expect(await deleteExpiredSessions(db(), new Date(), IDLE)).toBeGreaterThanOrEqual(1);
		expect(await lastSeen(token)).toBeUndefined();
	});
});

describe('signing out other sessions', () => {
	it('ends every session of the person but the current one, and no one else’s', async () => {
		const p = await person();
		const other = await person();
		const [current, laptop, phone, theirs] = Array.from({ length: 4 }, generateSessionToken);
		const mine = await createSession(db(), current, p.id);
		await createSession(db(), laptop, p.id);
		await createSession(db(), phone, p.id);
		await createSession(db(), theirs, other.id);
		expect(await countOtherSessions(db(), p.id, mine.id)).toBe(2);
		expect(await invalidateOtherSessions(db(), p.id, mine.id)).toBe(2);
		expect((await validateSessionToken(db(), current)).user?.id).toBe(p.id);
		expect((await validateSessionToken(db(), laptop)).user).toBeNull();
		expect((await validateSessionToken(db(), phone)).user).toBeNull();
		expect((await validateSessionToken(db(), theirs)).user?.id).toBe(other.id);
		expect(await countOtherSessions(db(), p.id, mine.id)).toBe(0);
	});
});

describe('changing one’s own password', () => {
	const client = '198.51.100.200';

	async function withSessions() {
		const p = await person('old sound passphrase');
		const current = generateSessionToken();
		const elsewhere = generateSessionToken();
		const session = await createSession(db(), current, p.id);
		await createSession(db(), elsewhere, p.id);
		return { p, current, elsewhere, sessionId: session.id };
	}

	it('needs the current password, and changes nothing without it', async () => {
		const { p, elsewhere, sessionId } = await withSessions();
		const result = await changeOwnPassword(db(), {
			person: p,
			sessionId,
			client,
			currentPassword: 'not my password',
			newPassword: 'brand new passphrase'
		});
		expect(result).toEqual({
			ok: false,
			field: 'currentPassword',
			problem: 'not_current',
			minutes: 0,
			message: 'That is not your current password.'
		});
		expect((await validateSessionToken(db(), elsewhere)).user?.id).toBe(p.id);
		const row = await db().selectFrom('people').select('password_hash').where('id', '=', p.id);
		const { password_hash } = await row.executeTakeFirstOrThrow();
		expect(await verifyPassword(password_hash ?? '', 'old sound passphrase')).toBe(true);
	});

	it('refuses a weak new password with the policy’s message', async () => {
		const { p, sessionId } = await withSessions();
		const result = await changeOwnPassword(db(), {
			person: p,
			sessionId,
			client,
			currentPassword: 'old sound passphrase',
			newPassword: 'password'
		});
		expect(result).toMatchObject({ ok: false, field: 'newPassword' });
	});

	it('sets the new password, ends the other sessions, keeps this one, and audits it', async () => {
		const { p, current, elsewhere, sessionId } = await withSessions();
		const result = await changeOwnPassword(db(), {
			person: p,
			sessionId,
			client,
			currentPassword: 'old sound passphrase',
			newPassword: 'brand new passphrase'
		});
		expect(result).toEqual({ ok: true, endedSessions: 1 });
		expect((await validateSessionToken(db(), current)).user?.id).toBe(p.id);
		expect((await validateSessionToken(db(), elsewhere)).user).toBeNull();
		const { password_hash } = await db()
			.selectFrom('people')
			.select('password_hash')
			.where('id', '=', p.id)
			.executeTakeFirstOrThrow();
		expect(await verifyPassword(password_hash ?? '', 'brand new passphrase')).toBe(true);
		const audit = await db()
			.selectFrom('audit_log')
			.select(['action', 'actor_id'])
			.where('entity_id', '=', p.id)
			.where('action', '=', 'person.password_changed')
			.execute();
		expect(audit).toEqual([{ action: 'person.password_changed', actor_id: p.id }]);
	});
});

describe('changing one’s own language', () => {
	it('stores the language for the next request and audits the change', async () => {
		const p = await addPerson(db(), { email: 'lang@example.test', name: 'Lang', locale: 'en' });
		const token = generateSessionToken();
		await createSession(db(), token, p.id);
		await changeOwnLanguage(db(), { ...p, locale: 'en' }, 'es');
		expect((await validateSessionToken(db(), token)).user?.locale).toBe('es');
		const audit = await db()
			.selectFrom('audit_log')
			.select(['action', 'before', 'after'])
			.where('entity_id', '=', p.id)
			.where('action', '=', 'person.language_changed')
			.execute();
		expect(audit).toEqual([
			{ action: 'person.language_changed', before: { locale: 'en' }, after: { locale: 'es' } }
		]);
	});
});
