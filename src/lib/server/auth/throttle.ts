import { sha256 } from '@oslojs/crypto/sha2';
import { encodeHexLowerCase } from '@oslojs/encoding';
import { sql } from 'kysely';
import type { Db } from '../db';
import { MINUTE_MS, SECOND_MS } from '../../domain/dates';

/**
 * How fast one key may guess. The first `freeAttempts` in a window go through at once; after
 * that each attempt waits twice as long as the one before, from `firstDelayMs` up to
 * `maxDelayMs`, until the window ends. Nothing is ever locked: the owner typing the right
 * password from their own client is at most slowed, and only by guesses made from that client.
 */
export type ThrottleRule = {
	freeAttempts: number;
	firstDelayMs: number;
	maxDelayMs: number;
	windowMs: number;
};

/** One account from one client: a person mistyping, or someone guessing one account. */
export const ACCOUNT_FROM_CLIENT: ThrottleRule = {
	freeAttempts: 5,
	firstDelayMs: 30 * SECOND_MS,
	maxDelayMs: 15 * MINUTE_MS,
	windowMs: 60 * MINUTE_MS
};

/** Every account from one client: one password tried across many accounts. */
export const ANY_ACCOUNT_FROM_CLIENT: ThrottleRule = {
	freeAttempts: 30,
	firstDelayMs: 2 * SECOND_MS,
	maxDelayMs: 15 * MINUTE_MS,
	windowMs: 60 * MINUTE_MS
};

const LONGEST_WINDOW_MS = Math.max(ACCOUNT_FROM_CLIENT.windowMs, ANY_ACCOUNT_FROM_CLIENT.windowMs);

export function accountKey(email: string): string {
	return email.trim().toLowerCase();
}

// Hashed so that the table keeps neither the emails typed nor the addresses they came from.
function throttleKey(...parts: string[]): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(parts.join('\n'))));
}

export function accountFromClientKey(email: string, client: string): string {
	return throttleKey('account+client', accountKey(email), client);
}

export function anyAccountFromClientKey(client: string): string {
	return throttleKey('client', client);
}

/** The wait before the next attempt, after `attempts` in the current window. */
export function delayAfter(rule: ThrottleRule, attempts: number): number {
	if (attempts < rule.freeAttempts) return 0;
	const doublings = Math.min(attempts - rule.freeAttempts, 30);
	return Math.min(rule.maxDelayMs, rule.firstDelayMs * 2 ** doublings);
}

export type AttemptDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Counts an attempt under `key` before the password is checked, in one statement, so that
 * parallel guesses on several app instances cannot slip past the rule: a refused attempt changes
 * nothing, an allowed one is counted. A success gives its count back (`forgiveAttempt`).
 */
export async function claimAttempt(
	db: Db,
	key: string,
	rule: ThrottleRule,
	now = new Date()
): Promise<AttemptDecision> {
	const windowStart = new Date(now.getTime() - rule.windowMs);
	const nowAt = sql<Date>`${now}::timestamptz`;
	const expired = sql<boolean>`sign_in_throttle.window_started_at <= ${windowStart}::timestamptz`;
	const waitMs = sql`case when sign_in_throttle.attempts < ${rule.freeAttempts} then 0
		else least(${rule.maxDelayMs}::float8,
			${rule.firstDelayMs}::float8 * power(2, least(sign_in_throttle.attempts - ${rule.freeAttempts}, 30)))
		end`;
	const claimed = await db
		.insertInto('sign_in_throttle')
		.values({ key, attempts: 1, window_started_at: now, last_attempt_at: now })
		.onConflict((oc) =>
			oc
				.column('key')
				.doUpdateSet({
					attempts: sql<number>`case when ${expired} then 1 else sign_in_throttle.attempts + 1 end`,
					window_started_at: sql<Date>`case when ${expired} then ${nowAt}
						else sign_in_throttle.window_started_at end`,
					last_attempt_at: nowAt
				})
				.where(
					sql<boolean>`${expired} or extract(epoch from (${nowAt} - sign_in_throttle.last_attempt_at)) * 1000 >= ${waitMs}`
				)
		)
		.returning('attempts')
		.executeTakeFirst();
	if (claimed) return { allowed: true };
	return { allowed: false, retryAfterSeconds: await secondsUntilAllowed(db, key, rule, now) };
}

async function secondsUntilAllowed(db: Db, key: string, rule: ThrottleRule, now: Date) {
	const row = await db
		.selectFrom('sign_in_throttle')
		.select(['attempts', 'window_started_at', 'last_attempt_at'])
		.where('key', '=', key)
		.executeTakeFirst();
	if (!row) return 1;
	const allowedAt = Math.min(
		row.last_attempt_at.getTime() + delayAfter(rule, row.attempts),
		row.window_started_at.getTime() + rule.windowMs
	);
	return Math.max(1, Math.ceil((allowedAt - now.getTime()) / SECOND_MS));
}

/** Takes back the attempt a successful sign-in counted under `key`. */
export async function forgiveAttempt(db: Db, key: string): Promise<void> {
	await db
		.updateTable('sign_in_throttle')
		.set({ attempts: sql`greatest(attempts - 1, 0)` })
		.where('key', '=', key)
		.execute();
}

export async function clearAttempts(db: Db, key: string): Promise<void> {
	await db.deleteFrom('sign_in_throttle').where('key', '=', key).execute();
}

/** Drops the rows of windows that have ended; they no longer slow anyone down. */
export async function deleteStaleThrottles(db: Db, now = new Date()): Promise<number> {
	const result = await db
		.deleteFrom('sign_in_throttle')
		.where('window_started_at', '<=', new Date(now.getTime() - LONGEST_WINDOW_MS))
		.executeTakeFirst();
	return Number(result.numDeletedRows);
}
