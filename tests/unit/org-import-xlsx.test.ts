import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { zipContents } from '../../src/lib/domain/org-import/zip-size';
import { readXlsxTable } from '../../src/lib/server/org/import/read-xlsx';

async function workbook(rows: unknown[][]): Promise<Uint8Array> {
	const book = new ExcelJS.Workbook();
	const sheet = book.addWorksheet('People');
	for (const row of rows) sheet.addRow(row);
	return new Uint8Array(await book.xlsx.writeBuffer());
}

/** The same archive with one part claiming to unpack to `size` bytes. */
function claimingSize(bytes: Uint8Array, size: number): Uint8Array {
	const copy = new Uint8Array(bytes);
	const view = new DataView(copy.buffer);
	for (let i = 0; i < copy.length - 4; i++) {
		if (view.getUint32(i, true) === 0x02014b50) {
			view.setUint32(i + 24, size, true);
			break;
		}
	}
	return copy;
}

describe('reading an .xlsx workbook', () => {
	it('reads the first sheet as text cells, with row numbers as lines', async () => {
		const bytes = await workbook([
			[],
			['Employee #', 'Work Email', 'Name', 'Hire Date', 'Id'],
			[
				'00123',
				{ text: 'zoë@x.test', hyperlink: 'mailto:zoë@x.test' },
				'Zoë Ñúñez',
				new Date('2024-03-01'),
				42
			]
		]);
		const table = await readXlsxTable(bytes);
		expect(table).toMatchObject({
			format: 'xlsx',
			headerLine: 2,
			headers: ['Employee #', 'Work Email', 'Name', 'Hire Date', 'Id'],
			rows: [{ line: 3, cells: ['00123', 'zoë@x.test', 'Zoë Ñúñez', '2024-03-01', '42'] }],
			problems: []
		});
	});

	it('refuses a workbook that claims to unpack to more than the limit, before unpacking it', async () => {
		const bytes = await workbook([['email'], ['a@x.test']]);
		expect(zipContents(bytes)?.entries).toBeGreaterThan(3);
		const bomb = claimingSize(bytes, 0x7fff_ffff);
		const table = await readXlsxTable(bomb);
		expect(table.rows).toEqual([]);
		expect(table.problems[0].message).toMatch(/unpacks to more than an import can take/);
	});

	it('refuses a damaged workbook with a message, not an exception', async () => {
		const bytes = await workbook([['email'], ['a@x.test']]);
		const table = await readXlsxTable(bytes.subarray(0, bytes.length - 30));
		expect(table.problems[0].message).toMatch(/cannot be read/);
	});
});
