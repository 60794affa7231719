import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createHmac } from 'node:crypto';
import {
	issueBallot,
	nonceHash,
	roundBallotKey,
	verifyBallot
} from '../../src/lib/server/surveys/ballots';

const SECRET = 'a'.repeat(64);
const ROUND = '11111111-2222-4333-8444-555555555555';
const DEPT = '66666666-7777-4888-9999-000000000000';
const OTHER_ROUND = '22222222-3333-4444-8555-666666666666';

describe('ballots', () => {
	it('verifies a ballot it issued and reads its round and department', () => {
		const token = issueBallot(SECRET, ROUND, DEPT);
		expect(verifyBallot(SECRET, token)).toMatchObject({ roundId: ROUND, departmentId: DEPT });
	});

	it('carries a nonce of at least 128 bits, different every time', () => {
		const a = verifyBallot(SECRET, issueBallot(SECRET, ROUND, DEPT))!;
		const b = verifyBallot(SECRET, issueBallot(SECRET, ROUND, DEPT))!;
		expect(Buffer.from(a.nonce, 'base64url').length * 8).toBeGreaterThanOrEqual(128);
		expect(a.nonce).not.toBe(b.nonce);
		expect(nonceHash(a.nonce)).not.toBe(nonceHash(b.nonce));
	});

	it('refuses a ballot signed with another secret, or moved to another round or department', () => {
		const token = issueBallot(SECRET, ROUND, DEPT);
		expect(verifyBallot('b'.repeat(64), token)).toBeNull();
		const [, dept, nonce, mac] = token.split('.');
		expect(verifyBallot(SECRET, [DEPT, dept, nonce, mac].join('.'))).toBeNull();
		expect(verifyBallot(SECRET, [ROUND, ROUND, nonce, mac].join('.'))).toBeNull();
	});

	it('never accepts arbitrary or mangled input, and never throws', () => {
		const token = issueBallot(SECRET, ROUND, DEPT);
		fc.assert(
			fc.property(fc.oneof(fc.string(), fc.anything()), (input) => {
				expect(verifyBallot(SECRET, input)).toBeNull();
			}),
			{ numRuns: 2000 }
		);
		fc.assert(
			fc.property(
				fc.nat({ max: token.length - 1 }),
				fc.string({ minLength: 1, maxLength: 1 }),
				(at, c) => {
					const mangled = token.slice(0, at) + c + token.slice(at + 1);
					if (mangled !== token) expect(verifyBallot(SECRET, mangled)).toBeNull();
				}
			),
			{ numRuns: 2000 }
		);
	});

	it('signs each round with a key of its own: a ballot of round A does not verify for round B', () => {
		expect(roundBallotKey(SECRET, ROUND).equals(roundBallotKey(SECRET, OTHER_ROUND))).toBe(false);
		const [, dept, nonce, mac] = issueBallot(SECRET, ROUND, DEPT).split('.');
		expect(verifyBallot(SECRET, [OTHER_ROUND, dept, nonce, mac].join('.'))).toBeNull();
		// Round A's key, leaked, signs a ballot that names round B: refused.
		const forged = createHmac('sha256', roundBallotKey(SECRET, ROUND))
			.update(`rapport-ballot-v2\n${OTHER_ROUND}\n${DEPT}\n${nonce}`)
			.digest('base64url');
		expect(verifyBallot(SECRET, [OTHER_ROUND, DEPT, nonce, forged].join('.'))).toBeNull();
		// The same key signing for its own round is what the server issues.
		const own = createHmac('sha256', roundBallotKey(SECRET, ROUND))
			.update(`rapport-ballot-v2\n${ROUND}\n${DEPT}\n${nonce}`)
			.digest('base64url');
		expect(verifyBallot(SECRET, [ROUND, DEPT, nonce, own].join('.'))).not.toBeNull();
	});

	it('refuses a ballot signed the old way, with the secret itself as the key', () => {
		const nonce = issueBallot(SECRET, ROUND, DEPT).split('.')[2];
		const v1 = createHmac('sha256', SECRET)
			.update(`rapport-ballot-v1\n${ROUND}\n${DEPT}\n${nonce}`)
			.digest('base64url');
		expect(verifyBallot(SECRET, [ROUND, DEPT, nonce, v1].join('.'))).toBeNull();
	});
});
