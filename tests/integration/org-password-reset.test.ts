import { addPerson } from '../helpers/org-writes';
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../helpers/db';
import { listAuditEntries } from '../../src/lib/server/audit/log';
import { verifyPassword } from '../../src/lib/server/auth/password';
import { createSession, generateSessionToken } from '../../src/lib/server/auth/session';
import {
	createPasswordResetLink,
	findPasswordResetLink,
	pendingResetLinkExpiry,
	resetPasswordWithLink,
	RESET_LINK_LIFETIME_MS
} from '../../src/lib/server/org/password-reset';
import { findPersonByEmail } from '../../src/lib/server/org/people';
import { setPersonActive } from '../../src/lib/server/org/people-admin';

const db = useTestDatabase();
let hrId: string;

beforeAll(async () => {
	hrId = (await addPerson(db(), { email: 'hr@reset.test', name: 'Hal HR', role: 'hr' })).id;
});

async function newLink(email: string) {
	const person = await addPerson(db(), { email, name: 'Robin Reset' });
	const link = await createPasswordResetLink(db(), hrId, person.id);
	if (!link?.ok) throw new Error('no link');
	return { person, token: link.token, expiresAt: link.expiresAt };
}

describe('password links', () => {
	it('stores only the SHA-256 of a 160-bit token, expiring in three days', async () => {
		const { person, token, expiresAt } = await newLink('one@reset.test');
		expect(token).toMatch(/^[a-z2-7]{32}$/);
		const rows = await db()
			.selectFrom('password_reset_tokens')
			.selectAll()
			.where('person_id', '=', person.id)
			.execute();
		expect(rows).toEqual([
			expect.objectContaining({
				id: createHash('sha256').update(token).digest('hex'),
				created_by: hrId,
				used_at: null
			})
		]);
		expect(JSON.stringify(rows)).not.toContain(token);
		expect(Math.abs(expiresAt.getTime() - Date.now() - RESET_LINK_LIFETIME_MS)).toBeLessThan(
			60_000
		);
		expect(await pendingResetLinkExpiry(db(), person.id)).toEqual(expiresAt);
	});

	it('sets the password once, ends other sessions, and is audited with the person as actor', async () => {
		const { person, token } = await newLink('two@reset.test');
		await createSession(db(), generateSessionToken(), person.id);
		expect(await findPasswordResetLink(db(), token)).toEqual({
			personId: person.id,
			name: 'Robin Reset',
			email: 'two@reset.test'
		});
		expect(await resetPasswordWithLink(db(), token, 'short')).toMatchObject({
			ok: false,
			reason: 'password'
		});
		expect(await resetPasswordWithLink(db(), token, 'two@reset.test-pass')).toMatchObject({
			ok: false,
			reason: 'password'
		});
		expect(await resetPasswordWithLink(db(), token, 'copper lantern meadow')).toEqual({
			ok: true,
			personId: person.id
		});
		const row = await findPersonByEmail(db(), 'two@reset.test');
		expect(await verifyPassword(row!.password_hash!, 'copper lantern meadow')).toBe(true);
		expect(
			await db().selectFrom('sessions').where('person_id', '=', person.id).selectAll().execute()
		).toEqual([]);
		expect(await resetPasswordWithLink(db(), token, 'another fine password')).toEqual({
			ok: false,
			reason: 'invalid'
		});
		expect(await findPasswordResetLink(db(), token)).toBeNull();
		const actions = (await listAuditEntries(db(), { entityId: person.id })).map((e) => [
			e.action,
			e.actorId
		]);
		expect(actions).toEqual([
			['person.password_set', person.id],
			['person.reset_link_created', hrId],
			['person.created', null]
		]);
	});

	it('stops working when replaced, when expired, and when the person is deactivated', async () => {
		const first = await newLink('three@reset.test');
		const second = await createPasswordResetLink(db(), hrId, first.person.id);
		expect(await findPasswordResetLink(db(), first.token)).toBeNull();
		expect(second?.ok && (await findPasswordResetLink(db(), second.token))).toBeTruthy();
		if (!second?.ok) return;
		const later = new Date(Date.now() + RESET_LINK_LIFETIME_MS + 1000);
		expect(await findPasswordResetLink(db(), second.token, later)).toBeNull();
		expect(await resetPasswordWithLink(db(), second.token, 'copper lantern meadow', later)).toEqual(
			{ ok: false, reason: 'invalid' }
		);
		await setPersonActive(db(), hrId, first.person.id, false);
		expect(await findPasswordResetLink(db(), second.token)).toBeNull();
		expect(await createPasswordResetLink(db(), hrId, first.person.id)).toEqual({
			ok: false,
			message: 'Reactivate this person first.'
		});
		expect(await findPasswordResetLink(db(), 'not a token')).toBeNull();
	});
});
