import { createRequire } from 'node:module';

// The report's fonts: Noto Sans (Latin, Greek, Cyrillic) for all text, and Noto Sans JP for the
// runs of Chinese and Japanese characters in it. pdfkit embeds only the glyphs a document uses,
// and reads the 5 MB Japanese font only for a document that prints such a run.

const require = createRequire(import.meta.url);

function fontFile(spec: string): string {
	return require.resolve(`@expo-google-fonts/${spec}`);
}

export const FONT = 'Body';
export const BOLD = 'Bold';
export const ITALIC = 'Italic';

const FILES: Record<string, { latin: string; cjk: string }> = {
	[FONT]: {
		latin: 'noto-sans/400Regular/NotoSans_400Regular.ttf',
		cjk: 'noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf'
	},
	[BOLD]: {
		latin: 'noto-sans/700Bold/NotoSans_700Bold.ttf',
		cjk: 'noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf'
	},
	[ITALIC]: {
		latin: 'noto-sans/400Regular_Italic/NotoSans_400Regular_Italic.ttf',
		cjk: 'noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf'
	}
};

const cjkName = (name: string) => `${name}-CJK`;

/** Han, kana, Hangul, CJK punctuation and full-width forms: what Noto Sans has no glyphs for. */
const CJK =
	/[\u1100-\u11ff\u2e80-\u303f\u3040-\u30ff\u3100-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/u;

/** The text cut into runs that one font prints: CJK runs and the rest (spaces stay in a run). */
export function scriptRuns(text: string): { text: string; cjk: boolean }[] {
	const runs: { text: string; cjk: boolean }[] = [];
	for (const char of text) {
		const cjk = CJK.test(char);
		const last = runs.at(-1);
		if (last && (last.cjk === cjk || char === ' ')) last.text += char;
		else runs.push({ text: char, cjk });
	}
	return runs;
}

type TextFn = (text: string, x?: unknown, y?: unknown, options?: unknown) => unknown;
type FontFn = (name: string, size?: number) => unknown;
type FontState = { _font: { ascender: number }; _fontSize: number };

/**
 * Registers the fonts with a new document, and teaches its `text` to print CJK runs in the
 * Japanese font: pdfkit has no font fallback, so a line mixing Łódź and 東京 is written as runs
 * that continue one another (wrapping and alignment work across them).
 */
export function useUnicodeFonts(doc: PDFKit.PDFDocument): void {
	for (const [name, files] of Object.entries(FILES)) {
		doc.registerFont(name, fontFile(files.latin));
		doc.registerFont(cjkName(name), fontFile(files.cjk));
	}
	const target = doc as unknown as { text: TextFn; font: FontFn };
	const font = target.font.bind(doc);
	const text = target.text.bind(doc);
	let current = FONT;
	target.font = (name: string, size?: number) => {
		current = name in FILES ? name : current;
		font(name, size);
		return doc;
	};
	target.text = (value: string, x?: unknown, y?: unknown, options?: unknown) => {
		const string = String(value ?? '');
		if (!CJK.test(string)) return text(string, x, y, options);
		const [left, top, opts] =
			typeof x === 'object' && x !== null
				? [undefined, undefined, x as Record<string, unknown>]
				: [x, y, (options ?? {}) as Record<string, unknown>];
		const runs = scriptRuns(string);
		const base = current;
		font(base);
		const { _font: latin, _fontSize: size } = doc as unknown as FontState;
		// The Japanese font's ascender is taller: its runs sit on the Latin runs' baseline.
		const baseline = -(latin.ascender / 1000) * size;
		runs.forEach((run, i) => {
			font(run.cjk ? cjkName(base) : base);
			const last = i === runs.length - 1;
			const continued = last ? (opts.continued ?? false) : true;
			const runOptions = { ...opts, continued, ...(run.cjk ? { baseline } : {}) };
			if (i === 0) text(run.text, left, top, runOptions);
			else text(run.text, runOptions);
		});
		font(base);
		return doc;
	};
}
