import type { SuppressionReason } from '../../../domain/suppression-reasons';
import { isShown, suppressedCell, type Cell } from '../../gate/cells';
import { serviceFigure, type Figure, type RoundFigures } from '../figures';
import type { PeriodMatrix } from '../period-matrix';
import { measureName, type ReportText } from './catalogue';
import { formatNumber } from './numbers';
import type { ExportPlan } from '../plan';
import { INTERNAL_NPS, groupFigure, measureLabel, reportedMeasures } from '../summary';
import { groupsOf } from '../xlsx/tables';
import {
	BOLD,
	COLOURS,
	FONT,
	ITALIC,
	bottom,
	contentWidth,
	heading,
	hiddenMark,
	newPage,
	paragraph,
	printable,
	reasonLegend,
	scaleColour,
	type Doc
} from './layout';

// The heatmap and the internal service matrix as coloured grids, split over pages as needed.

const ROW = 15;

// undefined: outside what the export covers (drawn blank); null: the round did not ask it.
type GridCell = Cell<Figure> | undefined | null;

/** Draws a cell of a grid and returns why it is hidden, if it is, for the grid's legend. */
function drawCell(
	doc: Doc,
	cell: GridCell,
	x: number,
	y: number,
	w: number,
	range: [number, number],
	k: number,
	words: ReportText,
	height = ROW
): SuppressionReason | null {
	if (cell === undefined) return null;
	const figure = cell ?? suppressedCell('not_asked');
	let text = '-';
	let fill: string | null = null;
	if (!isShown(figure)) {
		text = hiddenMark(figure.reason, k, words);
		fill = COLOURS.suppressed;
	} else if (figure.value.value !== null) {
		text = formatNumber(words, figure.value.value);
		fill = scaleColour(figure.value.value, range[0], range[1]);
	}
	if (fill) doc.rect(x + 0.5, y + 0.5, w - 1, height - 1).fill(fill);
	doc
		.font(fill === COLOURS.suppressed ? ITALIC : FONT)
		.fontSize(7.5)
		.fillColor(COLOURS.text);
	doc.text(text, x, y + (height - ROW) / 2 + 4, { width: w, align: 'center', lineBreak: false });
	return isShown(figure) ? null : figure.reason;
}

function legendLine(doc: Doc, reasons: Set<SuppressionReason>, k: number, words: ReportText) {
	const legend = reasonLegend(reasons, k, words);
	if (!legend) return;
	doc.moveDown(0.3);
	doc
		.font(FONT)
		.fontSize(7.5)
		.fillColor(COLOURS.muted)
		.text(legend, doc.page.margins.left, doc.y, { width: contentWidth(doc) });
}

function rangeOf(measure: string): [number, number] {
	return measure === 'enps' || measure === INTERNAL_NPS ? [-100, 100] : [0, 100];
}

export function heatmapPages(doc: Doc, plan: ExportPlan, latest: RoundFigures, text: ReportText) {
	const measures = reportedMeasures(plan, [latest]);
	if (measures.length === 0) return;
	newPage(doc);
	heading(doc, text.headings.heatmap);
	paragraph(doc, text.heatmap.caption(latest.round.opensOn, latest.round.closesOn), {
		size: 9,
		colour: COLOURS.muted
	});
	const labelWidth = Math.min(220, contentWidth(doc) * 0.38);
	const w = (contentWidth(doc) - labelWidth) / measures.length;
	const left = doc.page.margins.left;
	const header = () => {
		const y = doc.y;
		doc.font(BOLD).fontSize(7.5).fillColor(COLOURS.text);
		doc.text(text.heatmap.department, left, y + 4, { width: labelWidth, lineBreak: false });
		measures.forEach((m, i) =>
			doc.text(text.heatmap.short[m] ?? m, left + labelWidth + i * w, y + 4, {
				width: w,
				align: 'center',
				lineBreak: false
			})
		);
		doc.y = y + ROW + 2;
	};
	header();
	const reasons = new Set<SuppressionReason>();
	for (const group of groupsOf(plan, latest)) {
		// A long name wraps onto more lines, and its row grows with it.
		const label = printable(
			(group.group === 'company' ? text.wholeCompany : group.label)
				.replace(/ \(own members\)$/, ` (${text.heatmap.ownMembers})`)
				.replace(/^ +/, (s) => '\u00a0'.repeat(s.length))
		);
		doc
			.font(group.group === 'company' ? BOLD : FONT)
			.fontSize(7.5)
			.fillColor(COLOURS.text);
		const labelOptions = { width: labelWidth - 4, lineGap: 0 };
		const lines = Math.round(doc.heightOfString(label, labelOptions) / doc.currentLineHeight());
		const height = ROW + Math.max(0, lines - 1) * Math.ceil(doc.currentLineHeight());
		if (doc.y + height > bottom(doc)) {
			newPage(doc);
			header();
			doc
				.font(group.group === 'company' ? BOLD : FONT)
				.fontSize(7.5)
				.fillColor(COLOURS.text);
		}
		const y = doc.y;
		doc.text(label, left, y + 4, labelOptions);
		measures.forEach((m, i) => {
			const cell =
				m === INTERNAL_NPS && group.group === 'own members'
					? undefined
					: groupFigure(
							latest,
							group.cells,
							m,
							group.group === 'company' ? null : group.providerId
						);
			const reason = drawCell(
				doc,
				cell,
				left + labelWidth + i * w,
				y,
				w,
				rangeOf(m),
				plan.k.scores,
				text,
				height
			);
			if (reason) reasons.add(reason);
		});
		doc.y = y + height;
	}
	doc.moveDown(0.5);
	doc
		.font(FONT)
		.fontSize(7.5)
		.fillColor(COLOURS.muted)
		.text(
			printable(
				measures
					.map((m) => `${text.heatmap.short[m] ?? m}: ${measureName(text, m, measureLabel(m))}`)
					.join(' · ')
			),
			left,
			doc.y,
			{ width: contentWidth(doc) }
		);
	legendLine(doc, reasons, plan.k.scores, text);
}

