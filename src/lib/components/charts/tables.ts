import type { I18n } from '$lib/i18n';
import type { SuppressionReason } from '$lib/domain/suppression-reasons';
import { markup, type Markup } from '../markup';
import { heatLevel, type HeatScale } from './palette';
import {
	formatValue,
	isHidden,
	sharedHiddenReason,
	type ChartValue,
	type HiddenValue,
	type Series
} from './types';

// The tables under the charts and in the heat tables, written as markup (see ../markup.ts for
// why). Each gives the head and body of a table whose element and caption the component makes.

/**
 * A hidden figure saying why: as its reason in words, or (`short`) as its mark with the reason as
 * its title and for screen readers. Suppressed.svelte writes it outside the tables.
 */
export function hiddenFigure(
	reason: SuppressionReason,
	k: number,
	{ t }: I18n,
	short = false
): Markup {
	const text = t.figures.hidden[reason](k);
	if (!short) return markup`<span class="suppressed" data-reason="${reason}">${text}</span>`;
	return markup`<span class="suppressed" title="${text}" data-reason="${reason}"><span aria-hidden="true">${t.figures.marks[reason](k)}</span><span class="visually-hidden">${text}</span></span>`;
}

/**
 * hiddenFigure for a whole table or list, made once per reason: a large one has hundreds of
 * hidden figures and at most a few reasons.
 */
export function hiddenFigures(
	k: number,
	words: I18n,
	short = false
): (reason: SuppressionReason) => Markup {
	const made = new Map<SuppressionReason, Markup>();
	return (reason) => {
		let figure = made.get(reason);
		if (!figure) made.set(reason, (figure = hiddenFigure(reason, k, words, short)));
		return figure;
	};
}

/** A chart's series as a table: a row per label, a column per series. */
export function seriesTable(
	{
		labels,
		series,
		heading,
		unit,
		k,
		emptyText,
		hidden
	}: {
		labels: string[];
		series: Series[];
		/** The heading of the labels' column. */
		heading: string;
		unit: string;
		k: number;
		emptyText?: string;
		/** How a withheld figure is written, where not as its reason in words. */
		hidden?: (value: HiddenValue) => Markup;
	},
	words: I18n
): Markup {
	const cell = (value: ChartValue) =>
		isHidden(value)
			? markup`<td class="suppressed">${hidden ? hidden(value) : formatValue(value, unit, k, emptyText, words)}</td>`
			: markup`<td>${formatValue(value, unit, k, emptyText, words)}</td>`;
	return markup`<thead><tr><th scope="col">${heading}</th>${series.map((s) => markup`<th scope="col">${s.label}</th>`)}</tr></thead><tbody>${labels.map(
		(label, i) =>
			markup`<tr><th scope="row">${label}</th>${series.map((s) => cell(s.values[i]))}</tr>`
	)}</tbody>`;
}

type HeatmapColumn = { label: string; unit: string };

/**
 * A heatmap's figures as a table. A row hidden throughout for one reason (a department's own
 * members pooled into the group above, say) says so once rather than in every column.
 */
export function heatmapTable(
	{
		rows,
		columns,
		values,
		rowHeading,
		rowLinks,
		k
	}: {
		rows: string[];
		columns: HeatmapColumn[];
		/** values[row][column] */
		values: ChartValue[][];
		rowHeading: string;
		rowLinks: (string | undefined)[];
		k: number;
	},
	words: I18n
): Markup {
	const mark = hiddenFigures(k, words, true);
	const row = (name: string, r: number) => {
		const cells = values[r] ?? [];
		const head = rowLinks[r]
			? markup`<th scope="row"><a href="${rowLinks[r]}">${name}</a></th>`
			: markup`<th scope="row">${name}</th>`;
		const alike =
			columns.length >= 2 && cells.length >= columns.length
				? sharedHiddenReason(cells.slice(0, columns.length))
				: null;
		if (alike) {
			const why = words.t.figures.hidden[alike](k);
			return markup`<tr>${head}<td colspan="${columns.length}"><span class="suppressed" title="${why}" data-reason="${alike}">${words.t.figures.rowHidden(why)}</span></td></tr>`;
		}
		return markup`<tr>${head}${columns.map((column, c) => {
			const value = cells[c] ?? null;
			return isHidden(value)
				? markup`<td>${mark(value.suppressed)}</td>`
				: markup`<td>${formatValue(value, column.unit, k, undefined, words)}</td>`;
		})}</tr>`;
	};
	return markup`<thead><tr><th scope="col">${rowHeading}</th>${columns.map((column) => markup`<th scope="col">${column.label}</th>`)}</tr></thead><tbody>${rows.map(row)}</tbody>`;
}

export type HeatTableColumn = { key: string; label: string; title?: string };
export type HeatTableCell = { value: ChartValue; scale: HeatScale; unit?: string };
export type HeatTableRow = {
	key: string;
	label: string;
	depth?: number;
	href?: string;
	note?: string;
};

/** A heat table's head and body: each cell coloured by its figure, hidden ones marked. */
export function heatTable(
	{
		rowHeading,
		columns,
		rows,
		cells,
		k
	}: {
		rowHeading: string;
		columns: HeatTableColumn[];
		rows: HeatTableRow[];
		/** cells[row index][column index] */
		cells: HeatTableCell[][];
		k: number;
	},
	words: I18n
): Markup {
	const { t, f } = words;
	const mark = hiddenFigures(k, words, true);
	const noFigure = markup`<td class="num"><span aria-hidden="true">·</span><span class="visually-hidden">${t.figures.noFigure}</span></td>`;
	const cell = ({ value, scale, unit }: HeatTableCell) => {
		// Nothing was asked there: no figure exists, so no stripes for a hidden one.
		if (isHidden(value)) {
			const kind = value.suppressed === 'not_asked' ? 'heat-not-asked' : 'heat-suppressed';
			return markup`<td class="num ${kind}">${mark(value.suppressed)}</td>`;
		}
		if (value === null) return noFigure;
		return markup`<td class="num heat-${heatLevel(value, scale)}">${f.number(value, 1)}${unit ?? ''}</td>`;
	};
	const head = (row: HeatTableRow) =>
		markup`<th scope="row" style="padding-left: ${0.75 + (row.depth ?? 0)}rem;">${
			row.href ? markup`<a href="${row.href}">${row.label}</a>` : row.label
		}${row.note && markup` <span class="note muted">${row.note}</span>`}</th>`;
	return markup`<thead><tr><th scope="col">${rowHeading}</th>${columns.map(
		(column) =>
			markup`<th scope="col" class="num">${
				column.title ? markup`<abbr title="${column.title}">${column.label}</abbr>` : column.label
			}</th>`
	)}</tr></thead><tbody>${rows.map(
		(row, r) => markup`<tr>${head(row)}${(cells[r] ?? []).map(cell)}</tr>`
	)}</tbody>`;
}
