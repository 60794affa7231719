import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../helpers/db';
import { smallOrg } from '../helpers/org-fixture';
import {
	answer,
	closeTestRound,
	openTestRound,
	type TestRound
} from '../helpers/analytics-fixture';
import { orgHeatmap, type GroupCells, type Heatmap } from '../../src/lib/server/analytics/heatmap';
import { internalServiceMatrix } from '../../src/lib/server/analytics/matrix';
import { listAuditEntries } from '../../src/lib/server/audit/log';
import { recordExport } from '../../src/lib/server/exports/audit';
import { csvChunks } from '../../src/lib/server/exports/csv';
import { buildPdf } from '../../src/lib/server/exports/pdf/report';
import { planExport, type Exporter } from '../../src/lib/server/exports/plan';
import { buildWorkbook } from '../../src/lib/server/exports/xlsx/workbook';
import { isShown, type Cell } from '../../src/lib/server/gate/cells';
import {
	SUPPRESSION_REASONS,
	suppressionMark,
	suppressionText
} from '../../src/lib/domain/suppression-reasons';
import { pdfLines } from '../helpers/pdf-text';
import { exportPlan, exportRequest as request } from '../helpers/export-request';

// Each format read back and compared with the gated read modules the API serves, suppressed
// cells included: Billing (3 people) is below k and hidden everywhere.

const db = useTestDatabase();
type Org = Awaited<ReturnType<typeof smallOrg>>;
let org: Org;
let rounds: TestRound[];
let hr: Exporter;
let headOfSupport: Exporter;

const plan = (exporter: Exporter, fields: Record<string, string | string[]>) =>
	exportPlan(db(), exporter, fields);

async function heatmaps(): Promise<Heatmap[]> {
	const list: Heatmap[] = [];
	for (const r of rounds) {
		const result = await orgHeatmap(db(), r.round.id, { kind: 'all' });
		if (!result.ok) throw new Error(result.reason);
		list.push(result.data);
	}
	return list;
}

function groupOf(heatmap: Heatmap, code: string, scope = 'subtree'): GroupCells {
	if (code === '') return heatmap.company;
	const row = heatmap.rows.find((r) => r.code === code && r.scope === scope);
	if (!row) throw new Error(`no row ${code}`);
	return row;
}

/** What the CSV should say for a cell: its headline figure and n, or the marker and its reason. */
function expected(cell: Cell<unknown>, headline: (value: never) => number | null) {
	if (!isShown(cell)) return { value: 'suppressed', n: 'suppressed', reason: cell.reason };
	return { value: String(headline(cell.value as never) ?? ''), n: String(cell.n), reason: '' };
}

/** The words a workbook or report gives a cell hidden by the API, with k = 5. */
function hiddenWords(cell: Cell<unknown> | undefined): string {
	if (!cell || isShown(cell)) throw new Error('expected a hidden cell');
	return suppressionText(cell.reason, 5);
}

beforeAll(async () => {
	org = await smallOrg(db(), { support: 8, billing: 3, sales: 7 });
	rounds = [];
	for (const [index, mood] of [3, 4].entries()) {
		const test = await openTestRound(db(), [org.ops.id, org.sales.id], { kComments: 5 });
		for (let i = 0; i < 7; i++) {
			await answer(db(), test, org.support.id, {
				likert: i < 5 ? mood : 2,
				enps: 7 + (i % 4),
				ratings: [{ provider: org.sales.id, score: 6 + index + (i % 3) }],
				comment: `Support comment ${index}.${i}`
			});
		}
		for (let i = 0; i < 3; i++) await answer(db(), test, org.billing.id, { likert: 1, enps: 2 });
		for (let i = 0; i < 6; i++) {
			await answer(db(), test, org.sales.id, {
				likert: 5 - (i % 2),
				enps: 9,
				ratings: [{ provider: org.support.id, score: 9 - index }]
			});
		}
		await closeTestRound(db(), test);
		rounds.push(test);
	}
	const person = org.people[0];
	hr = { id: person.id, name: 'Hanna HR', role: 'hr', headOf: [] };
	headOfSupport = {
		id: org.people[1].id,
		name: 'Sam Head',
		role: 'employee',
		headOf: [org.support.id]
	};
});

