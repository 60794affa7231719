import ExcelJS from 'exceljs';
import { MAX_IMPORT_ROWS, tableProblem } from '../../../domain/org-import/read-table';
import type { ImportTable } from '../../../domain/org-import/types';
import { ENGLISH_IMPORT_WORDS, type ImportWords } from '../../../domain/org-import/words';
import { isoDay } from '../../../domain/dates';
import { zipContents } from '../../../domain/org-import/zip-size';

/** Unpacked, a workbook of 50,000 rows of an HR export is far below this. */
export const MAX_XLSX_UNPACKED_BYTES = 150 * 1024 * 1024;
const MAX_XLSX_ENTRIES = 2_000;

function xlsxProblem(message: string): ImportTable {
	return { ...tableProblem(message), format: 'xlsx' };
}

function cellText(value: ExcelJS.CellValue): string {
	if (value === null || value === undefined) return '';
	if (value instanceof Date) return isoDay(value);
	if (typeof value !== 'object') return String(value);
	if ('richText' in value) return value.richText.map((r) => r.text).join('');
	if ('error' in value) return '';
	if ('result' in value) return cellText((value.result ?? null) as ExcelJS.CellValue);
	if ('text' in value) return cellText(value.text as ExcelJS.CellValue);
	return '';
}

/**
 * The first worksheet of an .xlsx workbook as a table (line = worksheet row). The archive's own
 * directory is checked before anything is unpacked, so a small file that unpacks to gigabytes
 * (a zip bomb) or holds thousands of parts is refused as a too-large CSV file would be.
 */
export async function readXlsxTable(
	bytes: Uint8Array,
	words: ImportWords = ENGLISH_IMPORT_WORDS
): Promise<ImportTable> {
	const w = words.serverMessages.orgImport;
	const unreadable = `${w.workbookUnreadable} ${w.saveAsCsv}`;
	const contents = zipContents(bytes);
	if (!contents) return xlsxProblem(unreadable);
	if (contents.uncompressed > MAX_XLSX_UNPACKED_BYTES || contents.entries > MAX_XLSX_ENTRIES) {
		return xlsxProblem(`${w.workbookTooBig} ${w.saveAsCsv}`);
	}
	const workbook = new ExcelJS.Workbook();
	try {
		await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
	} catch {
		return xlsxProblem(unreadable);
	}
	const sheet = workbook.worksheets[0];
	if (!sheet || sheet.actualRowCount === 0) return xlsxProblem(w.sheetEmpty);
	if (sheet.actualRowCount > MAX_IMPORT_ROWS + 1) {
		return xlsxProblem(words.serverMessages.files.tooManyRows(MAX_IMPORT_ROWS));
	}

	let headers: string[] | null = null;
	let headerLine = 0;
	const rows: ImportTable['rows'] = [];
	sheet.eachRow({ includeEmpty: false }, (row, line) => {
		const values = (row.values as ExcelJS.CellValue[]).slice(1).map((v) => cellText(v).trim());
		if (values.every((v) => v === '')) return;
		if (!headers) {
			headers = values;
			headerLine = line;
			return;
		}
		const width: number = headers.length;
		rows.push({ line, cells: Array.from({ length: width }, (_, i) => values[i] ?? '') });
	});
	if (!headers) return xlsxProblem(w.sheetEmpty);
	return {
		format: 'xlsx',
		encoding: null,
		delimiter: null,
		headerLine,
		headers,
		rows,
		problems: []
	};
}
