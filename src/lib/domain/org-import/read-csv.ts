import { parse } from 'csv-parse/sync';
import { restoreCsvText } from '../csv-cells';
import {
	IMPORT_COLUMNS,
	REQUIRED_COLUMNS,
	type CsvRead,
	type ImportColumn,
	type ImportProblem,
	type ImportRecord
} from './types';

export const MAX_IMPORT_ROWS = 50_000;

const SAVE_AS_UTF8 = 'Save it from your spreadsheet as “CSV UTF-8” and upload it again.';

function fileProblem(message: string, line: number | null = null): CsvRead {
	return {
		delimiter: ',',
		columns: [],
		ignoredColumns: [],
		records: [],
		problems: [{ line, column: null, message }]
	};
}

/** Byte offset of the first byte that is not part of a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
	let i = 0;
	while (i < bytes.length) {
		const b = bytes[i];
		if (b < 0x80) {
			i++;
			continue;
		}
		let need: number;
		let min: number;
		if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
		else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
		else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
		else return i;
		let cp = b & (0x3f >> need);
		for (let k = 1; k <= need; k++) {
			const next = bytes[i + k];
			if (next === undefined || (next & 0xc0) !== 0x80) return i;
			cp = (cp << 6) | (next & 0x3f);
		}
		if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
		i += need + 1;
	}
	return -1;
}

function lineOfByte(bytes: Uint8Array, offset: number): number {
	let line = 1;
	for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
	return line;
}

/** Text of an uploaded file: UTF-8 with or without a byte-order mark, or a problem saying why not. */
export function decodeCsvBytes(bytes: Uint8Array): { text: string } | { problem: string } {
	if (bytes.length === 0) return { problem: 'The file is empty.' };
	if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
		return { problem: `This looks like a spreadsheet workbook, not a CSV file. ${SAVE_AS_UTF8}` };
	}
	if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
		return { problem: `The file is saved as UTF-16 text. ${SAVE_AS_UTF8}` };
	}
	const body =
		bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
	const bad = firstInvalidUtf8(body);
	if (bad >= 0) {
		return {
			problem: `Line ${lineOfByte(body, bad)} is not UTF-8 text (an accented letter saved in another encoding?). ${SAVE_AS_UTF8}`
		};
	}
	if (body.includes(0))
		return { problem: `The file contains binary data, not text. ${SAVE_AS_UTF8}` };
	return { text: new TextDecoder('utf-8').decode(body) };
}

/** `,` or `;`: whichever separates more fields on the header line (quotes respected). */
export function detectDelimiter(text: string): ',' | ';' {
	let commas = 0;
	let semicolons = 0;
	let quoted = false;
	for (const ch of text) {
		if (ch === '"') quoted = !quoted;
		else if (ch === '\n' && !quoted) break;
		else if (!quoted && ch === ',') commas++;
		else if (!quoted && ch === ';') semicolons++;
	}
	return semicolons > commas ? ';' : ',';
}

/** "Employee ID", "employee-id" and "EMPLOYEE_ID" all name the employee_id column. */
export function normaliseHeader(header: string): string {
	return header
		.trim()
		.toLowerCase()
		.replace(/[\s-]+/g, '_');
}

function lineStarts(text: string): number[] {
	const starts = [0];
	for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
	return starts;
}

function lineAt(starts: number[], offset: number): number {
	let lo = 0;
	let hi = starts.length - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if (starts[mid] <= offset) lo = mid;
		else hi = mid - 1;
	}
	return lo + 1;
}

type ParseEvent = { fields: string[] | null; end: number; error?: string };

/** Thrown from inside the parser to stop it: the rest of the file is not worth reading. */
class RowLimitPassed extends Error {}

/**
 * The file's records, or null as soon as it holds more than `maxRows` data rows (not counting the
 * header and blank rows): a file over the limit is refused without being read to its end.
 */