describe('who may export what', () => {
	it('lets HR export the company and any subtree, a head only their own subtree', async () => {
		const company = await planExport(db(), hr, request({ format: 'csv' }));
		expect(company.ok).toBe(true);
		const own = await planExport(
			db(),
			headOfSupport,
			request({ format: 'csv', department: org.support.id })
		);
		expect(own.ok).toBe(true);
		for (const department of [org.sales.id, org.ops.id, org.billing.id]) {
			expect(await planExport(db(), headOfSupport, request({ format: 'csv', department }))).toEqual(
				{
					ok: false,
					reason: 'forbidden'
				}
			);
		}
		expect(await planExport(db(), headOfSupport, request({ format: 'csv' }))).toEqual({
			ok: false,
			reason: 'forbidden'
		});
		const employee = { ...headOfSupport, headOf: [] };
		expect(
			await planExport(db(), employee, request({ format: 'csv', department: org.support.id }))
		).toEqual({
			ok: false,
			reason: 'forbidden'
		});
	});

	it('drops comments for anyone but HR, and refuses an empty period', async () => {
		const own = await plan(headOfSupport, {
			format: 'pdf',
			department: org.support.id,
			contents: ['drivers', 'comments']
		});
		expect([...own.contents]).toEqual(['drivers']);
		expect(
			await planExport(db(), hr, request({ format: 'csv', from: '1990-01-01', to: '1990-12-31' }))
		).toEqual({
			ok: false,
			reason: 'no_rounds'
		});
	});

	it('writes who exported what to the audit log', async () => {
		const exported = await plan(hr, { format: 'xlsx', department: org.ops.id });
		await recordExport(db(), exported, 'api');
		const [entry] = await listAuditEntries(db(), { entityType: 'export', limit: 1 });
		expect(entry).toMatchObject({ action: 'export.downloaded', actorId: hr.id });
		expect(entry.entityLabel).toContain(`Operations ${org.tag}`);
		expect(entry.after).toMatchObject({ format: 'Excel workbook', rounds: 2, via: 'API' });
	});
});

