import type { I18n } from '$lib/i18n';
import {
	SUPPRESSION_REASONS,
	suppressionMark,
	suppressionText,
	type SuppressionReason
} from '$lib/domain/suppression-reasons';

/** A figure withheld by the privacy gate, with the reason it carries. */
export type HiddenValue = { suppressed: SuppressionReason };

/** A figure in a chart: a number, withheld by the privacy gate (and why), or nothing at all. */
export type ChartValue = number | HiddenValue | null;

export type Series = { label: string; values: ChartValue[] };

export const asNumber = (v: ChartValue): number | null => (typeof v === 'number' ? v : null);

export function isHidden(v: ChartValue | undefined): v is HiddenValue {
	return typeof v === 'object' && v !== null;
}

/**
 * A figure in words: the number with its unit, why it is hidden (k: the threshold in force), or
 * what an empty point means in this chart.
 */
export function formatValue(
	v: ChartValue,
	unit: string,
	k: number,
	emptyText?: string,
	words?: I18n
): string {
	if (isHidden(v)) {
		return words ? words.t.figures.hidden[v.suppressed](k) : suppressionText(v.suppressed, k);
	}
	if (v === null) return emptyText ?? words?.t.figures.noFigure ?? 'no figure';
	return `${words ? words.f.number(v, 2) : v}${unit}`;
}

/** The reasons among some figures, in the fixed order of the list: what a legend explains. */
export function reasonsAmong(values: Iterable<ChartValue | undefined>): SuppressionReason[] {
	const found = new Set<SuppressionReason>();
	for (const v of values) if (isHidden(v)) found.add(v.suppressed);
	return SUPPRESSION_REASONS.filter((reason) => found.has(reason));
}

/** The reason every one of `values` is hidden for, when there are some and it is one and the same. */
export function sharedHiddenReason(
	values: readonly (ChartValue | undefined)[]
): SuppressionReason | null {
	const first = values[0];
	if (!isHidden(first)) return null;
	return values.every((v) => isHidden(v) && v.suppressed === first.suppressed)
		? first.suppressed
		: null;
}

/** A hidden figure's mark in a chart label: the short mark, or the words where it is a dash. */
export function hiddenLabelMark(reason: SuppressionReason, k: number, words?: I18n): string {
	if (!words) return reason === 'not_asked' ? 'not asked' : suppressionMark(reason, k);
	return reason === 'not_asked' ? words.t.figures.notAskedMark : words.t.figures.marks[reason](k);
}

/** A category label cut to fit a narrow chart (the table keeps it whole). */
export function fitLabel(label: string, chartWidth: number): string {
	const max = chartWidth < 420 ? 14 : chartWidth < 640 ? 24 : 40;
	return label.length > max ? `${label.slice(0, max - 1).trimEnd()}…` : label;
}

/**
 * How a line crosses the points between two drawn figures: not at all across a figure the gate
 * withheld (a gap says "hidden here"), dashed across rounds that did not ask the measure or have
 * no figure (drivers take turns, and a line of lone dots would hide their course).
 */
export function lineBetween(
	values: readonly ChartValue[],
	from: number,
	to: number
): 'solid' | 'dashed' | 'gap' {
	if (to - from <= 1) return 'solid';
	const between = values.slice(from + 1, to);
	if (between.some((v) => isHidden(v) && v.suppressed !== 'not_asked')) return 'gap';
	return 'dashed';
}

/** Draws the zero of a scale that runs below it (NPS-like figures) darker than the other lines. */
export function zeroLine(grid: string, zero: string) {
	return {
		color: (ctx: { tick?: { value: number } }) => (ctx.tick?.value === 0 ? zero : grid),
		lineWidth: (ctx: { tick?: { value: number } }) => (ctx.tick?.value === 0 ? 1.5 : 1)
	};
}
