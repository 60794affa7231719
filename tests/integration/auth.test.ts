import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../helpers/db';
import { hashPassword, verifyPassword } from '../../src/lib/server/auth/password';
import {
	DAY_IN_MS,
	createSession,
	deleteExpiredSessions,
	generateSessionToken,
	sessionIdFromToken,
	validateSessionToken
} from '../../src/lib/server/auth/session';
import { checkCredentials } from '../../src/lib/server/auth/sign-in';
import { SIGN_IN_MAX_ATTEMPTS, SIGN_IN_WINDOW_MS } from '../../src/lib/server/auth/throttle';
import { createDepartment } from '../../src/lib/server/org/departments';
import {
	addDepartmentHead,
	createPerson,
	deactivatePerson,
	reactivatePerson
} from '../../src/lib/server/org/people';
import { createFirstHrAccount } from '../../src/lib/server/org/setup';

const db = useTestDatabase();
let counter = 0;

async function personWithPassword(password = 'a sound passphrase') {
	counter += 1;
	return createPerson(db(), {
		email: `user${counter}@auth.test`,
		name: `User ${counter}`,
		passwordHash: await hashPassword(password)
	});
}

describe('passwords', () => {
	it('hashes with argon2id at m=19456, t=2, p=1 and verifies', async () => {
		const hash = await hashPassword('a sound passphrase');
		expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
		expect(await verifyPassword(hash, 'a sound passphrase')).toBe(true);
		expect(await verifyPassword(hash, 'A sound passphrase')).toBe(false);
		expect(await verifyPassword('not a hash', 'anything')).toBe(false);
	});
});

describe('sessions', () => {
	it('stores only the SHA-256 of a token of at least 128 bits', async () => {
		const person = await personWithPassword();
		const token = generateSessionToken();
		expect(token.length * 5).toBeGreaterThanOrEqual(128); // base32: 5 bits a character
		await createSession(db(), token, person.id);
		const rows = await db()
			.selectFrom('sessions')
			.selectAll()
			.where('person_id', '=', person.id)
			.execute();
		expect(rows).toHaveLength(1);
		expect(rows[0].id).toBe(sessionIdFromToken(token));
		expect(rows[0].id).not.toContain(token);
		expect(rows[0].id).toMatch(/^[0-9a-f]{64}$/);
	});

	it('gives a new, distinct session at every sign-in', async () => {
		const person = await personWithPassword();
		const a = await createSession(db(), generateSessionToken(), person.id);
		const b = await createSession(db(), generateSessionToken(), person.id);
		expect(a.id).not.toBe(b.id);
	});

	it('slides the 30-day expiry once half of it has passed, and expires after', async () => {
		const person = await personWithPassword();
		const token = generateSessionToken();
		const start = new Date('2026-01-01T00:00:00Z');
		await createSession(db(), token, person.id, start);

		const day10 = new Date(start.getTime() + 10 * DAY_IN_MS);
		const early = await validateSessionToken(db(), token, day10);
		expect(early.session?.expiresAt.toISOString()).toBe('2026-01-31T00:00:00.000Z');

		const day20 = new Date(start.getTime() + 20 * DAY_IN_MS);
		const renewed = await validateSessionToken(db(), token, day20);
		expect(renewed.session?.expiresAt.getTime()).toBe(day20.getTime() + 30 * DAY_IN_MS);

		const later = new Date(day20.getTime() + 31 * DAY_IN_MS);
		expect((await validateSessionToken(db(), token, later)).session).toBeNull();
		expect(
			await db().selectFrom('sessions').select('id').where('person_id', '=', person.id).execute()
		).toEqual([]);
	});

	it('rejects unknown and tampered tokens', async () => {
		const person = await personWithPassword();
		const token = generateSessionToken();
		await createSession(db(), token, person.id);
		expect((await validateSessionToken(db(), generateSessionToken())).user).toBeNull();
		const tampered = token.slice(0, -1) + (token.endsWith('a') ? 'b' : 'a');
		expect((await validateSessionToken(db(), tampered)).user).toBeNull();
		expect((await validateSessionToken(db(), token)).user?.id).toBe(person.id);
	});

	it('ends every session of a person who is deactivated', async () => {
		const person = await personWithPassword();
		const tokens = [generateSessionToken(), generateSessionToken()];
		for (const t of tokens) await createSession(db(), t, person.id);
		await deactivatePerson(db(), person.id);
		for (const t of tokens) expect((await validateSessionToken(db(), t)).user).toBeNull();
		await reactivatePerson(db(), person.id);
		// Reactivation does not bring old sessions back.
		for (const t of tokens) expect((await validateSessionToken(db(), t)).user).toBeNull();
	});

	it('tells which departments the user heads', async () => {
		const person = await personWithPassword();
		const dept = await createDepartment(db(), { code: 'S-HEAD', name: 'Headed' });
		await addDepartmentHead(db(), person.id, dept.id);
		const token = generateSessionToken();
		await createSession(db(), token, person.id);
		expect((await validateSessionToken(db(), token)).user?.headOf).toEqual([dept.id]);
	});

	it('sweeps expired sessions', async () => {
		const person = await personWithPassword();
		await createSession(db(), generateSessionToken(), person.id, new Date('2020-01-01T00:00:00Z'));
		expect(await deleteExpiredSessions(db())).toBeGreaterThanOrEqual(1);
	});
});