describe('CSV', () => {
	it('streams one chunk per round, with a BOM when asked', async () => {
		const exported = await plan(hr, { format: 'csv', bom: 'on' });
		const chunks: string[] = [];
		for await (const chunk of csvChunks(db(), exported, { bom: true })) chunks.push(chunk);
		// The header, one chunk per round, then the service stories' counts.
		expect(chunks).toHaveLength(1 + rounds.length + 1);
		expect(chunks.at(-1)).toContain(',provider,stories,');
		expect(chunks[0].startsWith('\ufeffround_id,round_opens')).toBe(true);
		expect(chunks[0].trimEnd().endsWith(',value,mean,n,invited,reason')).toBe(true);
	});

	it('reads the same in both dialects: one code per missing meaning, n respondents, stable ids', async () => {
		const contents = ['drivers', 'enps', 'participation', 'internal_service', 'matrix'];
		const read = async (dialect: 'comma' | 'semicolon') => {
			const exported = await plan(hr, { format: 'csv', contents, dialect });
			let text = '';
			for await (const chunk of csvChunks(db(), exported, { dialect, bom: true })) text += chunk;
			expect(text.startsWith('\ufeffround_id')).toBe(true);
			return parse(text, {
				columns: true,
				bom: true,
				delimiter: dialect === 'comma' ? ',' : ';'
			}) as Record<string, string>[];
		};
		const comma = await read('comma');
		const semicolon = await read('semicolon');
		expect(semicolon.length).toBe(comma.length);
		const number = (v: string) => Number(v.replace(',', '.'));
		const codes = new Set(['suppressed', 'not_applicable', 'not_computable', 'not_recorded']);
		for (const [i, row] of comma.entries()) {
			const other = semicolon[i];
			for (const column of ['value', 'mean', 'n', 'invited']) {
				const [a, b] = [row[column], other[column]];
				expect(a === '' || b === '', column).toBe(false);
				if (codes.has(a)) expect(b).toBe(a);
				else {
					expect(Number.isFinite(Number(a)), `${column} ${a}`).toBe(true);
					expect(b.includes('.'), b).toBe(false);
					expect(number(b)).toBe(Number(a));
				}
			}
		}
		expect(semicolon.some((r) => /^\d+,\d+$/.test(r.value))).toBe(true);
		// n is respondents everywhere; participation rows carry the invited in their own column.
		const maps = await heatmaps();
		const participation = comma.filter(
			(r) => r.measure === 'participation' && r.reason === '' && r.group === 'subtree'
		);
		expect(participation.length).toBeGreaterThanOrEqual(3);
		for (const row of participation) {
			const heatmap = maps.find((h) => h.round.id === row.round_id)!;
			const cell = groupOf(heatmap, row.department_code).participation;
			if (!isShown(cell)) throw new Error('expected a shown cell');
			expect(row.n).toBe(String(cell.value.responded));
			expect(row.invited).toBe(String(cell.value.invited));
			expect(row.department_id).toBe(
				heatmap.rows.find((h) => h.code === row.department_code)!.departmentId
			);
		}
		const support = comma.find((r) => r.department_code === org.support.code)!;
		expect(support.department_id).toBe(org.support.id);
		expect(support.department_path).toBe(`Operations ${org.tag}/Support ${org.tag}`);
		expect(
			comma.filter((r) => r.measure === 'enps').every((r) => r.mean === 'not_applicable')
		).toBe(true);
		const matrix = comma.filter((r) => r.measure === 'internal_nps');
		expect(matrix.length).toBeGreaterThan(0);
		expect(matrix.every((r) => r.group === 'consumer' && r.provider_id !== '')).toBe(true);
		expect(
			comma.filter((r) => r.group === 'direct').every((r) => r.measure !== 'internal_nps')
		).toBe(true);
	});

	it('holds the figures and the suppression of the read API, row for row', async () => {
		const exported = await plan(hr, {
			format: 'csv',
			contents: ['drivers', 'enps', 'participation', 'internal_service', 'matrix']
		});
		let text = '';
		for await (const chunk of csvChunks(db(), exported)) text += chunk;
		const rows: Record<string, string>[] = parse(text, { columns: true });
		const maps = await heatmaps();
		let compared = 0;
		const figures = rows.filter(
			(r) => r.group !== 'provider' && r.measure !== 'internal_nps' && r.measure !== 'stories'
		);
		for (const row of figures) {
			const heatmap = maps.find((h) => h.round.id === row.round_id)!;
			const group = groupOf(
				heatmap,
				row.department_code,
				row.group === 'company' ? 'subtree' : row.group
			);
			const cell = row.measure === 'participation' ? group.participation : group.cells[row.measure];
			const want =
				row.measure === 'participation'
					? expected(cell, (v: { rate: number }) => v.rate)
					: row.measure === 'enps'
						? expected(cell, (v: { score: number }) => v.score)
						: expected(cell, (v: { favourable: number }) => v.favourable);
			expect(
				{ value: row.value, n: row.n, reason: row.reason },
				`${row.department_path} ${row.measure}`
			).toEqual(want);
			compared += 1;
		}
		expect(compared).toBeGreaterThan(40);
		// Story counts are not survey figures: no gate, no reason.
		const billing = rows.filter(
			(r) => r.department_code === org.billing.code && r.measure !== 'stories'
		);
		expect(billing.length).toBeGreaterThan(0);
		// Billing's one person is hidden everywhere; where nobody in a group was asked to rate a
		// provider (nobody rates their own department), the reason says so.
		expect(
			billing.every(
				(r) =>
					r.value === 'suppressed' &&
					r.n === 'suppressed' &&
					(r.reason === 'fewer_than_k' ||
						(r.reason === 'not_asked' && r.measure === 'internal_nps'))
			)
		).toBe(true);
		expect(
			rows.every((r) => r.reason === '' || SUPPRESSION_REASONS.includes(r.reason as never))
		).toBe(true);
		expect(rows.every((r) => (r.value === 'suppressed') === (r.reason !== ''))).toBe(true);
		// In the first round everyone in Operations answered the drivers unfavourably: Sales is
		// hidden there too, or the company's figure would say so of Billing. Not in the second.
		const sales = rows.filter(
			(r) => r.department_code === org.sales.code && r.measure === 'participation'
		);
		expect(sales.map((r) => r.value === 'suppressed')).toEqual([true, false]);

		const matrix = await internalServiceMatrix(db(), rounds[1].round.id, { kind: 'all' });
		if (!matrix.ok) throw new Error(matrix.reason);
		const received = matrix.data.received[org.support.id];
		const row = rows.find(
			(r) =>
				r.round_id === rounds[1].round.id &&
				r.measure === 'internal_nps_received' &&
				r.department_code === org.support.code
		);
		expect(row && { value: row.value, n: row.n, reason: row.reason }).toEqual(
			expected(received, (v: { internalNps: number }) => v.internalNps)
		);
	});
});

