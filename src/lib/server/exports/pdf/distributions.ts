import { isShown } from '../../gate/cells';
import type { ExportPlan } from '../plan';
import type { KeyFigure } from '../summary';
import { INTERNAL_NPS } from '../summary';
import { measureName, type ReportText } from './catalogue';
import { formatShare } from './numbers';
import {
	COLOURS,
	FONT,
	contentWidth,
	ensureSpace,
	heading,
	hiddenWhy,
	paragraph,
	printable,
	type Doc
} from './layout';

// How people answered each measure in its latest round: one bar per measure, split by answer
// (1–5 for drivers, detractors / passives / promoters for eNPS), with n; a hidden figure is a
// line that says why, never an empty bar.

export const LIKERT_COLOURS = ['#d9534f', '#f0ad8c', '#e4e7ec', '#9ed3ae', '#3f9a5c'];
const NPS_COLOURS = ['#d9534f', '#e4e7ec', '#3f9a5c'];
const BAR = 14;

function segments(measure: string, histogram: readonly number[]): number[] {
	if (measure !== 'enps') return [...histogram];
	const sum = (from: number, to: number) =>
		histogram.slice(from, to + 1).reduce((a, b) => a + b, 0);
	return [sum(0, 6), sum(7, 8), sum(9, 10)];
}

/** A 100% bar of `parts` in `colours`, each share printed inside its part when it fits. */
export function stackedBar(
	doc: Doc,
	text: ReportText,
	parts: readonly number[],
	colours: readonly string[],
	box: {
		x: number;
		y: number;
		width: number;
		height: number;
		labelSize: number;
		labelOffset: number;
		minLabelWidth: number;
	}
): void {
	const total = parts.reduce((a, b) => a + b, 0) || 1;
	let x = box.x;
	parts.forEach((count, i) => {
		const width = (count / total) * box.width;
		if (width <= 0) return;
		doc.rect(x, box.y, width, box.height).fill(colours[i]);
		if (width > box.minLabelWidth) {
			doc
				.font(FONT)
				.fontSize(box.labelSize)
				.fillColor(COLOURS.text)
				.text(formatShare(text, count / total), x, box.y + box.labelOffset, {
					width,
					align: 'center',
					lineBreak: false
				});
		}
		x += width;
	});
}

export function distributionPages(
	doc: Doc,
	plan: ExportPlan,
	text: ReportText,
	figures: KeyFigure[]
) {
	const shown = figures.filter((f) => f.measure !== 'participation' && f.measure !== INTERNAL_NPS);
	if (shown.length === 0) return;
	ensureSpace(doc, 120);
	doc.moveDown(0.8);
	heading(doc, text.headings.distributions);
	paragraph(doc, `${text.legends.likert}. eNPS: ${text.legends.nps}.`, {
		size: 8.5,
		colour: COLOURS.muted
	});
	const left = doc.page.margins.left;
	const labelWidth = 150;
	const barWidth = contentWidth(doc) - labelWidth - 50;
	for (const figure of shown) {
		ensureSpace(doc, BAR + 12);
		const y = doc.y;
		doc
			.font(FONT)
			.fontSize(8.5)
			.fillColor(COLOURS.text)
			.text(printable(measureName(text, figure.measure, figure.label)), left, y + 2, {
				width: labelWidth - 6,
				lineBreak: false,
				ellipsis: true
			});
		const cell = figure.latest.cell;
		const histogram = isShown(cell) ? cell.value.histogram : undefined;
		if (!isShown(cell) || !histogram) {
			const why = isShown(cell) ? '-' : hiddenWhy(cell.reason, plan.k.scores, text);
			doc
				.fontSize(8)
				.fillColor(COLOURS.muted)
				.text(printable(why), left + labelWidth, y + 2, { width: barWidth, lineBreak: false });
			doc.y = y + BAR + 6;
			continue;
		}
		const parts = segments(figure.measure, histogram);
		const colours = figure.measure === 'enps' ? NPS_COLOURS : LIKERT_COLOURS;
		stackedBar(doc, text, parts, colours, {
			x: left + labelWidth,
			y,
			width: barWidth,
			height: BAR,
			labelSize: 7,
			labelOffset: 4,
			minLabelWidth: 18
		});
		doc
			.font(FONT)
			.fontSize(8)
			.fillColor(COLOURS.muted)
			.text(`n = ${cell.n}`, left + labelWidth + barWidth + 6, y + 3, { lineBreak: false });
		doc.y = y + BAR + 6;
	}
	doc.x = left;
}