/**
 * The internal service matrix over the report's period: each pair pooled over the rounds in
 * which it was shown (see period-matrix.ts), so that sparse pairs add up instead of hiding.
 */
export function matrixPages(doc: Doc, plan: ExportPlan, matrix: PeriodMatrix, text: ReportText) {
	const visible = new Set(matrix.rows.flatMap((r) => Object.keys(r.cells)));
	const providers = matrix.providers.filter((p) => visible.has(p.id));
	const labelWidth = 150;
	const cellWidth = 27;
	newPage(doc, 'landscape');
	const perPage = Math.max(1, Math.floor((contentWidth(doc) - labelWidth) / cellWidth));
	for (let start = 0; start < providers.length; start += perPage) {
		if (start > 0) newPage(doc, 'landscape');
		const chunk = providers.slice(start, start + perPage);
		heading(doc, start === 0 ? text.headings.matrix : `${text.headings.matrix} (…)`);
		paragraph(doc, text.matrix.caption(matrix.rounds, matrix.shown, matrix.asked), {
			size: 8.5,
			colour: COLOURS.muted
		});
		const left = doc.page.margins.left;
		const header = () => {
			const y = doc.y;
			doc.font(BOLD).fontSize(6.5).fillColor(COLOURS.text);
			doc.text(text.matrix.corner, left, y + 4, { width: labelWidth, lineBreak: false });
			chunk.forEach((p, i) =>
				doc.text(printable(p.code), left + labelWidth + i * cellWidth, y + 4, {
					width: cellWidth,
					align: 'center',
					lineBreak: false,
					ellipsis: true
				})
			);
			doc.y = y + ROW + 2;
		};
		header();
		const reasons = new Set<SuppressionReason>();
		const lines = [
			...matrix.rows.map((r) => ({
				label: `${r.consumer.code} ${r.consumer.name}`,
				cells: r.cells,
				bold: false
			})),
			{ label: text.matrix.everyone, cells: matrix.received, bold: true }
		];
		for (const line of lines) {
			if (doc.y + ROW > bottom(doc)) {
				newPage(doc, 'landscape');
				header();
			}
			const y = doc.y;
			doc
				.font(line.bold ? BOLD : FONT)
				.fontSize(7)
				.fillColor(COLOURS.text);
			doc.text(printable(line.label), left, y + 4, {
				width: labelWidth - 4,
				lineBreak: false,
				ellipsis: true
			});
			chunk.forEach((p, i) => {
				const pooled = line.cells[p.id];
				const reason = drawCell(
					doc,
					pooled === undefined ? undefined : serviceFigure(pooled.cell),
					left + labelWidth + i * cellWidth,
					y,
					cellWidth,
					[-100, 100],
					plan.k.scores,
					text
				);
				if (reason) reasons.add(reason);
			});
			doc.y = y + ROW;
		}
		legendLine(doc, reasons, plan.k.scores, text);
	}
}
