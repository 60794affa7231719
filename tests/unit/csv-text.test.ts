import fc from 'fast-check';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { csvText, SAFE_CSV_CAST, type CsvFormat } from '../../src/lib/domain/csv-cells';

// The trend export writes its rows with csvText; csv-stringify, which the other CSV files use, is
// the reference it must match byte for byte.

const FORMATS: Record<string, CsvFormat> = {
	comma: { delimiter: ',', number: (v) => String(v) },
	semicolon: { delimiter: ';', number: (v) => String(v).replace('.', ',') }
};

function reference(rows: (string | number)[][], format: CsvFormat): string {
	return stringify(rows, {
		delimiter: format.delimiter,
		cast: { ...SAFE_CSV_CAST.cast, number: format.number }
	});
}

const tricky = fc.constantFrom(
	'',
	',',
	';',
	'"',
	"'",
	'\n',
	'\r',
	'\t',
	'=',
	'+',
	'-',
	'@',
	' ',
	'é',
	'a'
);
const text = fc.oneof(
	fc.string(),
	fc.array(tricky, { maxLength: 6 }).map((parts) => parts.join(''))
);
const cell = fc.oneof(text, fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }));
const rows = fc.array(fc.array(cell, { minLength: 1, maxLength: 8 }), { maxLength: 6 });

describe('csvText', () => {
	for (const [name, format] of Object.entries(FORMATS)) {
		it(`writes what csv-stringify writes, ${name}-separated`, () => {
			fc.assert(
				fc.property(rows, (table) => {
					expect(csvText(table, format)).toBe(reference(table, format));
				}),
				{ numRuns: 500 }
			);
		});
	}

	it('neutralises formulas, quotes separators and doubles quotes', () => {
		const written = csvText([['=1+1', 'a,b', 'say "hi"', -2.5, 'line\nbreak']], FORMATS.comma);
		expect(written).toBe(`'=1+1,"a,b","say ""hi""",-2.5,"line\nbreak"\n`);
	});
});
