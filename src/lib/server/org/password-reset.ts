import { sql } from 'kysely';
import type { Db } from '../db';
import { recordAudit } from '../audit/log';
import { hashPassword, passwordProblem } from '../auth/password';
import { passwordProblemMessages, type PasswordProblem } from '../../domain/password-policy';
import { DAY_MS } from '../../domain/dates';
import { generateSessionToken, invalidateAllSessions, sessionIdFromToken } from '../auth/session';
import { getPerson } from './people';
import { inTransaction } from '../db/transaction';
import { ENGLISH_SERVER_WORDS, type ServerWords } from '../../i18n/server-words';

export const RESET_LINK_LIFETIME_MS = 3 * DAY_MS;

/**
 * A one-time link for the person to choose a password (a new person's first one, or after a
 * forgotten one). The token is 160 random bits; only its SHA-256 is stored, and a new link
 * replaces any earlier unused one. Returns the token to show HR once.
 */
export async function createPasswordResetLink(
	db: Db,
	actorId: string,
	personId: string,
	now = new Date(),
	w: ServerWords = ENGLISH_SERVER_WORDS
): Promise<{ ok: true; token: string; expiresAt: Date } | { ok: false; message: string } | null> {
	return inTransaction(db, async (trx) => {
		const person = await getPerson(trx, personId);
		if (!person) return null;
		if (!person.active) return { ok: false, message: w.people.reactivateFirst };
		const token = generateSessionToken();
		const expiresAt = new Date(now.getTime() + RESET_LINK_LIFETIME_MS);
		await trx
			.deleteFrom('password_reset_tokens')
			.where('person_id', '=', personId)
			.where('used_at', 'is', null)
			.execute();
		await trx
			.insertInto('password_reset_tokens')
			.values({
				id: sessionIdFromToken(token),
				person_id: personId,
				created_by: actorId,
				expires_at: expiresAt
			})
			.execute();
		await recordAudit(trx, {
			actorId,
			action: 'person.reset_link_created',
			entityType: 'person',
			entityId: personId,
			entityLabel: person.name,
			after: { expiresAt: expiresAt.toISOString() }
		});
		return { ok: true, token, expiresAt };
	});
}

/** When the person's current reset link expires, if they have one that is still usable. */
export async function pendingResetLinkExpiry(db: Db, personId: string): Promise<Date | null> {
	const row = await db
		.selectFrom('password_reset_tokens')
		.select('expires_at')
		.where('person_id', '=', personId)
		.where('used_at', 'is', null)
		.where('expires_at', '>', new Date())
		.orderBy('expires_at', 'desc')
		.executeTakeFirst();
	return row?.expires_at ?? null;
}

export type ResetLinkHolder = { personId: string; name: string; email: string };

/** Who the link is for, while it is unused, unexpired and the person active; otherwise null. */
export async function findPasswordResetLink(
	db: Db,
	token: string,
	now = new Date()
): Promise<ResetLinkHolder | null> {
	if (!/^[a-z2-7]{32}$/.test(token)) return null;
	const row = await db
		.selectFrom('password_reset_tokens')
		.innerJoin('people', 'people.id', 'password_reset_tokens.person_id')
		.select(['people.id as personId', 'people.name', 'people.email'])
		.where('password_reset_tokens.id', '=', sessionIdFromToken(token))
		.where('password_reset_tokens.used_at', 'is', null)
		.where('password_reset_tokens.expires_at', '>', now)
		.where('people.active', '=', true)
		.executeTakeFirst();
	return row ?? null;
}

export type ResetOutcome =
	| { ok: true; personId: string }
	| { ok: false; reason: 'invalid' }
	| { ok: false; reason: 'password'; problem: PasswordProblem; message: string };

/** Sets the password and spends the link, ending every session the person had. */
export async function resetPasswordWithLink(
	db: Db,
	token: string,
	password: string,
	now = new Date()
): Promise<ResetOutcome> {
	const holder = await findPasswordResetLink(db, token, now);
	if (!holder) return { ok: false, reason: 'invalid' };
	const problem = passwordProblem(password, holder);
	if (problem) {
		return { ok: false, reason: 'password', problem, message: passwordProblemMessages[problem] };
	}
	const passwordHash = await hashPassword(password);
	return inTransaction(db, async (trx) => {
		// Spend the link first: of two submits racing with the same link, only one gets a row.
		const spent = await trx
			.updateTable('password_reset_tokens')
			.set({ used_at: now })
			.where('id', '=', sessionIdFromToken(token))
			.where('used_at', 'is', null)
			.where('expires_at', '>', now)
			.where(sql<boolean>`exists (select 1 from people where id = person_id and active)`)
			.returning('person_id')
			.executeTakeFirst();
		if (!spent) return { ok: false, reason: 'invalid' } as const;
		await trx
			.updateTable('people')
			.set({ password_hash: passwordHash, updated_at: now })
			.where('id', '=', spent.person_id)
			.execute();
		await invalidateAllSessions(trx, spent.person_id);
		await recordAudit(trx, {
			actorId: spent.person_id,
			action: 'person.password_set',
			entityType: 'person',
			entityId: spent.person_id,
			entityLabel: holder.name
		});
		return { ok: true, personId: spent.person_id } as const;
	});
}