describe('sign-in and throttling', () => {
	it('accepts the right password, case-insensitively on the email', async () => {
		const person = await personWithPassword('right horse battery');
		const result = await checkCredentials(db(), person.email.toUpperCase(), 'right horse battery');
		expect(result).toEqual({ ok: true, personId: person.id });
	});

	it('answers an unknown email, an inactive account and a wrong password alike', async () => {
		const person = await personWithPassword('right horse battery');
		const inactive = await personWithPassword('right horse battery');
		await deactivatePerson(db(), inactive.id);
		const wrong = await checkCredentials(db(), person.email, 'wrong horse battery');
		const unknown = await checkCredentials(db(), 'nobody@auth.test', 'right horse battery');
		const gone = await checkCredentials(db(), inactive.email, 'right horse battery');
		expect(wrong).toEqual({ ok: false, reason: 'invalid_credentials' });
		expect(unknown).toEqual(wrong);
		expect(gone).toEqual(wrong);
	});

	it(`allows ${SIGN_IN_MAX_ATTEMPTS} attempts per account in the window, then refuses even the right password`, async () => {
		const person = await personWithPassword('right horse battery');
		const now = new Date('2026-03-01T10:00:00Z');
		for (let i = 0; i < SIGN_IN_MAX_ATTEMPTS; i++) {
			expect((await checkCredentials(db(), person.email, `wrong ${i}`, now)).ok).toBe(false);
		}
		const blocked = await checkCredentials(db(), person.email, 'right horse battery', now);
		expect(blocked).toMatchObject({ ok: false, reason: 'throttled' });
		if (!blocked.ok && blocked.reason === 'throttled') {
			expect(blocked.retryAfterSeconds).toBe(SIGN_IN_WINDOW_MS / 1000);
		}
		const after = new Date(now.getTime() + SIGN_IN_WINDOW_MS + 1000);
		expect(await checkCredentials(db(), person.email, 'right horse battery', after)).toMatchObject({
			ok: true
		});
	});

	it('throttles unknown emails the same way, so the lock reveals nothing', async () => {
		const now = new Date('2026-03-02T10:00:00Z');
		for (let i = 0; i < SIGN_IN_MAX_ATTEMPTS; i++) {
			await checkCredentials(db(), 'ghost@auth.test', 'guess', now);
		}
		expect(await checkCredentials(db(), 'ghost@auth.test', 'guess', now)).toMatchObject({
			reason: 'throttled'
		});
	});

	it('counts parallel guesses atomically', async () => {
		const person = await personWithPassword('right horse battery');
		const now = new Date('2026-03-03T10:00:00Z');
		const results = await Promise.all(
			Array.from({ length: 12 }, (_, i) => checkCredentials(db(), person.email, `guess ${i}`, now))
		);
		const throttled = results.filter((r) => !r.ok && r.reason === 'throttled');
		expect(throttled).toHaveLength(12 - SIGN_IN_MAX_ATTEMPTS);
	});

	it('clears the count after a successful sign-in', async () => {
		const person = await personWithPassword('right horse battery');
		const now = new Date('2026-03-04T10:00:00Z');
		for (let i = 0; i < SIGN_IN_MAX_ATTEMPTS - 1; i++) {
			await checkCredentials(db(), person.email, 'wrong', now);
		}
		expect((await checkCredentials(db(), person.email, 'right horse battery', now)).ok).toBe(true);
		for (let i = 0; i < SIGN_IN_MAX_ATTEMPTS - 1; i++) {
			await checkCredentials(db(), person.email, 'wrong', now);
		}
		expect((await checkCredentials(db(), person.email, 'right horse battery', now)).ok).toBe(true);
	});
});

describe('first HR account', () => {
	it('is created once, even when two requests race', async () => {
		const results = await Promise.all([
			createFirstHrAccount(db(), {
				name: 'First',
				email: 'first@hr.test',
				password: 'long enough pw'
			}),
			createFirstHrAccount(db(), {
				name: 'Second',
				email: 'second@hr.test',
				password: 'long enough pw'
			})
		]);
		expect(results.filter((r) => r.ok)).toHaveLength(1);
		expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: 'already_set_up' }]);
		const hr = await db().selectFrom('people').select('email').where('role', '=', 'hr').execute();
		expect(hr).toHaveLength(1);
	});
});
