import type { Db } from '../db';
import { findPersonByEmail } from '../org/people';
import { verifyAgainstNothing, verifyPassword } from './password';
import { clearSignInAttempts, registerSignInAttempt } from './throttle';

export type SignInResult =
	| { ok: true; personId: string }
	| { ok: false; reason: 'invalid_credentials' }
	| { ok: false; reason: 'throttled'; retryAfterSeconds: number };

/** Checks the credentials. Unknown email, inactive account and wrong password look the same. */
export async function checkCredentials(
	db: Db,
	email: string,
	password: string,
	now = new Date()
): Promise<SignInResult> {
	const decision = await registerSignInAttempt(db, email, now);
	if (!decision.allowed) {
		return { ok: false, reason: 'throttled', retryAfterSeconds: decision.retryAfterSeconds };
	}
	const person = await findPersonByEmail(db, email);
	if (!person || !person.active || !person.password_hash) {
		await verifyAgainstNothing(password);
		return { ok: false, reason: 'invalid_credentials' };
	}
	if (!(await verifyPassword(person.password_hash, password))) {
		return { ok: false, reason: 'invalid_credentials' };
	}
	await clearSignInAttempts(db, email);
	return { ok: true, personId: person.id };
}
