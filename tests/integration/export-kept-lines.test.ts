import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../helpers/db';
import { exportPlan } from '../helpers/export-request';
import { smallOrg } from '../helpers/org-fixture';
import { answer, closeTestRound, openTestRound } from '../helpers/analytics-fixture';
import { csvChunks, type CsvOptions } from '../../src/lib/server/exports/csv';
import type { ExportPlan, Exporter } from '../../src/lib/server/exports/plan';
import { keepLines } from '../../src/lib/server/exports/stored-lines';
import { publishRound } from '../../src/lib/server/analytics/publish';
import {
	moveDepartment,
	updateDepartmentDetails
} from '../../src/lib/server/org/departments-admin';

// The CSV's kept lines (exports/stored-lines.ts): an export that reads them says, byte for byte,
// what one made from the published cells says, for every variant, after a department is renamed
// or moved, and after a republish; lines of a replaced publication are never kept.

const db = useTestDatabase();
type Org = Awaited<ReturnType<typeof smallOrg>>;
let org: Org;
let roundIds: string[];
let hr: Exporter;
let headOfOps: Exporter;

const plan = (exporter: Exporter, fields: Record<string, string | string[]>) =>
	exportPlan(db(), exporter, fields);

async function csv(exported: ExportPlan, options: CsvOptions = {}): Promise<string> {
	let text = '';
	for await (const chunk of csvChunks(db(), exported, { ...options, bom: true })) text += chunk;
	return text;
}

/** The export made from the cells, and the same export read through kept lines, twice. */
async function bothWays(exported: ExportPlan, options: CsvOptions = {}) {
	const fromCells = await csv(exported, options);
	const keeping = await csv(exported, { ...options, keepIn: db() });
	const fromKept = await csv(exported, { ...options, keepIn: db() });
	return { fromCells, keeping, fromKept };
}

const keptRows = async () =>
	db()
		.selectFrom('published_export_lines')
		.select(['round_id', 'variant', 'stamp'])
		.where('round_id', 'in', roundIds)
		.execute();

beforeAll(async () => {
	org = await smallOrg(db(), { support: 8, billing: 3, sales: 7 });
	roundIds = [];
	for (const mood of [3, 4]) {
		const test = await openTestRound(db(), [org.ops.id, org.sales.id]);
		for (let i = 0; i < 7; i++) {
			await answer(db(), test, org.support.id, {
				likert: i < 5 ? mood : 2,
				enps: 7 + (i % 4),
				ratings: [{ provider: org.sales.id, score: 6 + (i % 3) }]
			});
		}
		for (let i = 0; i < 3; i++) await answer(db(), test, org.billing.id, { likert: 1, enps: 2 });
		for (let i = 0; i < 6; i++) {
			await answer(db(), test, org.sales.id, {
				likert: 5 - (i % 2),
				enps: 9,
				ratings: [{ provider: org.support.id, score: 8 }]
			});
		}
		await closeTestRound(db(), test);
		roundIds.push(test.round.id);
	}
	hr = { id: org.people[0].id, name: 'Hanna HR', role: 'hr', headOf: [] };
	headOfOps = { id: org.people[1].id, name: 'Sam Head', role: 'employee', headOf: [org.ops.id] };
});

describe('kept CSV lines', () => {
	it('read the same as lines made from the cells, and are what the next export reads', async () => {
		const exported = await plan(hr, { format: 'csv' });
		const { fromCells, keeping, fromKept } = await bothWays(exported);
		expect(keeping).toBe(fromCells);
		expect(fromKept).toBe(fromCells);
		expect(fromCells).toContain(`Support ${org.tag}`);
		expect(await keptRows()).toHaveLength(roundIds.length);
		// The next export reads the kept text itself, not the cells.
		await db()
			.updateTable('published_export_lines')
			.set({ lines: sql`lines || 'kept,line\n'` })
			.where('round_id', '=', roundIds[0])
			.execute();
		expect(await csv(exported, { keepIn: db() })).toContain('kept,line\n');
		expect(await csv(exported)).not.toContain('kept,line\n');
		await db().deleteFrom('published_export_lines').where('round_id', 'in', roundIds).execute();
	});

	it('are kept per dialect, contents and subtree, each the same as made from the cells', async () => {
		const variants: [Exporter, Record<string, string | string[]>, CsvOptions][] = [
			[hr, { format: 'csv', dialect: 'semicolon' }, { dialect: 'semicolon' }],
			[hr, { format: 'csv', contents: ['drivers', 'participation', 'matrix'] }, {}],
			[headOfOps, { format: 'csv', department: org.ops.id }, {}]
		];
		for (const [exporter, fields, options] of variants) {
			const { fromCells, keeping, fromKept } = await bothWays(
				await plan(exporter, fields),
				options
			);
			expect(keeping).toBe(fromCells);
			expect(fromKept).toBe(fromCells);
		}
		const variantsKept = new Set((await keptRows()).map((r) => r.variant));
		expect(variantsKept.size).toBe(3);
	});

	it('are written again when a department is renamed, recoded or moved', async () => {
		const exported = await plan(hr, { format: 'csv' });
		await bothWays(exported);
		const kind = 'customer_facing' as const;
		const changes = [
			() =>
				updateDepartmentDetails(db(), null, org.support.id, {
					name: `Customer Care ${org.tag}`,
					code: org.support.code,
					kind
				}),
			() =>
				updateDepartmentDetails(db(), null, org.support.id, {
					name: `Customer Care ${org.tag}`,
					code: `ZZ-${org.tag}`,
					kind
				}),
			() => moveDepartment(db(), null, org.support.id, org.sales.id)
		];
		for (const change of changes) {
			expect(await change()).toMatchObject({ ok: true });
			// The plan is made again, as every export makes its own.
			const { fromCells, keeping, fromKept } = await bothWays(await plan(hr, { format: 'csv' }));
			expect(keeping).toBe(fromCells);
			expect(fromKept).toBe(fromCells);
		}
		expect(await csv(await plan(hr, { format: 'csv' }), { keepIn: db() })).toContain(
			`Sales ${org.tag}/Customer Care ${org.tag}`
		);
	});

	it('go with their publication: a republish deletes them, and lines of a replaced one are not kept', async () => {
		const exported = await plan(hr, { format: 'csv' });
		await bothWays(exported);
		const [round] = await db()
			.selectFrom('published_rounds')
			.select(['round_id', 'published_at'])
			.where('round_id', '=', roundIds[1])
			.execute();
		const before = await keptRows();
		expect(before.some((r) => r.round_id === roundIds[1])).toBe(true);
		// Published again in a later transaction, so with a later publication time.
		await new Promise((resolve) => setTimeout(resolve, 5));
		await publishRound(db(), roundIds[1], { republish: true });
		expect((await keptRows()).some((r) => r.round_id === roundIds[1])).toBe(false);
		// Lines made from the publication it replaced arrive late: they are not kept.
		const stale = { id: roundIds[1], publishedAt: round.published_at.toISOString() };
		await keepLines(db(), stale, before[0].variant, before[0].stamp, 'stale,line\n');
		expect((await keptRows()).some((r) => r.round_id === roundIds[1])).toBe(false);
		const { fromCells, keeping, fromKept } = await bothWays(exported);
		expect(keeping).toBe(fromCells);
		expect(fromKept).toBe(fromCells);
		expect(fromKept).not.toContain('stale,line');
	});
});
