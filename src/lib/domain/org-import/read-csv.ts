import { readCsvTable } from './read-table';
import { isOneOf } from '../one-of';
import {
	IMPORT_ACCEPTED_COLUMNS,
	IMPORT_COLUMNS,
	REQUIRED_COLUMNS,
	type CsvRead,
	type ImportColumn,
	type ImportRecord,
	type ImportTable
} from './types';
import { ENGLISH_IMPORT_WORDS, type ImportWords } from './words';

export { decodeCsvBytes, firstInvalidUtf8 } from './text-decoding';
export { detectDelimiter, MAX_IMPORT_ROWS } from './read-table';

function fileProblem(message: string, line: number | null = null): CsvRead {
	return {
		delimiter: null,
		columns: [],
		ignoredColumns: [],
		records: [],
		problems: [{ line, column: null, message }]
	};
}

/** "Employee ID", "employee-id" and "EMPLOYEE_ID" all name the employee_id column. */
export function normaliseHeader(header: string): string {
	return header
		.trim()
		.toLowerCase()
		.replace(/[\s-]+/g, '_');
}

/** Reads a file in Rapport's own format: header, then one record per data row with its line. */
export function readImportCsv(
	bytes: Uint8Array,
	words: ImportWords = ENGLISH_IMPORT_WORDS
): CsvRead {
	return readNativeTable(readCsvTable(bytes, words), words);
}

/** A table whose header names Rapport's own columns, as the planner's records. */
export function readNativeTable(
	table: ImportTable,
	words: ImportWords = ENGLISH_IMPORT_WORDS
): CsvRead {
	if (table.headers.length === 0) {
		const first = table.problems[0];
		return fileProblem(first?.message ?? words.serverMessages.files.noHeader, first?.line ?? null);
	}
	const header = readHeader(table.headers, table.headerLine, words.serverMessages.orgImport);
	if ('problem' in header) return fileProblem(header.problem, table.headerLine);
	const records: ImportRecord[] = table.rows.map(({ line, cells }) => {
		const values: Partial<Record<ImportColumn, string>> = {};
		header.columns.forEach((column, i) => {
			if (column) values[column] = cells[i] ?? '';
		});
		return { line, values };
	});
	return {
		delimiter: table.delimiter,
		columns: header.columns.filter((c): c is ImportColumn => c !== null),
		ignoredColumns: header.ignored,
		records,
		problems: table.problems
	};
}

function readHeader(
	fields: string[],
	line: number,
	w: ImportWords['serverMessages']['orgImport']
): { columns: (ImportColumn | null)[]; ignored: string[] } | { problem: string } {
	const expected = IMPORT_COLUMNS.join(', ');
	const columns: (ImportColumn | null)[] = [];
	const ignored: string[] = [];
	for (const field of fields) {
		const name = normaliseHeader(field);
		const known = isOneOf(IMPORT_ACCEPTED_COLUMNS, name) ? name : null;
		if (known && columns.includes(known)) {
			return { problem: w.columnTwice(line, known) };
		}
		if (!known && field.trim() !== '') ignored.push(field.trim().slice(0, 60));
		columns.push(known);
	}
	if (!columns.some((c) => c !== null)) return { problem: w.headerFirst(expected) };
	const missing = REQUIRED_COLUMNS.filter((c) => !columns.includes(c));
	if (missing.length > 0) return { problem: w.missingColumns(expected, ...missing) };
	return { columns, ignored };
}
