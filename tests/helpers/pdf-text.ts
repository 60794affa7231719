import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

type TextItem = { str: string; transform: number[] };

/** A PDF's text, page by page, as lines: the pieces at one height, left to right. */
export async function pdfLines(bytes: Uint8Array): Promise<string[][]> {
	const document = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
	const pages: string[][] = [];
	for (let p = 1; p <= document.numPages; p++) {
		const content = await (await document.getPage(p)).getTextContent();
		const rows = new Map<number, { x: number; text: string }[]>();
		for (const item of content.items as TextItem[]) {
			if (!('str' in item) || item.str.trim() === '') continue;
			const y = Math.round(item.transform[5]);
			const row = rows.get(y) ?? [];
			row.push({ x: item.transform[4], text: item.str.trim() });
			rows.set(y, row);
		}
		pages.push(
			[...rows.entries()]
				.sort((a, b) => b[0] - a[0])
				.map(([, items]) =>
					items
						.sort((a, b) => a.x - b.x)
						.map((i) => i.text)
						.join(' ')
				)
		);
	}
	await document.destroy();
	return pages;
}
