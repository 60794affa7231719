import { LIKERT_DRIVERS, type LikertDriver } from './questions';

export type RotatingItem = { id: string; key: string; driver: LikertDriver };

export type RoundPlan<T> = { core: T[]; rotating: RotatingItem[] };

/** Items a round has room for beyond the core questions asked every time. */
export function rotationSlots(questionsPerRound: number, coreCount: number): number {
	return Math.max(0, questionsPerRound - coreCount);
}

/**
 * How many consecutive rounds are promised to cover every rotating driver at least once:
 * each round takes `slots` consecutive places of a sequence that visits the drivers in turn.
 */
export function roundsToCoverAllDrivers(driverCount: number, slots: number): number {
	if (driverCount === 0) return 1;
	if (slots === 0) return Infinity;
	return Math.ceil(driverCount / slots);
}

/**
 * The rotating items of round `rotationIndex` (0, 1, 2 … for the programme's rounds in order).
 * The pool is walked as an endless sequence: driver by driver in a fixed order, taking each
 * driver's next item in turn; round r takes places [r·slots, (r+1)·slots). Any `drivers` places
 * in a row contain every driver, which gives the coverage promise above. A round never repeats
 * an item; when the pool is smaller than the room, the round is simply shorter.
 */
export function rotatingItemsForRound(
	pool: readonly RotatingItem[],
	slots: number,
	rotationIndex: number
): RotatingItem[] {
	const byDriver = LIKERT_DRIVERS.map((driver) =>
		pool.filter((item) => item.driver === driver).sort((a, b) => a.key.localeCompare(b.key))
	).filter((items) => items.length > 0);
	const drivers = byDriver.length;
	if (drivers === 0 || slots === 0) return [];
	const picked: RotatingItem[] = [];
	const seen = new Set<string>();
	for (let place = rotationIndex * slots; place < (rotationIndex + 1) * slots; place++) {
		const items = byDriver[place % drivers];
		const item = items[Math.floor(place / drivers) % items.length];
		if (!seen.has(item.id)) {
			seen.add(item.id);
			picked.push(item);
		}
	}
	return picked;
}
