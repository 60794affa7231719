import { isShown } from '../../gate/cells';
import type { ItemDistribution } from '../item-distributions';
import type { ExportPlan } from '../plan';
import type { ReportText } from './catalogue';
import { LIKERT_COLOURS, stackedBar } from './distributions';
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

// How people answered each question of the latest round: per item its wording (wrapped), a thin
// 1–5 bar with the shares and n; a hidden item says why and shows no count.

const BAR = 11;
const TEXT_SIZE = 8;

export function itemPages(doc: Doc, plan: ExportPlan, text: ReportText, items: ItemDistribution[]) {
	if (items.length === 0) return;
	ensureSpace(doc, 120);
	doc.moveDown(0.8);
	heading(doc, text.items.heading, 14);
	paragraph(doc, text.items.note, { size: 8.5, colour: COLOURS.muted });
	const left = doc.page.margins.left;
	const labelWidth = Math.round(contentWidth(doc) * 0.48);
	const barWidth = contentWidth(doc) - labelWidth - 44;
	for (const item of items) {
		const wording = printable(item.text);
		doc.font(FONT).fontSize(TEXT_SIZE);
		const textHeight = doc.heightOfString(wording, { width: labelWidth - 8 });
		const rowHeight = Math.max(BAR, textHeight) + 5;
		ensureSpace(doc, rowHeight);
		const y = doc.y;
		doc.fillColor(COLOURS.text).text(wording, left, y, { width: labelWidth - 8 });
		const cell = item.cell;
		if (!isShown(cell)) {
			const why = hiddenWhy(cell.reason, plan.k.scores, text);
			doc
				.fontSize(TEXT_SIZE)
				.fillColor(COLOURS.muted)
				.text(printable(why), left + labelWidth, y, { width: barWidth + 44, lineBreak: false });
			doc.y = y + rowHeight;
			continue;
		}
		stackedBar(doc, text, cell.value.histogram, LIKERT_COLOURS, {
			x: left + labelWidth,
			y,
			width: barWidth,
			height: BAR,
			labelSize: 6.5,
			labelOffset: 2.5,
			minLabelWidth: 20
		});
		doc
			.font(FONT)
			.fontSize(TEXT_SIZE)
			.fillColor(COLOURS.muted)
			.text(`n = ${cell.n}`, left + labelWidth + barWidth + 5, y + 1.5, { lineBreak: false });
		doc.y = y + rowHeight;
	}
	doc.x = left;
}
