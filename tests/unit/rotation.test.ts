import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIKERT_DRIVERS, type LikertDriver } from '../../src/lib/domain/questions';
import {
	roundsToCoverAllDrivers,
	rotatingItemsForRound,
	rotationSlots,
	type RotatingItem
} from '../../src/lib/domain/rotation';

const poolArbitrary = fc
	.record(
		Object.fromEntries(LIKERT_DRIVERS.map((d) => [d, fc.integer({ min: 0, max: 7 })])) as Record<
			LikertDriver,
			fc.Arbitrary<number>
		>
	)
	.map((counts) =>
		LIKERT_DRIVERS.flatMap((driver) =>
			Array.from({ length: counts[driver] }, (_, i): RotatingItem => ({
				id: `${driver}-${i}`,
				key: `${driver}.item_${i}`,
				driver
			}))
		)
	);

describe('question rotation', () => {
	it('promises coverage from the room left beside the core questions', () => {
		expect(roundsToCoverAllDrivers(5, rotationSlots(7, 2))).toBe(1);
		expect(roundsToCoverAllDrivers(5, rotationSlots(5, 3))).toBe(3);
		expect(roundsToCoverAllDrivers(5, rotationSlots(3, 3))).toBe(Infinity);
	});

	it('for any settings, every driver comes up within the promised rounds and no round is too long', () => {
		fc.assert(
			fc.property(
				poolArbitrary,
				fc.integer({ min: 0, max: 4 }),
				fc.integer({ min: 1, max: 40 }),
				fc.integer({ min: 0, max: 60 }),
				(pool, coreCount, questionsPerRound, firstRound) => {
					const slots = rotationSlots(questionsPerRound, coreCount);
					const drivers = new Set(pool.map((i) => i.driver));
					const promise = roundsToCoverAllDrivers(drivers.size, slots);
					const rounds = Array.from({ length: 12 }, (_, r) =>
						rotatingItemsForRound(pool, slots, firstRound + r)
					);
					for (const items of rounds) {
						expect(coreCount + items.length).toBeLessThanOrEqual(
							Math.max(questionsPerRound, coreCount)
						);
						expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
					}
					if (slots === 0 || drivers.size === 0) return;
					for (let start = 0; start + promise <= rounds.length; start++) {
						const seen = new Set(
							rounds
								.slice(start, start + promise)
								.flat()
								.map((i) => i.driver)
						);
						expect(seen).toEqual(drivers);
					}
				}
			),
			{ numRuns: 500 }
		);
	});

	it('walks through every item of a driver before repeating one', () => {
		const pool: RotatingItem[] = LIKERT_DRIVERS.flatMap((driver) =>
			[0, 1, 2, 3].map((i) => ({ id: `${driver}-${i}`, key: `${driver}.${i}`, driver }))
		);
		const asked = Array.from({ length: 4 }, (_, r) => rotatingItemsForRound(pool, 5, r)).flat();
		expect(new Set(asked.map((i) => i.id)).size).toBe(20);
	});
});