describe('XLSX', () => {
	it('shows the latest heatmap with the API figures and marks hidden cells', async () => {
		const exported = await plan(hr, { format: 'xlsx' });
		const bytes = await buildWorkbook(db(), exported);
		// Set to a folder to keep the workbook and look at it (LibreOffice converts it to PDF).
		const samples = process.env.RAPPORT_EXPORT_SAMPLES;
		if (samples) writeFileSync(join(samples, 'company.xlsx'), bytes);
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
		expect(workbook.worksheets.map((s) => s.name)).toEqual([
			'Summary',
			'Heatmap',
			'Trends',
			'Actions',
			'Stories',
			'Method and anonymity',
			'Dictionary'
		]);
		const sheet = workbook.getWorksheet('Heatmap')!;
		const header = (sheet.getRow(3).values as string[]).slice(1);
		const latest = (await heatmaps())[1];
		const line = (name: string) => {
			let found: ExcelJS.Row | null = null;
			sheet.eachRow((row) => {
				if (String(row.getCell(1).value).trim() === name) found = row;
			});
			if (!found) throw new Error(`no row ${name}`);
			return found as ExcelJS.Row;
		};
		const enps = header.indexOf('eNPS') + 1;
		const salesEnps = groupOf(latest, org.sales.code).cells.enps;
		expect(isShown(salesEnps)).toBe(true);
		if (isShown(salesEnps)) {
			expect(line(`Sales ${org.tag}`).getCell(enps).value).toBe(
				(salesEnps.value as { score: number }).score
			);
		}
		// Support's eNPS is hidden though Support has 7 people: it says why, not "fewer than 5".
		const supportEnps = groupOf(latest, org.support.code).cells.enps;
		expect(line(`Support ${org.tag}`).getCell(enps).value).toBe(hiddenWords(supportEnps));
		const billing = line(`Billing ${org.tag}`);
		for (let c = 2; c < header.length + 1; c++) {
			expect(billing.getCell(c).value).toBe('fewer than 5 responses');
		}
		const method = workbook.getWorksheet('Method and anonymity')!;
		const methodText: string[] = [];
		method.eachRow((row) => methodText.push(row.values.toString()));
		for (const reason of SUPPRESSION_REASONS) {
			expect(methodText.join(' ')).toContain(suppressionText(reason, 5));
		}
		expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
		const trends = workbook.getWorksheet('Trends')!;
		expect(trends.rowCount).toBeGreaterThanOrEqual(1 + 2 * 5);
		// Round days are date cells; every sheet prints one page wide with its header repeated.
		const opens = trends.getRow(2).getCell(3);
		expect(opens.value).toBeInstanceOf(Date);
		expect((opens.value as Date).toISOString().slice(0, 10)).toBe(latest.round.opensOn);
		expect(opens.numFmt).toBe('yyyy-mm-dd');
		expect(workbook.getWorksheet('Summary')!.getCell('D9').value).toBeInstanceOf(Date);
		for (const each of workbook.worksheets) {
			expect(each.pageSetup, each.name).toMatchObject({ fitToPage: true, fitToWidth: 1 });
		}
		expect(trends.pageSetup.printTitlesRow).toBe('1:1');
		expect(sheet.pageSetup.printTitlesRow).toBe('1:3');
		const dictionary = workbook.getWorksheet('Dictionary')!;
		const names: string[] = [];
		dictionary.eachRow((row) => names.push(String(row.getCell(2).value)));
		expect(names).toContain('department_id');
		expect(names).toContain('not_computable');
	});
});

