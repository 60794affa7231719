export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 256;

export type PasswordProblem = 'too_short' | 'too_long' | 'too_common' | 'contains_identity';

export const passwordProblemMessages: Record<PasswordProblem, string> = {
	too_short: `Use at least ${PASSWORD_MIN_LENGTH} characters.`,
	too_long: `Use at most ${PASSWORD_MAX_LENGTH} characters.`,
	too_common: 'This password is among the most common ones. Choose a less guessable one.',
	contains_identity: 'Do not use your email address or name as your password.'
};

/**
 * NIST SP 800-63B style: length, a blocklist of common passwords, nothing about your identity;
 * no composition rules. `isCommon` is passed in so this module stays free of the big list.
 */
export function findPasswordProblem(
	password: string,
	identity: { email?: string; name?: string },
	isCommon: (candidate: string) => boolean
): PasswordProblem | null {
	const length = [...password].length;
	if (length < PASSWORD_MIN_LENGTH) return 'too_short';
	if (length > PASSWORD_MAX_LENGTH) return 'too_long';
	const folded = password.toLowerCase();
	if (isCommon(folded)) return 'too_common';
	const emailLocal = identity.email?.toLowerCase().split('@')[0] ?? '';
	const fragments = [identity.email?.toLowerCase(), emailLocal, identity.name?.toLowerCase()];
	if (fragments.some((f) => f && f.length >= 4 && folded.includes(f))) return 'contains_identity';
	return null;
}
