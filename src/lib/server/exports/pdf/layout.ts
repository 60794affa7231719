import PDFDocument from 'pdfkit';
import { BOLD, FONT, ITALIC, useUnicodeFonts } from './fonts';
import {
	SUPPRESSION_REASONS,
	suppressionMark,
	suppressionText,
	type SuppressionReason
} from '../../../domain/suppression-reasons';
import type { PaperSize } from '../request';

// Page furniture shared by the report's sections: sizes, colours, fonts, headings, and the cursor
// that starts a new page when a block does not fit.

export const COLOURS = {
	text: '#1c2430',
	muted: '#5a6577',
	primary: '#1f5f8b',
	company: '#8a94a6',
	grid: '#d8dde5',
	suppressed: '#e4e7ec'
};

export { BOLD, FONT, ITALIC };
export const MARGIN = 48;

export type Doc = PDFKit.PDFDocument;

export function createDocument(paper: PaperSize, title: string, author: string, lang = 'en'): Doc {
	const doc = new PDFDocument({
		size: paper === 'letter' ? 'LETTER' : 'A4',
		margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
		bufferPages: true,
		autoFirstPage: true,
		info: { Title: title, Author: author, Creator: 'Rapport' },
		lang
	});
	useUnicodeFonts(doc);
	doc.font(FONT);
	return doc;
}

// The few symbols of our own text that Noto Sans has no glyph for; names and comments print as
// written (see fonts.ts).
const SYMBOLS: Record<string, string> = { '→': '->', '≥': '>=', '≤': '<=' };
export function printable(text: string): string {
	return text.replace(/[→≥≤]/g, (c) => SYMBOLS[c]);
}

/** A hidden figure's short mark, for narrow cells; a legend nearby says what it means. */
export function hiddenMark(
	reason: SuppressionReason,
	k: number,
	words?: { marks: Partial<Record<SuppressionReason, string>> }
): string {
	return printable(words?.marks[reason] ?? suppressionMark(reason, k));
}

/** A hidden figure's mark and why it is hidden, where a whole line is free: "<5: fewer than…". */
export function hiddenWhy(
	reason: SuppressionReason,
	k: number,
	words: Pick<ReasonWords, 'reasons' | 'marks'>
): string {
	return `${hiddenMark(reason, k, words)}: ${words.reasons[reason](k)}`;
}

/** What each mark of the reasons that occur means: "Hidden cells: <5 = fewer than 5 responses; …". */
export function reasonLegend(
	reasons: Iterable<SuppressionReason>,
	k: number,
	words: ReasonWords = ENGLISH
): string {
	const entries = reasonEntries(reasons, k, words);
	return entries ? printable(words.hiddenCells(entries)) : '';
}

type ReasonWords = {
	marks: Partial<Record<SuppressionReason, string>>;
	reasons: Record<SuppressionReason, (k: number) => string>;
	hiddenCells: (entries: string) => string;
};

const ENGLISH: ReasonWords = {
	reasons: Object.fromEntries(
		SUPPRESSION_REASONS.map((reason) => [reason, (k: number) => suppressionText(reason, k)])
	) as ReasonWords['reasons'],
	hiddenCells: (entries) => `Hidden cells: ${entries}.`,
	marks: {}
};

/** "<5 = fewer than 5 responses; …" for the reasons that occur, in the report's language. */
export function reasonEntries(
	reasons: Iterable<SuppressionReason>,
	k: number,
	words: Pick<ReasonWords, 'reasons' | 'marks'>
): string {
	const present = new Set(reasons);
	return SUPPRESSION_REASONS.filter((reason) => present.has(reason))
		.map((reason) => `${hiddenMark(reason, k, words)} = ${words.reasons[reason](k)}`)
		.join('; ');
}

export function contentWidth(doc: Doc): number {
	return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

export function bottom(doc: Doc): number {
	return doc.page.height - doc.page.margins.bottom;
}

/** Starts a new page unless `height` more points fit below the cursor. */
export function ensureSpace(doc: Doc, height: number, layout?: 'portrait' | 'landscape'): void {
	if (doc.y + height > bottom(doc)) newPage(doc, layout);
}

export function newPage(doc: Doc, layout: 'portrait' | 'landscape' = 'portrait'): void {
	doc.addPage({ layout, margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } });
}

export function heading(doc: Doc, text: string, size = 18): void {
	doc
		.font(BOLD)
		.fontSize(size)
		.fillColor(COLOURS.text)
		.text(printable(text), doc.page.margins.left, doc.y);
	doc.moveDown(0.4);
}

export function paragraph(
	doc: Doc,
	text: string,
	options: { size?: number; colour?: string } = {}
) {
	doc
		.font(FONT)
		.fontSize(options.size ?? 10)
		.fillColor(options.colour ?? COLOURS.text)
		.text(printable(text), doc.page.margins.left, doc.y, { width: contentWidth(doc), lineGap: 2 });
	doc.moveDown(0.5);
}

/** A colour between red, yellow and green for a value between `low` and `high`. */
export function scaleColour(value: number, low: number, high: number): string {
	const stops = [
		[244, 166, 160],
		[251, 231, 161],
		[158, 211, 174]
	];
	const t = Math.min(1, Math.max(0, (value - low) / (high - low)));
	const [a, b, u] = t < 0.5 ? [stops[0], stops[1], t * 2] : [stops[1], stops[2], (t - 0.5) * 2];
	const mix = a.map((c, i) => Math.round(c + (b[i] - c) * u));
	return `#${mix.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

/** Page numbers and the subject at the foot of every page but the cover. */
export function addFooters(
	doc: Doc,
	subject: string,
	pageLabel: (n: number, of: number) => string = (n, of) => `Page ${n} of ${of}`
): void {
	const range = doc.bufferedPageRange();
	for (let i = 1; i < range.count; i++) {
		doc.switchToPage(range.start + i);
		const y = doc.page.height - doc.page.margins.bottom + 18;
		const { left } = doc.page.margins;
		// Writing below the bottom margin must not start another page.
		doc.page.margins.bottom = 0;
		doc
			.font(FONT)
			.fontSize(8)
			.fillColor(COLOURS.muted)
			.text(printable(`Rapport · ${subject}`), left, y, { lineBreak: false })
			.text(pageLabel(i + 1, range.count), left, y, {
				width: contentWidth(doc),
				align: 'right',
				lineBreak: false
			});
		doc.page.margins.bottom = MARGIN;
	}
}

/** The finished document's bytes. */
export function finish(doc: Doc): Promise<Buffer> {
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		doc.on('data', (c: Buffer) => chunks.push(c));
		doc.on('end', () => resolve(Buffer.concat(chunks)));
		doc.on('error', reject);
		doc.end();
	});
}
