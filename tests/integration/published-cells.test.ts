import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../helpers/db';
import { storeRandomRound } from '../helpers/random-round-db';
import { answer, closeTestRound, openTestRound } from '../helpers/analytics-fixture';
import { smallOrg } from '../helpers/org-fixture';
import type { GatedTable } from '../../src/lib/server/gate/gated-table';
import { gateClosedRound } from '../../src/lib/server/gate/gated-round';
import { publishRound, republishRounds } from '../../src/lib/server/analytics/publish';
import { findClosedRound } from '../../src/lib/server/analytics/round-data';
import { roundTables } from '../../src/lib/server/gate/round-tables';
import { companyView, latestCompanyResults } from '../../src/lib/server/analytics/dashboards';
import { departmentHealth } from '../../src/lib/server/analytics/health';
import { orgHeatmap } from '../../src/lib/server/analytics/heatmap';
import { teamItemResults } from '../../src/lib/server/analytics/item-results';
import { internalServiceMatrix } from '../../src/lib/server/analytics/matrix';
import { departmentTrend, TREND_MEASURES } from '../../src/lib/server/analytics/trend';
import type { Db } from '../../src/lib/server/db';

// Published cells (docs/anonymity.md): what readers get from the cells stored at close is exactly
// what the gate gives when run again over the round's rollups, for random organisations; hidden
// cells store no figure; and reading writes nothing.

const db = useTestDatabase();
const SEEDS = [3, 17, 29, 58, 91];
const ALL = { kind: 'all' } as const;

function expectSame<P, L>(
	published: GatedTable<P>,
	live: GatedTable<L>,
	keys: readonly string[],
	project: (stat: L) => unknown = (s) => s
) {
	const asked = [...keys, 'direct:not-a-group', 'company|not-a-provider'];
	expect(asked.map((key) => [key, published.cell(key, (s) => s)])).toEqual(
		asked.map((key) => [key, live.cell(key, project)])
	);
	expect(asked.map((key) => published.reason(key))).toEqual(asked.map((key) => live.reason(key)));
}

function expectSameMeasures<S>(
	published: Map<string, GatedTable<S>>,
	live: Map<string, GatedTable<S>>,
	keys: readonly string[]
) {
	expect([...published.keys()]).toEqual([...live.keys()]);
	for (const [measure, table] of live) expectSame(published.get(measure)!, table, keys);
}

const withoutComments = <S extends { comments: number }>({ comments: _, ...rest }: S) => rest;

describe('published cells', () => {
	for (const seed of SEEDS) {
		it(`are the gate's cells for random organisation ${seed}`, async () => {
			const { test } = await storeRandomRound(db(), seed, { established: true });
			const found = await findClosedRound(db(), test.round.id);
			if (found.status !== 'closed') throw new Error(found.status);
			const published = await roundTables(db(), found.round);
			const live = await gateClosedRound(db(), found.round);
			const { groups, service, providers } = live.keys;
			expect([...(await published.pooledOwnMembers())].sort()).toEqual([...live.pooled].sort());
			expectSame(await published.participation(), live.participation, groups, withoutComments);
			expectSame(await published.comments(), live.comments, groups);
			expectSameMeasures(await published.scores(), live.scores, groups);
			expectSameMeasures(await published.items(), live.items, groups);
			expectSameMeasures(await published.impact(), live.impact, groups);
			expectSame(await published.service(), live.service, service, withoutComments);
			expectSame(await published.serviceComments(), live.serviceComments, providers);
		}, 300_000);
	}

	it('store nothing of a hidden cell but its reason', async () => {
		const rows = await db()
			.selectFrom('published_cells')
			.select((eb) => [
				eb.fn.countAll<number>().as('hidden'),
				eb.fn.count<number>('n').as('counts'),
				eb.fn.count<number>('stat').as('figures')
			])
			.where('reason', 'is not', null)
			.executeTakeFirstOrThrow();
		expect(Number(rows.hidden)).toBeGreaterThan(0);
		expect([Number(rows.counts), Number(rows.figures)]).toEqual([0, 0]);
		const stored = await db()
			.selectFrom('published_cells')
			.select('stat')
			.where('part', 'in', ['participation', 'service'])
			.where('stat', 'is not', null)
			.execute();
		expect(stored.length).toBeGreaterThan(0);
		expect(stored.filter((row) => 'comments' in (row.stat as object))).toEqual([]);
	});

	it('are replaced only by an explicit republish, which readers then see', async () => {
		const { test } = await storeRandomRound(db(), 7);
		const before = await findClosedRound(db(), test.round.id);
		if (before.status !== 'closed') throw new Error(before.status);
		const cells = () =>
			db()
				.selectFrom('published_cells')
				.select(['part', 'measure', 'cell_key', 'n', 'stat', 'reason'])
				.where('round_id', '=', test.round.id)
				.orderBy('part')
				.orderBy('measure')
				.orderBy('cell_key')
				.execute();
		const first = await cells();
		expect(await publishRound(db(), test.round.id)).toBe(false);
		// A moment later, so that the new publication's time differs.
		await new Promise((resolve) => setTimeout(resolve, 5));
		expect(await republishRounds(db(), [test.round.id])).toBe(1);
		expect(await cells()).toEqual(first);
		const after = await findClosedRound(db(), test.round.id);
		if (after.status !== 'closed') throw new Error(after.status);
		expect(after.round.publishedAt).not.toBe(before.round.publishedAt);
	});

	it('make a derived view (the company view) once per publication, and again after a republish', async () => {
		const { test } = await storeRandomRound(db(), 11);
		const first = await companyView(db(), test.round.id, null);
		const again = await companyView(db(), test.round.id, null);
		expect(first.ok).toBe(true);
		expect(again).toBe(first);
		// Another subtree or consumer level is another view.
		expect(await companyView(db(), test.round.id, null, 'divisions')).not.toBe(first);
		await new Promise((resolve) => setTimeout(resolve, 5));
		expect(await republishRounds(db(), [test.round.id])).toBe(1);
		const republished = await companyView(db(), test.round.id, null);
		expect(republished).not.toBe(first);
		expect(republished).toEqual(first);
	});
});

