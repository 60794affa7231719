import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attackRound, publicFacts, publishRound, randomRound } from '../helpers/random-round';

// The attacker of PRODUCT.md promise 4: random organisations and answers, everything the gate
// lets out (every group's participation, comments, measures; every internal service cell and
// total), solved exactly (linear sums, integer bounds on counts, one-class inference). Nothing
// hidden may come out.

const RUNS = Number(process.env.GATE_ATTACKER_RUNS ?? 200);

describe('the gate against an exact attacker', () => {
	it(`gives nothing hidden away, on ${RUNS} random organisations`, () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
				const round = randomRound(seed);
				expect(attackRound(publicFacts(round), publishRound(round)), `seed ${seed}`).toEqual([]);
			}),
			{ numRuns: RUNS, seed: 20261202 }
		);
	}, 300_000);
});
