import { parse } from 'csv-parse/sync';
import { restoreCsvText } from '../csv-cells';
import { decodeCsvBytes } from './text-decoding';
import type { ImportProblem, ImportTable, TableDelimiter } from './types';
import { ENGLISH_IMPORT_WORDS, type ImportWords } from './words';

export const MAX_IMPORT_ROWS = 50_000;

/** A table that holds nothing but the one problem that stopped the reading. */
export function tableProblem(message: string, line: number | null = null): ImportTable {
	return {
		format: 'csv',
		encoding: null,
		delimiter: null,
		headerLine: 0,
		headers: [],
		rows: [],
		problems: [{ line, column: null, message }]
	};
}

/** `,`, `;` or tab: whichever separates more fields on the header line (quotes respected). */
export function detectDelimiter(text: string): TableDelimiter {
	const counts = { ',': 0, ';': 0, '\t': 0 };
	let quoted = false;
	for (const ch of text) {
		if (ch === '"') quoted = !quoted;
		else if (ch === '\n' && !quoted) break;
		else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) counts[ch]++;
	}
	if (counts['\t'] > counts[','] && counts['\t'] > counts[';']) return '\t';
	return counts[';'] > counts[','] ? ';' : ',';
}

/** Where each line starts, in UTF-8 bytes: the parser reports its positions in bytes. */
function lineStarts(bytes: Uint8Array): number[] {
	const starts = [0];
	for (let i = bytes.indexOf(0x0a); i >= 0; i = bytes.indexOf(0x0a, i + 1)) starts.push(i + 1);
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
function parseRecords(
	text: string,
	delimiter: TableDelimiter,
	maxRows: number,
	w: ImportWords['serverMessages']['files']
): ParseEvent[] | null {
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
				const bytes = (err as { bytes?: number } | undefined)?.bytes ?? Infinity;
				const code = (err as { code?: string } | undefined)?.code;
				events.push({
					fields: null,
					end: bytes,
					error: code === 'CSV_QUOTE_NOT_CLOSED' ? w.quoteNotClosed : w.badQuotes
				});
			}
		});
	} catch (err) {
		if (err instanceof RowLimitPassed) return null;
		events.push({ fields: null, end: Infinity, error: w.restUnreadable });
	}
	return events;
}

/**
 * Reads a CSV file into its header and rows, each row with its line number (1 = the first line).
 * A row whose field count differs from the header's is a problem, not a row.
 */
export function readCsvTable(
	bytes: Uint8Array,
	words: ImportWords = ENGLISH_IMPORT_WORDS
): ImportTable {
	const w = words.serverMessages.files;
	const decoded = decodeCsvBytes(bytes, w);
	if ('problem' in decoded) return tableProblem(decoded.problem);
	// One kind of line break, so that line numbers and the parser agree whatever the file used.
	const text = decoded.text.replace(/\r\n?/g, '\n');
	if (text.trim() === '') return tableProblem(w.empty);
	const delimiter = detectDelimiter(text);
	const tooManyRows = w.tooManyRows(MAX_IMPORT_ROWS);
	const events = parseRecords(text, delimiter, MAX_IMPORT_ROWS, w);
	if (!events) return tableProblem(tooManyRows);
	const encoded = new TextEncoder().encode(text);
	const starts = lineStarts(encoded);

	const problems: ImportProblem[] = [];
	const rows: ImportTable['rows'] = [];
	let headers: string[] | null = null;
	let headerLine = 0;
	let start = 0;
	for (const event of events) {
		let from = start;
		while (encoded[from] === 0x0a) from++;
		const line = lineAt(starts, from);
		start = event.end;
		if (!event.fields) {
			problems.push({ line, column: null, message: event.error ?? w.unreadableLine });
			continue;
		}
		if (event.fields.every((f) => f.trim() === '')) continue;
		if (!headers) {
			headers = event.fields.map((f) => f.trim());
			headerLine = line;
			continue;
		}
		if (rows.length >= MAX_IMPORT_ROWS) return tableProblem(tooManyRows);
		const extra = event.fields.slice(headers.length).some((f) => f.trim() !== '');
		if (event.fields.length < headers.length || extra) {
			problems.push({
				line,
				column: null,
				message: w.fieldCount(event.fields.length, headers.length, w.delimiter(delimiter))
			});
			continue;
		}
		rows.push({ line, cells: event.fields.slice(0, headers.length).map(restoreCsvText) });
	}
	if (!headers) return tableProblem(w.noHeader);
	return {
		format: 'csv',
		encoding: decoded.encoding,
		delimiter,
		headerLine,
		headers,
		rows,
		problems
	};
}
