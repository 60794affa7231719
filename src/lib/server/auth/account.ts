import type { Db } from '../db';
import { recordAudit } from '../audit/log';
import { inTransaction } from '../db/transaction';
import { hashPassword, passwordPolicyMessage } from './password';
import { invalidateOtherSessions } from './session';
import { checkCredentials } from './sign-in';

export type PasswordChange =
	| { ok: true; endedSessions: number }
	| { ok: false; field: 'currentPassword' | 'newPassword'; message: string };

/**
 * Changes the signed-in person's own password and ends their other sessions, keeping this one.
 * The current password is checked as a sign-in would be, throttled the same way, so a stolen
 * session cannot be used to guess it any faster.
 */
export async function changeOwnPassword(
	db: Db,
	input: {
		person: { id: string; email: string; name: string };
		sessionId: string;
		client: string;
		currentPassword: string;
		newPassword: string;
	},
	now = new Date()
): Promise<PasswordChange> {
	const { person } = input;
	const check = await checkCredentials(db, person.email, input.currentPassword, input.client, now);
	if (!check.ok || check.personId !== person.id) {
		const message =
			!check.ok && check.reason === 'throttled'
				? `Too many attempts. Wait ${Math.ceil(check.retryAfterSeconds / 60)} minute(s) and try again.`
				: 'That is not your current password.';
		return { ok: false, field: 'currentPassword', message };
	}
	const problem = passwordPolicyMessage(input.newPassword, person);
	if (problem) return { ok: false, field: 'newPassword', message: problem };
	const passwordHash = await hashPassword(input.newPassword);
	return inTransaction(db, async (trx) => {
		await trx
			.updateTable('people')
			.set({ password_hash: passwordHash, updated_at: now })
			.where('id', '=', person.id)
			.execute();
		const endedSessions = await invalidateOtherSessions(trx, person.id, input.sessionId);
		await recordAudit(trx, {
			actorId: person.id,
			action: 'person.password_changed',
			entityType: 'person',
			entityId: person.id,
			entityLabel: person.name,
			after: { endedSessions }
		});
		return { ok: true, endedSessions };
	});
}
