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
