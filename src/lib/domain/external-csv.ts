import { parse } from 'csv-parse/sync';
import { isOneOf } from './one-of';
import { decodeCsvBytes, detectDelimiter, normaliseHeader } from './org-import/read-csv';
import { METRIC_FIELDS, type MetricField, type RawMetricItem } from './external-metrics';
import { ENGLISH_SERVER_WORDS, type ServerWords } from '../i18n/server-words';

// Reads an external satisfaction CSV: one figure per row after a header row. The same file rules
// as the organisation import (UTF-8 with or without BOM, “,” or “;”, quotes, CRLF or LF).

export const MAX_METRIC_ROWS = 20_000;
export const REQUIRED_METRIC_COLUMNS: readonly MetricField[] = [
	'department',
	'metric',
	'value',
	'source'
];

/** Header spellings that name a column (after lower-casing, spaces and dashes to “_”). */
const ALIASES: Record<string, MetricField> = {
	dept: 'department',
	department_code: 'department',
	period: 'month',
	start: 'period_start',
	end: 'period_end',
	n: 'sample_size',
	responses: 'sample_size'
};

export type CsvRow = { line: number; raw: RawMetricItem };
export type CsvProblem = { line: number | null; field: MetricField | null; message: string };
export type MetricsCsv = { rows: CsvRow[]; problems: CsvProblem[]; ignoredColumns: string[] };

const fileProblem = (message: string, line: number | null = null): MetricsCsv => ({
	rows: [],
	problems: [{ line, field: null, message }],
	ignoredColumns: []
});

/** Reads the file; its problems are worded in `w`, the uploader's words (English by default). */
export function readMetricsCsv(
	bytes: Uint8Array,
	w: ServerWords = ENGLISH_SERVER_WORDS
): MetricsCsv {
	const decoded = decodeCsvBytes(bytes, w.files);
	if ('problem' in decoded) return fileProblem(decoded.problem);
	const text = decoded.text.replace(/\r\n?/g, '\n');
	if (text.trim() === '') return fileProblem(w.files.empty);
	const delimiter = detectDelimiter(text);
	let records: { record: string[]; info: { lines: number } }[];
	try {
		records = parse(text, {
			delimiter,
			relax_column_count: true,
			skip_empty_lines: true,
			info: true
		}) as unknown as { record: string[]; info: { lines: number } }[];
	} catch (err) {
		const line = (err as { lines?: number }).lines ?? null;
		const closed = (err as { code?: string }).code !== 'CSV_QUOTE_NOT_CLOSED';
		return fileProblem(closed ? w.files.badQuotes : w.files.quoteNotClosed, line);
	}
	const [header, ...data] = records.filter((r) => r.record.some((f) => f.trim() !== ''));
	if (!header) return fileProblem(w.files.noHeader);
	const columns = header.record.map((h) => {
		const name = normaliseHeader(h);
		return isOneOf(METRIC_FIELDS, name) ? name : (ALIASES[name] ?? null);
	});
	const ignoredColumns = header.record.filter(
		(_, i) => columns[i] === null && header.record[i].trim() !== ''
	);
	const missing = REQUIRED_METRIC_COLUMNS.filter((c) => !columns.includes(c));
	if (missing.length > 0) {
		return fileProblem(
			w.externalFigures.missingColumns(
				missing.length,
				missing.join(', '),
				METRIC_FIELDS.join(', ')
			),
			header.info.lines
		);
	}
	const twice = columns.find((c, i) => c !== null && columns.indexOf(c) !== i);
	if (twice) return fileProblem(w.externalFigures.columnTwice(twice), header.info.lines);
	if (data.length > MAX_METRIC_ROWS) return fileProblem(w.files.tooManyRows(MAX_METRIC_ROWS));
	const rows: CsvRow[] = [];
	const problems: CsvProblem[] = [];
	for (const { record, info } of data) {
		const extra = record.slice(columns.length).some((f) => f.trim() !== '');
		if (record.length < columns.length || extra) {
			problems.push({
				line: info.lines,
				field: null,
				message: w.externalFigures.fieldCount(record.length, columns.length, delimiter)
			});
			continue;
		}
		const raw: RawMetricItem = {};
		columns.forEach((column, i) => {
			if (column) raw[column] = record[i];
		});
		rows.push({ line: info.lines, raw });
	}
	return { rows, problems, ignoredColumns };
}
