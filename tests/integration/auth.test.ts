import { addDepartment, addPerson, makeHead, setActive } from '../helpers/org-writes';
import { DAY_MS } from '../../src/lib/domain/dates';
import { beforeEach, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../helpers/db';
import { hashPassword, verifyPassword } from '../../src/lib/server/auth/password';
import {
	createSession,
	deleteExpiredSessions,
	generateSessionToken,
	sessionIdFromToken,
	validateSessionToken
} from '../../src/lib/server/auth/session';
import { checkCredentials } from '../../src/lib/server/auth/sign-in';
import {
	ACCOUNT_FROM_CLIENT,
	ANY_ACCOUNT_FROM_CLIENT,
	delayAfter,
	deleteStaleThrottles
} from '../../src/lib/server/auth/throttle';
import { createFirstHrAccount } from '../../src/lib/server/org/setup';

const db = useTestDatabase();
let counter = 0;

async function personWithPassword(password = 'a sound passphrase') {
	counter += 1;
	return addPerson(db(), {
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
		// Used often enough that the idle timeout never applies.
		const idle = 31 * DAY_MS;
		const person = await personWithPassword();
		const token = generateSessionToken();
		const start = new Date('2026-01-01T00:00:00Z');
		await createSession(db(), token, person.id, start);

		const day10 = new Date(start.getTime() + 10 * DAY_MS);
		const early = await validateSessionToken(db(), token, day10, idle);
		expect(early.session?.expiresAt.toISOString()).toBe('2026-01-31T00:00:00.000Z');

		const day20 = new Date(start.getTime() + 20 * DAY_MS);
		const renewed = await validateSessionToken(db(), token, day20, idle);
		expect(renewed.session?.expiresAt.getTime()).toBe(day20.getTime() + 30 * DAY_MS);

		const later = new Date(day20.getTime() + 31 * DAY_MS);
		expect((await validateSessionToken(db(), token, later, idle)).session).toBeNull();
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
		await setActive(db(), person.id, false);
		for (const t of tokens) expect((await validateSessionToken(db(), t)).user).toBeNull();
		await setActive(db(), person.id, true);
		// Reactivation does not bring old sessions back.
		for (const t of tokens) expect((await validateSessionToken(db(), t)).user).toBeNull();
	});

	it('tells which departments the user heads', async () => {
		const person = await personWithPassword();
		const dept = await addDepartment(db(), { code: 'S-HEAD', name: 'Headed' });
		await makeHead(db(), person.id, dept.id);
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
	// A new client address for each test, so that one test's attempts never slow another's.
	let client = '';
	let clients = 0;
	beforeEach(() => {
		clients += 1;
		client = `198.51.100.${clients}`;
	});
	const free = ACCOUNT_FROM_CLIENT.freeAttempts;

	it('accepts the right password, case-insensitively on the email', async () => {
		const person = await personWithPassword('right horse battery');
		const result = await checkCredentials(
			db(),
			person.email.toUpperCase(),
			'right horse battery',
			client
		);
		expect(result).toEqual({ ok: true, personId: person.id });
	});

	it('answers an unknown email, an inactive account and a wrong password alike', async () => {
		const person = await personWithPassword('right horse battery');
		const inactive = await personWithPassword('right horse battery');
		await setActive(db(), inactive.id, false);
		const wrong = await checkCredentials(db(), person.email, 'wrong horse battery', client);
		const unknown = await checkCredentials(db(), 'nobody@auth.test', 'right horse battery', client);
		const gone = await checkCredentials(db(), inactive.email, 'right horse battery', client);
		expect(wrong).toEqual({ ok: false, reason: 'invalid_credentials' });
		expect(unknown).toEqual(wrong);
		expect(gone).toEqual(wrong);
	});

	it(`slows one client down after ${free} wrong passwords for an account, doubling the wait`, async () => {
		const person = await personWithPassword('right horse battery');
		const now = new Date('2026-03-01T10:00:00Z');
		for (let i = 0; i < free; i++) {
			expect(await checkCredentials(db(), person.email, `wrong ${i}`, client, now)).toEqual({
				ok: false,
				reason: 'invalid_credentials'
			});
		}
		const first = ACCOUNT_FROM_CLIENT.firstDelayMs;
		expect(await checkCredentials(db(), person.email, 'wrong', client, now)).toEqual({
			ok: false,
			reason: 'throttled',
			retryAfterSeconds: first / 1000
		});
		// After the wait one more guess goes through, and the next wait is twice as long.
		const later = new Date(now.getTime() + first);
		expect((await checkCredentials(db(), person.email, 'wrong', client, later)).ok).toBe(false);
		expect(await checkCredentials(db(), person.email, 'wrong', client, later)).toMatchObject({
			reason: 'throttled',
			retryAfterSeconds: (2 * first) / 1000
		});
		// The owner, waiting as asked, gets in with the right password from the same client.
		const owner = new Date(later.getTime() + 2 * first);
		expect(
			await checkCredentials(db(), person.email, 'right horse battery', client, owner)
		).toEqual({ ok: true, personId: person.id });
	});

	it('does not lock the owner out: guesses from elsewhere never slow their own client', async () => {
		const hr = await personWithPassword('right horse battery');
		const now = new Date('2026-03-01T11:00:00Z');
		for (let i = 0; i < 3 * free; i++) {
			await checkCredentials(db(), hr.email, `guess ${i}`, `203.0.113.${i % 3}`, now);
		}
		expect(await checkCredentials(db(), hr.email, 'guess', '203.0.113.0', now)).toMatchObject({
			reason: 'throttled'
		});
		expect(await checkCredentials(db(), hr.email, 'right horse battery', client, now)).toEqual({
			ok: true,
			personId: hr.id
		});
	});

	it('slows one password tried across many accounts from one client', async () => {
		const now = new Date('2026-03-01T12:00:00Z');
		const sprayer = '192.0.2.99';
		const results = [];
		for (let i = 0; i < ANY_ACCOUNT_FROM_CLIENT.freeAttempts + 3; i++) {
			results.push(
				await checkCredentials(db(), `user${i}@spray.test`, 'Summer2026!', sprayer, now)
			);
		}
		const throttled = results.filter((r) => !r.ok && r.reason === 'throttled');
		expect(throttled).toHaveLength(3);
		// Another client is not affected.
		expect(
			await checkCredentials(db(), 'user1@spray.test', 'Summer2026!', client, now)
		).toMatchObject({ reason: 'invalid_credentials' });
	});

	it('does not count successful sign-ins against a shared address', async () => {
		const person = await personWithPassword('right horse battery');
		const now = new Date('2026-03-01T13:00:00Z');
		const office = '192.0.2.10';
		for (let i = 0; i < ANY_ACCOUNT_FROM_CLIENT.freeAttempts + 5; i++) {
			const result = await checkCredentials(db(), person.email, 'right horse battery', office, now);
			expect(result.ok).toBe(true);
		}
	});

	it('throttles unknown emails the same way, so throttling reveals nothing', async () => {
		const person = await personWithPassword('right horse battery');
		const now = new Date('2026-03-02T10:00:00Z');
		const answers = async (email: string) => {
			const out = [];
			for (let i = 0; i <= free; i++)
				out.push(await checkCredentials(db(), email, 'guess', client, now));
			return out;
		};
		expect(await answers('ghost@auth.test')).toEqual(await answers(person.email));
	});

	it('counts parallel guesses atomically', async () => {
		const person = await personWithPassword('right horse battery');
		const now = new Date('2026-03-03T10:00:00Z');
		const results = await Promise.all(
			Array.from({ length: 12 }, (_, i) =>
				checkCredentials(db(), person.email, `guess ${i}`, client, now)
			)
		);
		const throttled = results.filter((r) => !r.ok && r.reason === 'throttled');
		expect(throttled).toHaveLength(12 - free);
	});

	it('clears the count after a successful sign-in', async () => {
		const person = await personWithPassword('right horse battery');
		const now = new Date('2026-03-04T10:00:00Z');
		for (let round = 0; round < 2; round++) {
			for (let i = 0; i < free - 1; i++) {
				await checkCredentials(db(), person.email, 'wrong', client, now);
			}
			expect(
				(await checkCredentials(db(), person.email, 'right horse battery', client, now)).ok
			).toBe(true);
		}
	});

	it('starts afresh when the window has passed, and sweeps rows of ended windows', async () => {
		const person = await personWithPassword('right horse battery');
		const now = new Date('2026-03-05T10:00:00Z');
		for (let i = 0; i <= free + 2; i++) {
			await checkCredentials(db(), person.email, 'wrong', '192.0.2.55', now);
		}
		const after = new Date(now.getTime() + ACCOUNT_FROM_CLIENT.windowMs + 1000);
		expect(await deleteStaleThrottles(db(), after)).toBeGreaterThanOrEqual(2);
		const left = await db().selectFrom('sign_in_throttle').select('window_started_at').execute();
		expect(left.every((r) => r.window_started_at.getTime() > now.getTime())).toBe(true);
		expect(
			(await checkCredentials(db(), person.email, 'right horse battery', '192.0.2.55', after)).ok
		).toBe(true);
	});

	it('keeps neither emails nor addresses in the throttle table', async () => {
		await checkCredentials(db(), 'private.person@auth.test', 'guess', '192.0.2.77');
		const rows = await db().selectFrom('sign_in_throttle').select('key').execute();
		for (const row of rows) {
			expect(row.key).toMatch(/^[0-9a-f]{64}$/);
		}
	});

	it('computes the wait: free attempts, then doubling up to the cap', () => {
		const rule = { freeAttempts: 2, firstDelayMs: 1000, maxDelayMs: 5000, windowMs: 60_000 };
		expect([0, 1, 2, 3, 4, 5, 99].map((n) => delayAfter(rule, n))).toEqual([
			0, 0, 1000, 2000, 4000, 5000, 5000
		]);
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
