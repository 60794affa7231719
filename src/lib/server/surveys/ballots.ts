import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { isUuid } from '../../domain/ids';

/**
 * A ballot: the right to store one response in a round, for a department. The server keeps
 * nothing of it when it is issued; the browser holds it. Its MAC, under a key of its round's own,
 * proves the server issued it, and its nonce, hashed into the round's spent set on submit, makes
 * it single-use.
 */
export type Ballot = { roundId: string; departmentId: string; nonce: string };

const NONCE_BYTES = 20; // 160 bits
const NONCE_PATTERN = /^[A-Za-z0-9_-]{27}$/;
const MAC_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/**
 * The key that signs one round's ballots, derived from the secret: a key that leaks (from a
 * process's memory, say) mints ballots for its own round only.
 */
export function roundBallotKey(secret: string, roundId: string): Buffer {
	return createHmac('sha256', secret).update(`rapport-ballot-key-v2\n${roundId}`).digest();
}

// Every step of a survey verifies its ballot, some two or three times: the round's key is derived
// once per round and secret, not once per verification. It adds nothing to memory that the secret,
// which the process holds anyway, does not already give.
const roundKeys = new Map<string, Buffer>();
const ROUND_KEYS_KEPT = 1000;

function cachedRoundBallotKey(secret: string, roundId: string): Buffer {
	const name = `${roundId}\n${secret}`;
	let key = roundKeys.get(name);
	if (!key) {
		if (roundKeys.size >= ROUND_KEYS_KEPT) roundKeys.clear();
		roundKeys.set(name, (key = roundBallotKey(secret, roundId)));
	}
	return key;
}

function mac(secret: string, ballot: Ballot): string {
	return createHmac('sha256', cachedRoundBallotKey(secret, ballot.roundId))
		.update(`rapport-ballot-v2\n${ballot.roundId}\n${ballot.departmentId}\n${ballot.nonce}`)
		.digest('base64url');
}

/** A fresh ballot for the round and department, signed with the round's key from `secret`. */
export function issueBallot(secret: string, roundId: string, departmentId: string): string {
	const ballot = { roundId, departmentId, nonce: randomBytes(NONCE_BYTES).toString('base64url') };
	return `${roundId}.${departmentId}.${ballot.nonce}.${mac(secret, ballot)}`;
}

/** The ballot a token carries, or null when it is malformed or not signed with its round's key. */
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
