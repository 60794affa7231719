import type { PaperSize, Cell as SheetCell, Worksheet } from 'exceljs';
import { suppressionText } from '../../../domain/suppression-reasons';
import { isShown, type Cell } from '../../gate/cells';
import type { Figure } from '../figures';

// How figures sit in a workbook cell: numbers with a number format, withheld figures as a
// text that says why in one grey style, never blank and never zero; days as date cells.

export const HEADER_FILL = 'FF1F5F8B';
export const SUPPRESSED_FILL = 'FFE4E7EC';

export function numberFormatFor(measure: string, part: 'value' | 'mean' = 'value'): string {
	if (part === 'mean') return '0.00';
	return '0.0';
}

/** What a cell reads where a table has no figure that is not hidden (explained on Method). */
export const NO_FIGURE = '—';

/** The one marking of a hidden cell: why, in words, italic on grey. */
export function markHidden(target: SheetCell, words: string): void {
	target.value = words;
	target.font = { italic: true, color: { argb: 'FF3B4454' } };
	target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: SUPPRESSED_FILL } };
	target.alignment = { wrapText: true, vertical: 'top' };
	// Spreadsheets do not grow a row for wrapped text they did not type: give it the lines needed.
	const { row, col } = target.fullAddress;
	const width = target.worksheet.getColumn(col).width ?? 10;
	const lines = Math.ceil(words.length / Math.max(1, width - 2));
	const line = target.worksheet.getRow(row);
	line.height = Math.max(line.height ?? 0, lines * 13 + 3);
}

/** A day (YYYY-MM-DD) as a date cell, so filters and charts treat it as a date. */
export function writeDay(target: SheetCell, day: string): void {
	target.value = new Date(`${day}T00:00:00Z`);
	target.numFmt = 'yyyy-mm-dd';
}

/** Writes a gated figure: its number (or mean) formatted, or why it is hidden, greyed. */
export function writeFigure(
	target: SheetCell,
	cell: Cell<Figure> | null,
	k: number,
	part: 'value' | 'mean' | 'n' = 'value'
): void {
	// No figure at all (a measure this round or group does not have): not a hidden one.
	if (cell === null) {
		target.value = NO_FIGURE;
		return;
	}
	if (!isShown(cell)) {
		markHidden(target, suppressionText(cell.reason, k));
		return;
	}
	const value = part === 'n' ? cell.n : part === 'mean' ? cell.value.mean : cell.value.value;
	target.value = value;
	target.numFmt = part === 'n' ? '#,##0' : part === 'mean' ? '0.00' : '0.0';
}

/** A bold, coloured header row, frozen, with widths. */
export function writeHeader(
	sheet: Worksheet,
	rowNumber: number,
	titles: string[],
	widths: number[]
) {
	const row = sheet.getRow(rowNumber);
	titles.forEach((title, i) => {
		const cell = row.getCell(i + 1);
		cell.value = title;
		cell.font = { bold: true, color: { argb: 'FFFFFFFF' } };
		cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
		cell.alignment = { vertical: 'middle', wrapText: true };
	});
	const lines = Math.max(
		2,
		...titles.map((title, i) => Math.ceil(title.length / Math.max(1, (widths[i] ?? 10) - 2)))
	);
	row.height = lines * 14 + 2;
	widths.forEach((w, i) => (sheet.getColumn(i + 1).width = w));
	sheet.views = [{ state: 'frozen', ySplit: rowNumber, xSplit: 1 }];
}

/**
 * Prints every sheet on the export's paper, as wide as one page and as long as it takes, with the
 * rows above the frozen pane (the title and header) repeated on every page.
 */
export function setUpPrinting(sheet: Worksheet, paper: 'a4' | 'letter'): void {
	const frozen = sheet.views[0]?.state === 'frozen' ? (sheet.views[0].ySplit ?? 0) : 0;
	const wide = sheet.columnCount > 4;
	sheet.pageSetup = {
		...sheet.pageSetup,
		// Excel's paper codes: 1 Letter, 9 A4 (the typings list A4 but not Letter).
		paperSize: (paper === 'letter' ? 1 : 9) as unknown as PaperSize,
		orientation: wide ? 'landscape' : 'portrait',
		fitToPage: true,
		fitToWidth: 1,
		fitToHeight: 0,
		margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 }
	};
	if (frozen > 0) sheet.pageSetup.printTitlesRow = `1:${frozen}`;
	sheet.headerFooter = { oddFooter: `&L${sheet.name}&RPage &P of &N` };
}

/** A red–yellow–green colour scale over a range, from `low` to `high`. */
export function colourScale(sheet: Worksheet, ref: string, low: number, high: number) {
	sheet.addConditionalFormatting({
		ref,
		rules: [
			{
				type: 'colorScale',
				priority: 1,
				cfvo: [
					{ type: 'num', value: low },
					{ type: 'num', value: (low + high) / 2 },
					{ type: 'num', value: high }
				],
				color: [{ argb: 'FFF4A6A0' }, { argb: 'FFFBE7A1' }, { argb: 'FF9ED3AE' }]
			}
		]
	});
}

/** Spreadsheet column letters: 1 → A, 27 → AA. */
export function columnLetter(index: number): string {
	let n = index;
	let letters = '';
	while (n > 0) {
		const r = (n - 1) % 26;
		letters = String.fromCharCode(65 + r) + letters;
		n = Math.floor((n - 1) / 26);
	}
	return letters;
}
