import { parse } from 'csv-parse/sync';
import { restoreCsvText } from '../csv-cells';
import { decodeCsvBytes } from './text-decoding';
import type { ImportProblem, ImportTable, TableDelimiter } from './types';

export const MAX_IMPORT_ROWS = 50_000;

export const TOO_MANY_ROWS = `The file has more than ${MAX_IMPORT_ROWS.toLocaleString('en')} rows. Split it.`;

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
	maxRows: number
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
			end: Infinity,
			error: 'The rest of the file cannot be read as CSV.'
		});
	}
	return events;
}

const delimiterName = (d: TableDelimiter) => (d === '\t' ? 'tab' : `“${d}”`);

/**
 * Reads a CSV file into its header and rows, each row with its line number (1 = the first line).
 * A row whose field count differs from the header's is a problem, not a row.
 */
export function readCsvTable(bytes: Uint8Array): ImportTable {
	const decoded = decodeCsvBytes(bytes);
	if ('problem' in decoded) return tableProblem(decoded.problem);
	// One kind of line break, so that line numbers and the parser agree whatever the file used.
	const text = decoded.text.replace(/\r\n?/g, '\n');
	if (text.trim() === '') return tableProblem('The file is empty.');
	const delimiter = detectDelimiter(text);
	const events = parseRecords(text, delimiter, MAX_IMPORT_ROWS);
	if (!events) return tableProblem(TOO_MANY_ROWS);
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
			problems.push({ line, column: null, message: event.error ?? 'Unreadable line.' });
			continue;
		}
		if (event.fields.every((f) => f.trim() === '')) continue;
		if (!headers) {
			headers = event.fields.map((f) => f.trim());
			headerLine = line;
			continue;
		}
		if (rows.length >= MAX_IMPORT_ROWS) return tableProblem(TOO_MANY_ROWS);
		const extra = event.fields.slice(headers.length).some((f) => f.trim() !== '');
		if (event.fields.length < headers.length || extra) {
			problems.push({
				line,
				column: null,
				message: `This line has ${event.fields.length} fields but the header has ${headers.length}. Check for a missing or extra ${delimiterName(delimiter)} or an unclosed quote.`
			});
			continue;
		}
		rows.push({ line, cells: event.fields.slice(0, headers.length).map(restoreCsvText) });
	}
	if (!headers) return tableProblem('The file has no header line.');
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
