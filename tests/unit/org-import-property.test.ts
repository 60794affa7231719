import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planImport } from '../../src/lib/domain/org-import/plan';
import { readImportCsv } from '../../src/lib/domain/org-import/read-csv';
import { summarisePlan } from '../../src/lib/domain/org-import/summary';
import { IMPORT_COLUMNS, type OrgSnapshot } from '../../src/lib/domain/org-import/types';
import { orgFile, renderCsv } from './org-import-arbitraries';

const EMPTY_ORG: OrgSnapshot = { departments: [], people: [], heads: [], defaultLocale: 'en' };

const org: OrgSnapshot = {
	defaultLocale: 'en',
	departments: [
		{ id: 'd1', code: 'OPS', name: 'Operations', parentId: null, archived: false },
		{ id: 'd2', code: 'SUP', name: 'Support', parentId: 'd1', archived: false },
		{ id: 'd3', code: 'OLD', name: 'Old', parentId: 'd1', archived: true }
	],
	people: [
		{
			id: 'p1',
			employeeId: 'E1',
			email: 'a@x.test',
			name: 'A',
			departmentId: 'd2',
			locale: 'en',
			role: 'hr',
			active: true
		}
	],
	heads: [{ personId: 'p1', departmentId: 'd2' }]
};

function lineCount(bytes: Uint8Array): number {
	let lines = 1;
	for (const b of bytes) if (b === 0x0a) lines++;
	// A lone CR is a line break too.
	for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a) lines++;
	return lines;
}

/** Bytes that look like CSV often enough to reach the parser's corners. */
const csvishBytes = fc.oneof(
	fc.uint8Array({ maxLength: 600 }),
	fc
		.array(
			fc.constantFrom(
				'employee_id',
				'email',
				'name',
				'department',
				'head_of',
				'locale',
				'role',
				',',
				';',
				'"',
				'""',
				'\n',
				'\r\n',
				'\r',
				' ',
				'a@b.test',
				'x',
				'Ops/Sup',
				'/',
				'é',
				'\ufeff',
				'\u0000',
				'hr',
				'en'
			),
			{ maxLength: 80 }
		)
		.map((parts) => new TextEncoder().encode(parts.join('')))
);

describe('the CSV import, for any input', () => {
	it('never throws, and every problem points at a real line of the file', () => {
		fc.assert(
			fc.property(csvishBytes, fc.constantFrom(EMPTY_ORG, org), (bytes, snapshot) => {
				const read = readImportCsv(bytes);
				const plan = planImport(read, snapshot, { actorId: 'p1' });
				summarisePlan(plan);
				const lines = lineCount(bytes);
				for (const problem of plan.problems) {
					expect(problem.line === null || (problem.line >= 1 && problem.line <= lines)).toBe(true);
					expect(problem.message.length).toBeGreaterThan(0);
				}
				const recordLines = read.records.map((r) => r.line);
				expect(recordLines).toEqual([...recordLines].sort((a, b) => a - b));
				expect(new Set(recordLines).size).toBe(recordLines.length);
			}),
			{ numRuns: 2000 }
		);
	});

	it('reads back what was written, whatever the column order, delimiter, quoting, BOM and line ends', () => {
		fc.assert(
			fc.property(orgFile(), (file) => {
				const read = readImportCsv(renderCsv(file));
				expect(read.problems).toEqual([]);
				expect(read.delimiter).toBe(file.delimiter);
				expect([...read.columns].sort()).toEqual([...IMPORT_COLUMNS].sort());
				expect(read.records.map((r) => r.values)).toEqual(file.rows);

				const plan = planImport(read, EMPTY_ORG, { actorId: null });
				expect(plan.problems).toEqual([]);
				expect(plan.creates.map((c) => c.values.email)).toEqual(file.rows.map((r) => r.email));
				const paths = new Set(plan.newDepartments.map((d) => d.path));
				for (const row of file.rows)
					expect(paths.has(row.department.replace(/^\//, ''))).toBe(true);
			}),
			{ numRuns: 300 }
		);
	});
});
