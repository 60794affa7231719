import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { isUuid } from '../../domain/ids';

/**
 * A ballot: the right to store one response in a round, for a department. The server keeps
 * nothing of it when it is issued; the browser holds it. Its MAC proves the server issued it,
 * and its nonce, hashed into the round's spent set on submit, makes it single-use.
 */
export type Ballot = { roundId: string; departmentId: string; nonce: string };

const NONCE_BYTES = 20; // 160 bits
const NONCE_PATTERN = /^[A-Za-z0-9_-]{27}$/;
const MAC_PATTERN = /^[A-Za-z0-9_-]{43}$/;

function mac(secret: string, ballot: Ballot): string {
	return createHmac('sha256', secret)
		.update(`rapport-ballot-v1\n${ballot.roundId}\n${ballot.departmentId}\n${ballot.nonce}`)
		.digest('base64url');
}

export function issueBallot(secret: string, roundId: string, departmentId: string): string {
	const ballot = { roundId, departmentId, nonce: randomBytes(NONCE_BYTES).toString('base64url') };
	return `${roundId}.${departmentId}.${ballot.nonce}.${mac(secret, ballot)}`;
}

/** The ballot a token carries, or null when it is malformed or was not signed with `secret`. */
export function verifyBallot(secret: string, token: unknown): Ballot | null {
	if (typeof token !== 'string' || token.length > 200) return null;
	const [roundId, departmentId, nonce, signature, ...rest] = token.split('.');
	if (rest.length > 0 || !isUuid(roundId) || !isUuid(departmentId)) return null;
	if (!NONCE_PATTERN.test(nonce ?? '') || !MAC_PATTERN.test(signature ?? '')) return null;
	const ballot = { roundId, departmentId, nonce };
	const expected = Buffer.from(mac(secret, ballot));
	const given = Buffer.from(signature);
	return expected.length === given.length && timingSafeEqual(expected, given) ? ballot : null;
}

export function nonceHash(nonce: string): string {
	return createHash('sha256').update(nonce).digest('hex');
}
