import type { Workbook } from 'exceljs';
import { dictionaryRows } from '../../../domain/export-dictionary';
import { writeHeader } from './cells';

// The data dictionary of the CSV as a sheet: what each column, measure and code means.

export function addDictionarySheet(workbook: Workbook) {
	const sheet = workbook.addWorksheet('Dictionary');
	writeHeader(sheet, 1, ['Section', 'Name', 'Type', 'Meaning'], [14, 34, 9, 90]);
	dictionaryRows().forEach((values, i) => {
		const row = sheet.getRow(2 + i);
		row.values = values;
		row.getCell(4).alignment = { wrapText: true, vertical: 'top' };
		row.height = Math.ceil(values[3].length / 85) * 15 + 2;
	});
}
