import type { SuppressionReason } from '$lib/domain/suppression-reasons';
import { DRIVER_LABELS, type Driver } from '$lib/domain/questions';
import type { ChartValue } from '$lib/components/charts/types';
import { formatter, type Formatter } from '$lib/i18n/format';
import en, { type Messages } from '$lib/i18n/locales/en';

const english = formatter(en.meta.intl);

// How dashboard pages say their figures: labels of measures and rounds, signed changes. A hidden
// cell's words come from domain/suppression-reasons, the same everywhere.

/** A figure as the privacy gate hands it out. */
export type Cell<T> = { value: T; n: number } | { suppressed: true; reason: SuppressionReason };

export function shown<T>(cell: Cell<T> | null | undefined): cell is { value: T; n: number } {
	return !!cell && 'value' in cell;
}

/** A cell's figure for a chart: the number, why it is hidden, or null when there is no cell. */
export function chartValue<T>(
	cell: Cell<T> | null | undefined,
	pick: (value: T) => number | null
): ChartValue {
	if (!cell) return null;
	if (!shown(cell)) return { suppressed: cell.reason };
	return pick(cell.value);
}

/** A measure's name: a driver, participation, the internal service received, eNPS. */
export function measureLabel(key: string, t: Messages = en): string {
	if (key === 'internal_service') return t.measures.internalServiceReceived;
	return (t.measures.names as Record<string, string>)[key] ?? DRIVER_LABELS[key as Driver] ?? key;
}

/** A round as a chart axis names it: the month it opened. */
export function roundShortLabel(round: { opensOn: string }, f: Formatter = english): string {
	return f.month(round.opensOn);
}

/** A round in full: "30 Oct – 6 Nov 2026", or with both years when they differ. */
export function roundLabel(
	round: { opensOn: string; closesOn: string },
	f: Formatter = english
): string {
	return f.dateRange(round.opensOn, round.closesOn);
}

/** A change with its sign: "+3.2", "−1.5", "no change". */
export function signed(delta: number): string {
	if (delta === 0) return 'no change';
	return delta > 0 ? `+${delta}` : `−${Math.abs(delta)}`;
}

/** A measure's name where space is short: heatmap columns. */
export function measureShortLabel(key: string, t: Messages = en): string {
	return (t.measures.short as Record<string, string>)[key] ?? measureLabel(key, t);
}
