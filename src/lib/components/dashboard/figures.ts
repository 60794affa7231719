import type { SuppressionReason } from '$lib/domain/suppression-reasons';
import { DRIVER_LABELS, type Driver } from '$lib/domain/questions';
import type { ChartValue } from '$lib/components/charts/types';

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

const EXTRA_LABELS: Record<string, string> = {
	participation: 'Participation',
	internal_service: 'Internal NPS received',
	enps: 'eNPS'
};

export function measureLabel(key: string): string {
	return EXTRA_LABELS[key] ?? DRIVER_LABELS[key as Driver] ?? key;
}

const month = new Intl.DateTimeFormat('en-GB', {
	month: 'short',
	year: 'numeric',
	timeZone: 'UTC'
});
const dayMonth = new Intl.DateTimeFormat('en-GB', {
	day: 'numeric',
	month: 'short',
	timeZone: 'UTC'
});
const day = new Intl.DateTimeFormat('en-GB', {
	day: 'numeric',
	month: 'short',
	year: 'numeric',
	timeZone: 'UTC'
});

/** A round as a chart axis names it: the month it opened. */
export function roundShortLabel(round: { opensOn: string }): string {
	return month.format(new Date(`${round.opensOn}T00:00:00Z`));
}

/** A round in full: "30 Oct – 6 Nov 2026", or with both years when they differ. */
export function roundLabel(round: { opensOn: string; closesOn: string }): string {
	const [from, to] = [round.opensOn, round.closesOn].map((s) => new Date(`${s}T00:00:00Z`));
	const end = day.format(to);
	if (from.getUTCFullYear() !== to.getUTCFullYear()) return `${day.format(from)} – ${end}`;
	return `${dayMonth.format(from)} – ${end}`;
}

/** A change with its sign: "+3.2", "−1.5", "no change". */
export function signed(delta: number): string {
	if (delta === 0) return 'no change';
	return delta > 0 ? `+${delta}` : `−${Math.abs(delta)}`;
}

const SHORT_LABELS: Record<string, string> = {
	internal_support: 'Int. support',
	manager_support: 'Manager',
	internal_service: 'Int. NPS'
};

/** A measure's name where space is short: heatmap columns. */
export function measureShortLabel(key: string): string {
	return SHORT_LABELS[key] ?? measureLabel(key);
}
