import ExcelJS from 'exceljs';
import {
	MAX_IMPORT_ROWS,
	tableProblem,
	TOO_MANY_ROWS
} from '../../../domain/org-import/read-table';
import type { ImportTable } from '../../../domain/org-import/types';
import { isoDay } from '../../../domain/dates';
import { zipContents } from '../../../domain/org-import/zip-size';

/** Unpacked, a workbook of 50,000 rows of an HR export is far below this. */
export const MAX_XLSX_UNPACKED_BYTES = 150 * 1024 * 1024;
const MAX_XLSX_ENTRIES = 2_000;

const SAVE_AS_CSV = 'Save it from your spreadsheet as “CSV UTF-8” and upload it again.';

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
export async function readXlsxTable(bytes: Uint8Array): Promise<ImportTable> {
	const contents = zipContents(bytes);
	if (!contents) return xlsxProblem(`The workbook cannot be read. ${SAVE_AS_CSV}`);
	if (contents.uncompressed > MAX_XLSX_UNPACKED_BYTES || contents.entries > MAX_XLSX_ENTRIES) {
		return xlsxProblem(`The workbook unpacks to more than an import can take. ${SAVE_AS_CSV}`);
	}
	const workbook = new ExcelJS.Workbook();
	try {
		await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
	} catch {
		return xlsxProblem(`The workbook cannot be read. ${SAVE_AS_CSV}`);
	}
	const sheet = workbook.worksheets[0];
	if (!sheet || sheet.actualRowCount === 0)
		return xlsxProblem('The workbook’s first sheet is empty.');
	if (sheet.actualRowCount > MAX_IMPORT_ROWS + 1) return xlsxProblem(TOO_MANY_ROWS);

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
	if (!headers) return xlsxProblem('The workbook’s first sheet is empty.');
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
