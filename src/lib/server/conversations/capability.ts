import { createHash, randomBytes } from 'node:crypto';

// The writer's private link to their comments' conversations: 256 random bits, shown once on
// the thank-you page and never stored. Each comment keeps only the hash of the link and the
// comment's place in the submission, so no two comments of one writer share a stored value.

/** Comments of one submission that can be answered: one key each, up to this many. */
export const MAX_CONVERSABLE_COMMENTS = 300;

const CAPABILITY = /^[A-Za-z0-9_-]{43}$/;

export function newCapability(): string {
	return randomBytes(32).toString('base64url');
}

export function isCapability(value: unknown): value is string {
	return typeof value === 'string' && CAPABILITY.test(value);
}

/** The key stored with the comment at `place` (0-based) of the submission. */
export function conversationKey(capability: string, place: number): string {
	return createHash('sha256').update(`rapport.conversation:${capability}:${place}`).digest('hex');
}

/** Every key a writer's link may have given their comments. */
export function writerKeys(capability: string): string[] {
	return Array.from({ length: MAX_CONVERSABLE_COMMENTS }, (_, i) => conversationKey(capability, i));
}

export function isConversationKey(value: unknown): value is string {
	return typeof value === 'string' && /^[0-9a-f]{64}$/.test(value);
}
