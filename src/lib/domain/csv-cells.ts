/**
 * Spreadsheet programs run a CSV cell that starts with `=`, `+`, `-` or `@` (and, after trimming,
 * one that starts with a tab or carriage return) as a formula. Every CSV Rapport writes passes its
 * text cells through here; numbers are left alone, so they stay numbers.
 */
// Apostrophes already in front are counted in, so that reading back removes exactly the one added.
const FORMULA_START = /^'*[=+\-@\t\r]/;
const NEUTRALISED = /^'+[=+\-@\t\r]/;

/** The text with a leading apostrophe when a spreadsheet would read it as a formula. */
export function neutraliseCsvText(value: string): string {
	return FORMULA_START.test(value) ? `'${value}` : value;
}

/** A cell written by `neutraliseCsvText` read back as what it was, so exports import unchanged. */
export function restoreCsvText(value: string): string {
	return NEUTRALISED.test(value) ? value.slice(1) : value;
}

/** Options for csv-stringify that neutralise every text cell. */
export const SAFE_CSV_CAST = { cast: { string: neutraliseCsvText } };

export type CsvFormat = {
	delimiter: string;
	/** How a number is written (a decimal comma, say). */
	number: (value: number) => string;
};

const NEEDS_QUOTES = /["\n\r]/;

/**
 * Rows as CSV text, one record per line, each ending in a newline: what csv-stringify writes with
 * `SAFE_CSV_CAST` (text cells neutralised, quoted when they hold the delimiter, a quote or a line
 * break, quotes doubled), without its per-cell machinery, as the trend export writes a row per
 * figure of every round.
 */
export function csvText(
	rows: readonly (readonly (string | number | null | undefined)[])[],
	format: CsvFormat
): string {
	let text = '';
	for (const row of rows) {
		for (let i = 0; i < row.length; i++) {
			if (i > 0) text += format.delimiter;
			text += csvField(row[i], format);
		}
		text += '\n';
	}
	return text;
}

/** One field as `csvText` writes it, without the delimiter: for writers that build lines. */
export function csvField(field: string | number | null | undefined, format: CsvFormat): string {
	if (field === null || field === undefined) return '';
	const value = typeof field === 'number' ? format.number(field) : neutraliseCsvText(field);
	return NEEDS_QUOTES.test(value) || value.includes(format.delimiter)
		? `"${value.replaceAll('"', '""')}"`
		: value;
}
