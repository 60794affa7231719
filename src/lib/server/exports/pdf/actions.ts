import type { ActionExportRow } from '../actions';
import type { ReportText } from './catalogue';
import {
	BOLD,
	COLOURS,
	ensureSpace,
	heading,
	newPage,
	paragraph,
	printable,
	type Doc
} from './layout';

/** The report's "Focus areas and actions" section, grouped by department and focus area. */
export function actionPages(doc: Doc, rows: readonly ActionExportRow[], text: ReportText) {
	const words = text.actions;
	if (rows.length === 0) return;
	newPage(doc);
	heading(doc, words.heading);
	let group = '';
	for (const r of rows) {
		const key = `${r.department}\u0000${r.round}\u0000${r.focus}`;
		if (key !== group) {
			group = key;
			ensureSpace(doc, 50);
			doc
				.font(BOLD)
				.fontSize(11)
				.fillColor(COLOURS.text)
				.text(printable(`${r.department}: ${r.focus}`), doc.page.margins.left, doc.y);
			paragraph(doc, words.after(r.round), { size: 9, colour: COLOURS.muted });
		}
		if (!r.action) {
			paragraph(doc, words.none, { colour: COLOURS.muted });
			continue;
		}
		ensureSpace(doc, 30);
		const status = words.status[r.status] ?? r.status;
		const due = words.due(r.due, r.overdue);
		paragraph(doc, `- ${r.action} (${status}; ${r.owner || words.noOwner}; ${due})`);
		if (r.notes) paragraph(doc, `  ${r.notes}`, { size: 9, colour: COLOURS.muted });
	}
}
