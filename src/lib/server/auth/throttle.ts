import { sql } from 'kysely';
import type { Db } from '../db';

export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
export const SIGN_IN_MAX_ATTEMPTS = 5;

export function accountKey(email: string): string {
	return email.trim().toLowerCase();
}

export type AttemptDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Counts a sign-in attempt before the password is checked, atomically, so that parallel guesses
 * on several app instances cannot slip past the limit. A success clears the count.
 */
export async function registerSignInAttempt(
	db: Db,
	email: string,
	now = new Date()
): Promise<AttemptDecision> {
	const windowStart = new Date(now.getTime() - SIGN_IN_WINDOW_MS);
	const row = await db
		.insertInto('sign_in_throttle')
		.values({ account_key: accountKey(email), failures: 1, window_started_at: now })
		.onConflict((oc) =>
			oc.column('account_key').doUpdateSet({
				failures: sql`case when sign_in_throttle.window_started_at <= ${windowStart}
					then 1 else sign_in_throttle.failures + 1 end`,
				window_started_at: sql`case when sign_in_throttle.window_started_at <= ${windowStart}
					then ${now}::timestamptz else sign_in_throttle.window_started_at end`
			})
		)
		.returning(['failures', 'window_started_at'])
		.executeTakeFirstOrThrow();
	if (row.failures <= SIGN_IN_MAX_ATTEMPTS) return { allowed: true };
	const retryAt = row.window_started_at.getTime() + SIGN_IN_WINDOW_MS;
	return {
		allowed: false,
		retryAfterSeconds: Math.max(1, Math.ceil((retryAt - now.getTime()) / 1000))
	};
}

export async function clearSignInAttempts(db: Db, email: string): Promise<void> {
	await db.deleteFrom('sign_in_throttle').where('account_key', '=', accountKey(email)).execute();
}
