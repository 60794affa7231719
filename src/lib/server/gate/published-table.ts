import { isSuppressionReason, type SuppressionReason } from '../../domain/suppression-reasons';
import { suppressedCell } from './cells';
import type { GatedTable } from './gated-table';

// A gated table read back from its published cells (analytics/publish.ts stored them): the same
// cells, reasons and n the gate gave when the round was published, without gating again.

/** A cell published without a row is hidden for this reason (the most common one, not stored). */
export const UNSTORED_REASON: SuppressionReason = 'fewer_than_k';

export type PublishedCell<S> = { n: number; stat: S } | { reason: SuppressionReason };

export function publishedTable<S>(cells: ReadonlyMap<string, PublishedCell<S>>): GatedTable<S> {
	const reason = (key: string): SuppressionReason | null => {
		const cell = cells.get(key);
		if (!cell) return UNSTORED_REASON;
		return 'reason' in cell ? cell.reason : null;
	};
	return {
		isShown: (key) => reason(key) === null,
		reason,
		cell: (key, value) => {
			const cell = cells.get(key);
			if (cell && 'stat' in cell) return { value: value(cell.stat), n: cell.n };
			return suppressedCell(reason(key)!);
		}
	};
}

/** A stored reason, checked: a row that says anything else is refused, not shown. */
export function storedReason(reason: string): SuppressionReason {
	if (!isSuppressionReason(reason)) throw new Error(`unknown suppression reason ${reason}`);
	return reason;
}
