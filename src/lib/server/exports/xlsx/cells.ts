import type { Cell as SheetCell, Worksheet } from 'exceljs';
import { suppressionText } from '../../../domain/suppression-reasons';
import { isShown, type Cell } from '../../privacy/cells';
import type { Figure } from '../figures';

// How figures sit in a workbook cell: numbers with a number format, withheld figures as a
// text that says why, never blank and never zero.

export const HEADER_FILL = 'FF1F5F8B';
export const SUPPRESSED_FILL = 'FFE4E7EC';

export function numberFormatFor(measure: string, part: 'value' | 'mean' = 'value'): string {
	if (part === 'mean') return '0.00';
	return '0.0';
}

/** Writes a gated figure: its number (or mean) formatted, or why it is hidden, greyed. */
export function writeFigure(
	target: SheetCell,
	cell: Cell<Figure> | null,
	k: number,
	part: 'value' | 'mean' | 'n' = 'value'
): void {
	if (cell === null) {
		target.value = suppressionText('not_asked', k);
		target.font = { italic: true, color: { argb: 'FF5A6577' } };
		return;
	}
	if (!isShown(cell)) {
		target.value = suppressionText(cell.reason, k);
		target.font = { italic: true, color: { argb: 'FF3B4454' } };
		target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: SUPPRESSED_FILL } };
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
	row.height = 30;
	widths.forEach((w, i) => (sheet.getColumn(i + 1).width = w));
	sheet.views = [{ state: 'frozen', ySplit: rowNumber, xSplit: 1 }];
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
