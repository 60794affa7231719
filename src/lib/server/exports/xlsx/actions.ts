import type ExcelJS from 'exceljs';
import { ACTION_EXPORT_COLUMNS, type ActionExportRow } from '../actions';
import { writeHeader } from './cells';

/** The "Actions" sheet: every focus area and action of the exported departments and rounds. */
export function addActionsSheet(workbook: ExcelJS.Workbook, rows: readonly ActionExportRow[]) {
	const sheet = workbook.addWorksheet('Actions');
	writeHeader(
		sheet,
		1,
		ACTION_EXPORT_COLUMNS.map((c) => c.label),
		ACTION_EXPORT_COLUMNS.map((c) => c.width)
	);
	if (rows.length === 0) {
		sheet.getCell('A2').value = 'No focus areas were chosen after these rounds.';
		return;
	}
	rows.forEach((r, i) => {
		const row = sheet.getRow(2 + i);
		ACTION_EXPORT_COLUMNS.forEach((c, j) => {
			const value = r[c.key];
			row.getCell(j + 1).value = typeof value === 'boolean' ? (value ? 'yes' : '') : value;
			row.getCell(j + 1).alignment = { wrapText: true, vertical: 'top' };
		});
	});
}
