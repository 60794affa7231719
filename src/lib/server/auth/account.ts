import type { Db } from '../db';
import { recordAudit } from '../audit/log';
import { recordChange } from '../audit/changes';
import { inTransaction } from '../db/transaction';
import { passwordProblemMessages, type PasswordProblem } from '../../domain/password-policy';
import { hashPassword, passwordProblem } from './password';
import { invalidateOtherSessions } from './session';
import { checkCredentials } from './sign-in';

export type PasswordChangeProblem = 'not_current' | 'throttled' | PasswordProblem;

export type PasswordChange =
	| { ok: true; endedSessions: number }
	| {
			ok: false;
			field: 'currentPassword' | 'newPassword';
			problem: PasswordChangeProblem;
			/** Minutes to wait, when throttled. */
			minutes: number;
			message: string;
	  };

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
		const minutes =
			!check.ok && check.reason === 'throttled' ? Math.ceil(check.retryAfterSeconds / 60) : 0;
		const message = minutes
			? `Too many attempts. Wait ${minutes} minute(s) and try again.`
			: 'That is not your current password.';
		const problem = minutes ? 'throttled' : 'not_current';
		return { ok: false, field: 'currentPassword', problem, minutes, message };
	}
	const problem = passwordProblem(input.newPassword, person);
	if (problem) {
		const message = passwordProblemMessages[problem];
		return { ok: false, field: 'newPassword', problem, minutes: 0, message };
	}
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

/** Changes the language the signed-in person reads Rapport (and their invitations) in. */
export async function changeOwnLanguage(
	db: Db,
	person: { id: string; name: string; locale: string },
	locale: string,
	now = new Date()
): Promise<void> {
	if (locale === person.locale) return;
	await inTransaction(db, async (trx) => {
		await trx
			.updateTable('people')
			.set({ locale, updated_at: now })
			.where('id', '=', person.id)
			.execute();
		await recordChange(trx, {
			actorId: person.id,
			action: 'person.language_changed',
			entityType: 'person',
			entityId: person.id,
			entityLabel: person.name,
			before: { locale: person.locale },
			after: { locale }
		});
	});
}