/** Runs `read` in a transaction that refuses every write. */
function readOnly<T>(read: (trx: Db) => Promise<T>): Promise<T> {
	return db()
		.transaction()
		.execute(async (trx) => {
			await sql`set transaction read only`.execute(trx);
			return read(trx);
		});
}

describe('reading results', () => {
	it('writes nothing: every dashboard, API and export read runs in a read-only transaction', async () => {
		const org = await smallOrg(db(), { support: 8, billing: 5, sales: 6 });
		const test = await openTestRound(db(), [org.ops.id, org.sales.id]);
		for (const [department, n] of [
			[org.support.id, 7],
			[org.billing.id, 4],
			[org.sales.id, 5]
		] as const) {
			for (let i = 0; i < n; i++) {
				await answer(db(), test, department, {
					likert: 2 + (i % 4),
					enps: i % 11,
					ratings: department === org.support.id ? [{ provider: org.billing.id, score: 8 }] : [],
					comment: `Said ${i}`
				});
			}
		}
		await closeTestRound(db(), test);
		const id = test.round.id;
		const results = await readOnly(async (trx) => ({
			heatmap: await orgHeatmap(trx, id, ALL),
			company: await companyView(trx, id, null),
			latest: await latestCompanyResults(trx),
			health: await departmentHealth(trx, org.ops.id, id),
			items: await teamItemResults(trx, org.ops.id, id),
			matrix: await internalServiceMatrix(trx, id, ALL),
			trends: await Promise.all(TREND_MEASURES.map((m) => departmentTrend(trx, org.ops.id, m, {})))
		}));
		expect(results.heatmap.ok && results.company.ok && results.health.ok).toBe(true);
		expect(results.matrix.ok && results.items !== null && results.latest !== null).toBe(true);
		expect(results.trends.every((t) => t.ok)).toBe(true);
	});

	it('leaves a closed round that was never rolled up alone, unknown until the start-up step', async () => {
		const org = await smallOrg(db());
		const test = await openTestRound(db(), [org.ops.id]);
		await db()
			.updateTable('pulse_rounds')
			.set({ status: 'closed', closed_at: new Date() })
			.where('id', '=', test.round.id)
			.execute();
		expect(await readOnly((trx) => orgHeatmap(trx, test.round.id, ALL))).toEqual({
			ok: false,
			reason: 'unknown_round'
		});
		expect(await readOnly((trx) => findClosedRound(trx, test.round.id))).toEqual({
			status: 'unknown'
		});
	});
});
