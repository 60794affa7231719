import type { SuppressionReason } from '../../domain/suppression-reasons';

/** A figure the gate lets through, with the number of respondents (or invited) behind it. */
export type ShownCell<T> = { value: T; n: number };
/** A figure the gate withholds: why, and nothing else, not even its n. */
export type SuppressedCell = { suppressed: true; reason: SuppressionReason };
export type Cell<T> = ShownCell<T> | SuppressedCell;

export function suppressedCell(reason: SuppressionReason): SuppressedCell {
	return { suppressed: true, reason };
}

export function isShown<T>(cell: Cell<T>): cell is ShownCell<T> {
	return 'value' in cell;
}

export function mapCell<T, U>(cell: Cell<T>, fn: (value: T) => U): Cell<U> {
	return isShown(cell) ? { value: fn(cell.value), n: cell.n } : cell;
}
