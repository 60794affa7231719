import type { Db } from '../db';
import { findPersonByEmail } from '../org/people';
import { verifyAgainstNothing, verifyPassword } from './password';
import {
	ACCOUNT_FROM_CLIENT,
	ANY_ACCOUNT_FROM_CLIENT,
	accountFromClientKey,
	anyAccountFromClientKey,
	claimAttempt,
	clearAttempts,
	deleteStaleThrottles,
	forgiveAttempt
} from './throttle';

export type SignInResult =
	| { ok: true; personId: string }
	| { ok: false; reason: 'invalid_credentials' }
	| { ok: false; reason: 'throttled'; retryAfterSeconds: number };

/**
 * Checks the credentials typed from `client` (the request's address). Unknown email, inactive
 * account and wrong password look the same, and so does their throttling: it is keyed by what
 * was typed, never by whether an account exists.
 */
export async function checkCredentials(
	db: Db,
	email: string,
	password: string,
	client: string,
	now = new Date()
): Promise<SignInResult> {
	const clientKey = anyAccountFromClientKey(client);
	const pairKey = accountFromClientKey(email, client);
	for (const [key, rule] of [
		[clientKey, ANY_ACCOUNT_FROM_CLIENT],
		[pairKey, ACCOUNT_FROM_CLIENT]
	] as const) {
		const decision = await claimAttempt(db, key, rule, now);
		if (!decision.allowed) {
			return { ok: false, reason: 'throttled', retryAfterSeconds: decision.retryAfterSeconds };
		}
	}
	const person = await findPersonByEmail(db, email);
	const matches =
		person?.active && person.password_hash
			? await verifyPassword(person.password_hash, password)
			: (await verifyAgainstNothing(password), false);
	if (!matches || !person) {
		await deleteStaleThrottles(db, now);
		return { ok: false, reason: 'invalid_credentials' };
	}
	await clearAttempts(db, pairKey);
	// An office behind one address signs in many times a morning: only failures count there.
	await forgiveAttempt(db, clientKey);
	return { ok: true, personId: person.id };
}
