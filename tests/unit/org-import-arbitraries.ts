import fc from 'fast-check';
import { IMPORT_COLUMNS } from '../../src/lib/domain/org-import/types';
import { neutraliseCsvText } from '../../src/lib/domain/csv-cells';

/** Import files as HR systems and spreadsheets write them, for property tests. */

type ImportColumn = (typeof IMPORT_COLUMNS)[number];
export type OrgFileRow = Record<ImportColumn, string>;
export type OrgFile = {
	columns: ImportColumn[];
	rows: OrgFileRow[];
	delimiter: ',' | ';';
	quoting: 'minimal' | 'all' | 'random';
	noise: boolean[];
	bom: boolean;
	eol: '\n' | '\r\n';
};

const SEGMENTS = [
	'Operations',
	'Support',
	'Tier 2',
	'Ventas y Atención',
	'R&D',
	'Ops, "North"',
	'Café',
	'日本'
];
const NAME_CHARS = [...'abcdefghijklmnopqrstuvwxyzÁÉñçøß日本 ,;"\'-.'];

const path = fc
	.array(fc.constantFrom(...SEGMENTS), { minLength: 1, maxLength: 3 })
	.map((segments) => (segments.length === 1 ? `/${segments[0]}` : segments.join('/')));

const personName = fc
	.string({ unit: fc.constantFrom(...NAME_CHARS), minLength: 1, maxLength: 24 })
	.map((s) => s.trim())
	.filter((s) => s.length > 0);

const row = fc.record({
	name: personName,
	department: path,
	head_of: fc.array(path, { maxLength: 2 }).map((paths) => paths.join(';')),
	locale: fc.constantFrom('en', 'es', 'en-GB', 'pt-BR', ''),
	role: fc.constantFrom('employee', 'hr', ''),
	withEmployeeId: fc.boolean()
});

export function orgFile(options: { maxRows?: number } = {}): fc.Arbitrary<OrgFile> {
	return fc.record({
		columns: fc.shuffledSubarray([...IMPORT_COLUMNS], { minLength: IMPORT_COLUMNS.length }),
		rows: fc.array(row, { minLength: 1, maxLength: options.maxRows ?? 12 }).chain((rows) =>
			fc.string({ unit: fc.constantFrom(...'abcdefghij'), minLength: 4, maxLength: 4 }).map((tag) =>
				rows.map(({ withEmployeeId, ...r }, i) => ({
					...r,
					employee_id: withEmployeeId ? `E-${tag}-${i}` : '',
					email: `p${i}.${tag}@example.com`
				}))
			)
		),
		delimiter: fc.constantFrom(',' as const, ';' as const),
		quoting: fc.constantFrom('minimal' as const, 'all' as const, 'random' as const),
		noise: fc.array(fc.boolean(), { minLength: 64, maxLength: 64 }),
		bom: fc.boolean(),
		eol: fc.constantFrom('\n' as const, '\r\n' as const)
	});
}

export function renderCsv(file: OrgFile): Uint8Array {
	let n = 0;
	// Written as Rapport writes CSV: a cell a spreadsheet would run as a formula gets a leading
	// apostrophe, which the import takes off again.
	const field = (raw: string) => {
		const value = neutraliseCsvText(raw);
		const needs = /[",;\r\n]/.test(value) || value !== value.trim();
		const quote =
			needs || file.quoting === 'all' || (file.quoting === 'random' && file.noise[n++ % 64]);
		return quote ? `"${value.replaceAll('"', '""')}"` : value;
	};
	const lines = [
		file.columns.map(field).join(file.delimiter),
		...file.rows.map((r) => file.columns.map((c) => field(r[c])).join(file.delimiter))
	];
	const text = (file.bom ? '\ufeff' : '') + lines.join(file.eol) + file.eol;
	return new TextEncoder().encode(text);
}
