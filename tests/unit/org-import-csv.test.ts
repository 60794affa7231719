import { describe, expect, it } from 'vitest';
import {
	decodeCsvBytes,
	detectDelimiter,
	firstInvalidUtf8,
	normaliseHeader,
	readImportCsv
} from '../../src/lib/domain/org-import/read-csv';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('reading an import file', () => {
	it('reads UTF-8 with and without a byte-order mark, CRLF or LF', () => {
		const text = 'email,name,department\r\na@x.test,Ana,OPS\r\n';
		const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes(text)]);
		for (const input of [bytes(text), withBom, bytes(text.replaceAll('\r\n', '\n'))]) {
			const read = readImportCsv(input);
			expect(read.problems).toEqual([]);
			expect(read.columns).toEqual(['email', 'name', 'department']);
			expect(read.records).toEqual([
				{ line: 2, values: { email: 'a@x.test', name: 'Ana', department: 'OPS' } }
			]);
		}
	});

	it('detects ; as the delimiter, and keeps delimiters, quotes and accents inside quoted fields', () => {
		const read = readImportCsv(
			bytes('Name;Email;Department\n"López, Ana; ""la jefa""";ana@x.test;"Operations/Sales"\n')
		);
		expect(read.delimiter).toBe(';');
		expect(read.records[0].values).toEqual({
			name: 'López, Ana; "la jefa"',
			email: 'ana@x.test',
			department: 'Operations/Sales'
		});
	});

	it('matches headers whatever their case, spaces or dashes, and ignores unknown columns', () => {
		expect(normaliseHeader(' Employee ID ')).toBe('employee_id');
		expect(normaliseHeader('head-of')).toBe('head_of');
		const read = readImportCsv(
			bytes('Employee ID,EMAIL,Name,Department,Cost centre\nE1,a@x.test,A,OPS,4711\n')
		);
		expect(read.columns).toEqual(['employee_id', 'email', 'name', 'department']);
		expect(read.ignoredColumns).toEqual(['Cost centre']);
		expect(read.records[0].values).toEqual({
			employee_id: 'E1',
			email: 'a@x.test',
			name: 'A',
			department: 'OPS'
		});
	});

	it('gives each record the line it starts on, across blank lines and quoted line breaks', () => {
		const read = readImportCsv(
			bytes('email,name,department\n\na@x.test,"Two\nlines",OPS\n;;\nb@x.test,B,OPS\n,,\n')
		);
		expect(read.records.map((r) => r.line)).toEqual([3, 6]);
		expect(read.records[0].values.name).toBe('Two\nlines');
		// ";;" is one field with the "," delimiter: a short row, reported at its line.
		expect(read.problems).toEqual([
			expect.objectContaining({
				line: 5,
				message: expect.stringMatching(/1 fields but the header has 3/)
			})
		]);
	});

	it('reports rows with too many or too few fields, but allows empty trailing ones', () => {
		const read = readImportCsv(
			bytes('email,name,department\na@x.test,A,OPS,,\nb@x.test,B\nc@x.test,C,OPS,extra\n')
		);
		expect(read.records.map((r) => r.line)).toEqual([2]);
		expect(read.problems.map((p) => p.line)).toEqual([3, 4]);
	});

	it('reports an unclosed quote at the line where the broken record starts', () => {
		const read = readImportCsv(
			bytes('email,name,department\na@x.test,A,OPS\nb@x.test,"B,OPS\nc@x.test,C,OPS\n')
		);
		expect(read.records.map((r) => r.line)).toEqual([2]);
		expect(read.problems).toEqual([
			expect.objectContaining({
				line: 3,
				message: expect.stringMatching(/quoted field is never closed/)
			})
		]);
	});

	it('reads Windows-1252, UTF-16 LE and BE with their byte-order mark, and tab-separated files', () => {
		const latin1 = new Uint8Array([
			...bytes('email,name,department\na@x.test,Jos'),
			0xe9,
			...bytes(',OPS\n')
		]);
		expect(readImportCsv(latin1).records[0].values.name).toBe('José');
		expect(decodeCsvBytes(latin1)).toMatchObject({ encoding: 'Windows-1252' });
		const text = 'email\tname\tdepartment\r\nzoe@x.test\tZoë Ñúñez\tOPS\r\n';
		const le = new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
		const be = new Uint8Array(
			[0xfe, 0xff, ...Buffer.from(text, 'utf16le')].map((_, i, all) =>
				i < 2 ? all[i] : all[i % 2 === 0 ? i + 1 : i - 1]
			)
		);
		for (const file of [le, be]) {
			const read = readImportCsv(file);
			expect(read.delimiter).toBe('\t');
			expect(read.records[0].values).toMatchObject({ email: 'zoe@x.test', name: 'Zoë Ñúñez' });
		}
		expect(decodeCsvBytes(le)).toMatchObject({ encoding: 'UTF-16LE' });
		expect(decodeCsvBytes(be)).toMatchObject({ encoding: 'UTF-16BE' });
	});

	it('counts lines right after many accented letters', () => {
		const rows = Array.from({ length: 40 }, (_, i) => `e${i}@x.test,Ñúñez Éé Ølé ${i},OPS`);
		const read = readImportCsv(
			bytes(['email,name,department', ...rows, 'bad,"unclosed'].join('\n'))
		);
		expect(read.records.at(-1)?.line).toBe(41);
		expect(read.problems[0].line).toBe(42);
	});

	it('refuses empty, binary and broken workbook files, saying what is wrong', () => {
		expect(decodeCsvBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]))).toEqual({
			problem: expect.stringMatching(/spreadsheet workbook/)
		});
		expect(readImportCsv(new Uint8Array()).problems[0].message).toBe('The file is empty.');
		expect(readImportCsv(bytes('\n\n  \n')).problems[0].message).toBe('The file is empty.');
		expect(readImportCsv(bytes('a\0b')).problems[0].message).toMatch(/binary data/);
	});

	it('needs a header naming the required columns, once each', () => {
		expect(readImportCsv(bytes('a@x.test,Ana,OPS\n')).problems[0].message).toMatch(
			/first line must be the header/
		);
		expect(readImportCsv(bytes('email,name\na@x.test,A\n')).problems[0].message).toMatch(
			/no “department” column/
		);
		expect(readImportCsv(bytes('email,name,department,email\n')).problems[0].message).toMatch(
			/“email” appears twice/
		);
	});

	it('validates UTF-8 the way the standard does', () => {
		expect(firstInvalidUtf8(bytes('plain ascii, ñ, 日本, 😀'))).toBe(-1);
		expect(firstInvalidUtf8(new Uint8Array([0x41, 0xc0, 0x80]))).toBe(1); // overlong
		expect(firstInvalidUtf8(new Uint8Array([0xed, 0xa0, 0x80]))).toBe(0); // surrogate
		expect(firstInvalidUtf8(new Uint8Array([0xf4, 0x90, 0x80, 0x80]))).toBe(0); // > U+10FFFF
		expect(firstInvalidUtf8(new Uint8Array([0x41, 0xe2, 0x82]))).toBe(1); // truncated
	});

	it('picks the delimiter from the header line only, ignoring quoted text', () => {
		expect(detectDelimiter('"a;b;c",d,e\nx;y;z;w;v\n')).toBe(',');
		expect(detectDelimiter('a;b;c\n1,2,3,4,5\n')).toBe(';');
		expect(detectDelimiter('single\n')).toBe(',');
	});
});