function parseRecords(text: string, delimiter: ',' | ';', maxRows: number): ParseEvent[] | null {
	const events: ParseEvent[] = [];
	let filled = 0;
	try {
		parse(text, {
			delimiter,
			record_delimiter: '\n',
			relax_quotes: true,
			relax_column_count: true,
			skip_empty_lines: true,
			skip_records_with_error: true,
			on_record: (record: string[], context: { bytes: number }) => {
				if (record.some((f) => f.trim() !== '') && ++filled > maxRows + 1) {
					throw new RowLimitPassed();
				}
				events.push({ fields: record, end: context.bytes });
				return null;
			},
			on_skip: (err) => {
				const bytes = (err as { bytes?: number } | undefined)?.bytes ?? text.length;
				const code = (err as { code?: string } | undefined)?.code;
				events.push({
					fields: null,
					end: bytes,
					error:
						code === 'CSV_QUOTE_NOT_CLOSED'
							? 'A quoted field is never closed: a “"” is missing.'
							: 'This line cannot be read as CSV: check its quotes.'
				});
			}
		});
	} catch (err) {
		if (err instanceof RowLimitPassed) return null;
		events.push({
			fields: null,
			end: text.length,
			error: 'The rest of the file cannot be read as CSV.'
		});
	}
	return events;
}

const TOO_MANY_ROWS = `The file has more than ${MAX_IMPORT_ROWS.toLocaleString('en')} rows. Split it.`;

/** Reads an import file: header, then one record per data row, each with its line number. */
export function readImportCsv(bytes: Uint8Array): CsvRead {
	const decoded = decodeCsvBytes(bytes);
	if ('problem' in decoded) return fileProblem(decoded.problem);
	// One kind of line break, so that line numbers and the parser agree whatever the file used.
	const text = decoded.text.replace(/\r\n?/g, '\n');
	if (text.trim() === '') return fileProblem('The file is empty.');
	const delimiter = detectDelimiter(text);
	const events = parseRecords(text, delimiter, MAX_IMPORT_ROWS);
	if (!events) return fileProblem(TOO_MANY_ROWS);
	const starts = lineStarts(text);

	const problems: ImportProblem[] = [];
	const records: ImportRecord[] = [];
	let columns: (ImportColumn | null)[] | null = null;
	const ignoredColumns: string[] = [];
	let start = 0;
	for (const event of events) {
		let from = start;
		while (text[from] === '\n') from++;
		const line = lineAt(starts, from);
		start = event.end;
		if (!event.fields) {
			problems.push({ line, column: null, message: event.error ?? 'Unreadable line.' });
			continue;
		}
		if (event.fields.every((f) => f.trim() === '')) continue;
		if (!columns) {
			const header = readHeader(event.fields, line);
			if ('problem' in header) return fileProblem(header.problem, line);
			columns = header.columns;
			ignoredColumns.push(...header.ignored);
			continue;
		}
		if (records.length >= MAX_IMPORT_ROWS) return fileProblem(TOO_MANY_ROWS);
		const extra = event.fields.slice(columns.length).some((f) => f.trim() !== '');
		if (event.fields.length < columns.length || extra) {
			problems.push({
				line,
				column: null,
				message: `This line has ${event.fields.length} fields but the header has ${columns.length}. Check for a missing or extra “${delimiter}” or an unclosed quote.`
			});
			continue;
		}
		const values: Partial<Record<ImportColumn, string>> = {};
		columns.forEach((column, i) => {
			if (column) values[column] = restoreCsvText(event.fields?.[i] ?? '');
		});
		records.push({ line, values });
	}
	if (!columns) return fileProblem('The file has no header line.');
	return {
		delimiter,
		columns: columns.filter((c): c is ImportColumn => c !== null),
		ignoredColumns,
		records,
		problems
	};
}

function readHeader(
	fields: string[],
	line: number
): { columns: (ImportColumn | null)[]; ignored: string[] } | { problem: string } {
	const expected = IMPORT_COLUMNS.join(', ');
	const columns: (ImportColumn | null)[] = [];
	const ignored: string[] = [];
	for (const field of fields) {
		const name = normaliseHeader(field);
		const known = (IMPORT_COLUMNS as readonly string[]).includes(name)
			? (name as ImportColumn)
			: null;
		if (known && columns.includes(known)) {
			return { problem: `Line ${line}: the column “${known}” appears twice in the header.` };
		}
		if (!known && field.trim() !== '') ignored.push(field.trim().slice(0, 60));
		columns.push(known);
	}
	if (!columns.some((c) => c !== null)) {
		return {
			problem: `The first line must be the header, naming the columns: ${expected}. Download the template to start from.`
		};
	}
	const missing = REQUIRED_COLUMNS.filter((c) => !columns.includes(c));
	if (missing.length > 0) {
		const list = missing.map((c) => `“${c}”`).join(' and ');
		return {
			problem: `The header has no ${list} column${missing.length > 1 ? 's' : ''}. The columns are: ${expected}.`
		};
	}
	return { columns, ignored };
}
