import type { ActionExportRow } from '../actions';
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
export function actionPages(doc: Doc, rows: readonly ActionExportRow[]) {
	if (rows.length === 0) return;
	newPage(doc);
	heading(doc, 'Focus areas and actions');
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
			paragraph(doc, `After the round of ${r.round}`, { size: 9, colour: COLOURS.muted });
		}
		if (!r.action) {
			paragraph(doc, 'No actions written yet.', { colour: COLOURS.muted });
			continue;
		}
		ensureSpace(doc, 30);
		const due = `due ${r.due}${r.overdue ? ', overdue' : ''}`;
		paragraph(doc, `- ${r.action} (${r.status}; ${r.owner || 'no owner'}; ${due})`);
		if (r.notes) paragraph(doc, `  ${r.notes}`, { size: 9, colour: COLOURS.muted });
	}
}