describe('PDF', () => {
	it('prints the heatmap with the API figures and hidden cells marked with why, on A4 and Letter', async () => {
		const latest = (await heatmaps())[1];
		for (const paper of ['a4', 'letter']) {
			const exported = await plan(hr, {
				format: 'pdf',
				paper,
				contents: ['drivers', 'enps', 'participation', 'comments']
			});
			const bytes = await buildPdf(db(), exported);
			const samples = process.env.RAPPORT_EXPORT_SAMPLES;
			if (samples) writeFileSync(join(samples, `company-${paper}.pdf`), bytes);
			const pages = await pdfLines(bytes);
			expect(pages.length).toBeGreaterThanOrEqual(5);
			const heatmap = pages.find((p) => p[0] === 'Heatmap')!;
			const billing = heatmap.find((l) => l.startsWith(`Billing ${org.tag}`))!;
			const hidden = billing.split(' ').slice(2);
			expect(hidden.length).toBeGreaterThanOrEqual(3);
			expect(hidden.every((t) => t === '<5')).toBe(true);
			const supportEnps = groupOf(latest, org.support.code).cells.enps;
			expect(isShown(supportEnps)).toBe(false);
			if (!isShown(supportEnps)) {
				expect(heatmap.join(' ')).toContain(
					`${suppressionMark(supportEnps.reason, 5)} = ${hiddenWords(supportEnps)}`
				);
			}
			expect(heatmap.join(' ')).toContain('Hidden cells: <5 = fewer than 5 responses');
			const sales = heatmap.find((l) => l.startsWith(`Sales ${org.tag}`))!;
			const participation = sales.split(' ')[2];
			const cell = groupOf(latest, org.sales.code).participation;
			expect(isShown(cell) && cell.value.rate?.toFixed(1)).toBe(participation);
			const all = pages.flat().join('\n');
			expect(all).toContain('Method and anonymity');
			expect(all).toContain('Support comment 1.');
			// Every change is called significant or noise, by a named test, with n before and after.
			const changed = pages.find((p) => p[0] === 'Key figures and what changed')!.join(' ');
			expect(changed).toMatch(/within noise: \w.* [+-]\d+\.\d \(n \d+ -> \d+\)/);
			expect(changed).toMatch(/two-\s?proportion z-test/);
			expect(all).not.toContain('Support comment 0.');
		}
		// A single department whose first round is hidden: a gap (a grey band), not a mark on an axis.
		for (const paper of ['a4', 'letter']) {
			const exported = await plan(hr, { format: 'pdf', paper, department: org.sales.id });
			const bytes = await buildPdf(db(), exported);
			const samples = process.env.RAPPORT_EXPORT_SAMPLES;
			if (samples) writeFileSync(join(samples, `sales-${paper}.pdf`), bytes);
			const trends = (await pdfLines(bytes)).find((p) => p[0] === 'Driver trends')!.join(' ');
			expect(trends).toContain('A grey band is a round whose figure is hidden');
		}
	});
});
