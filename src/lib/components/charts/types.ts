/** A figure in a chart: a number, withheld by the privacy gate, or nothing (not asked). */
export type ChartValue = number | 'suppressed' | null;

export type Series = { label: string; values: ChartValue[] };

export const asNumber = (v: ChartValue): number | null => (typeof v === 'number' ? v : null);

export function formatValue(v: ChartValue, unit: string, suppressedText: string): string {
	if (v === 'suppressed') return suppressedText;
	if (v === null) return 'not asked';
	return `${v}${unit}`;
}

/** A category label cut to fit a narrow chart (the table keeps it whole). */
export function fitLabel(label: string, chartWidth: number): string {
	const max = chartWidth < 420 ? 14 : chartWidth < 640 ? 24 : 40;
	return label.length > max ? `${label.slice(0, max - 1).trimEnd()}…` : label;
}
