import { hash, verify } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';
import {
	findPasswordProblem,
	passwordProblemMessages,
	type PasswordProblem
} from '../../domain/password-policy';

// OWASP's argon2id profile: 19 MiB, two passes, one lane. Algorithm 2 is argon2id.
const ARGON2_OPTIONS = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
	return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
	try {
		return await verify(passwordHash, password);
	} catch {
		return false;
	}
}

let dummyHash: Promise<string> | null = null;

/** Spends the time of a real verification, so an unknown email answers as slowly as a known one. */
export async function verifyAgainstNothing(password: string): Promise<void> {
	dummyHash ??= hashPassword('rapport-timing-equaliser');
	await verifyPassword(await dummyHash, password);
}

let commonPasswords: Set<string> | null = null;

function isCommonPassword(folded: string): boolean {
	commonPasswords ??= new Set(
		(dictionary['passwords-common'] as string[]).map((p) => String(p).toLowerCase())
	);
	return commonPasswords.has(folded);
}

/** Why the password is not acceptable, otherwise null. */
export function passwordProblem(
	password: string,
	identity: { email?: string; name?: string } = {}
): PasswordProblem | null {
	return findPasswordProblem(password, identity, isCommonPassword);
}

/** A user-facing message (English) when the password is not acceptable, otherwise null. */
export function passwordPolicyMessage(
	password: string,
	identity: { email?: string; name?: string } = {}
): string | null {
	const problem = findPasswordProblem(password, identity, isCommonPassword);
	return problem ? passwordProblemMessages[problem] : null;
}
