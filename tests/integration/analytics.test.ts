import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../helpers/db';
import { smallOrg } from '../helpers/org-fixture';
import {
	answer,
	closeTestRound,
	likertDrivers,
	openTestRound,
	type TestRound
} from '../helpers/analytics-fixture';
import { analyticsScope } from '../../src/lib/server/analytics/access';
import { departmentHealth } from '../../src/lib/server/analytics/health';
import { orgHeatmap, type HeatmapRow } from '../../src/lib/server/analytics/heatmap';
import { internalServiceMatrix } from '../../src/lib/server/analytics/matrix';
import { departmentTrend } from '../../src/lib/server/analytics/trend';
import { publishPendingRounds } from '../../src/lib/server/analytics/publish';
import { getProgramme } from '../../src/lib/server/surveys/programmes';
import { openRoundNow } from '../../src/lib/server/surveys/rounds';
import { roundQuestions } from '../../src/lib/server/surveys/questions';
import { moveSubmissions } from '../../src/lib/server/surveys/submission-batches';

const db = useTestDatabase();
const SUPPRESSED = { suppressed: true, reason: expect.any(String) };
const ALL = { kind: 'all' } as const;

type Org = Awaited<ReturnType<typeof smallOrg>>;

function row(rows: HeatmapRow[], id: string, scope = 'subtree') {
	const found = rows.find((r) => r.departmentId === id && r.scope === scope);
	if (!found) throw new Error(`no ${scope} row for ${id}`);
	return found;
}

describe('analytics through the gate', () => {
	let org: Org;
	let first: TestRound;
	let second: TestRound;
	let driver: string;

	beforeAll(async () => {
		// Operations (no members of its own) over Support (8) and Billing (4); Sales (7) apart.
		org = await smallOrg(db(), { support: 8, billing: 4, sales: 7 });
		first = await openTestRound(db(), [org.ops.id, org.sales.id], { kComments: 5 });
		driver = likertDrivers(first)[0];
		for (let i = 0; i < 7; i++) {
			await answer(db(), first, org.support.id, {
				likert: 4,
				enps: 9,
				ratings: [
					{ provider: org.billing.id, score: i < 5 ? 9 : 5, comment: 'Billing was quick.' }
				],
				comment: `Support speaks ${i}`
			});
		}
		for (let i = 0; i < 3; i++) {
			await answer(db(), first, org.billing.id, { likert: 2, enps: 3, comment: 'Billing speaks' });
		}
		for (let i = 0; i < 6; i++) {
			await answer(db(), first, org.sales.id, {
				likert: 5,
				enps: 10,
				ratings: [{ provider: org.billing.id, score: 6 }]
			});
		}
	});

	it('reports nothing from an open round', async () => {
		expect(await orgHeatmap(db(), first.round.id, ALL)).toEqual({
			ok: false,
			reason: 'round_open'
		});
		expect(await departmentHealth(db(), org.support.id, first.round.id)).toEqual({
			ok: false,
			reason: 'round_open'
		});
		expect(await internalServiceMatrix(db(), first.round.id, ALL)).toEqual({
			ok: false,
			reason: 'round_open'
		});
		const trend = await departmentTrend(db(), org.support.id, 'enps', {});
		expect(trend.ok && trend.data.points).toEqual([]);
	});

	it('hides the small group and, beside it, the next-smallest; shows the rest', async () => {
		await closeTestRound(db(), first);
		const result = await orgHeatmap(db(), first.round.id, ALL);
		if (!result.ok) throw new Error(result.reason);
		const { rows, company } = result.data;
		// Billing's 3 respondents are below k = 5; Support (7) is hidden with it, so that
		// Operations (10) minus Support does not give Billing away.
		expect(row(rows, org.billing.id).cells[driver]).toEqual(SUPPRESSED);
		expect(row(rows, org.support.id).cells[driver]).toEqual(SUPPRESSED);
		expect(row(rows, org.billing.id).participation).toEqual(SUPPRESSED);
		expect(row(rows, org.support.id).participation).toEqual(SUPPRESSED);
		expect(row(rows, org.ops.id).cells[driver]).toEqual({
			value: { favourable: 70, mean: expect.any(Number), histogram: expect.any(Array) },
			n: 10
		});
		// One n per group and round, in every table: its respondents.
		expect(row(rows, org.ops.id).participation).toEqual({
			value: { invited: 12, responded: 10, rate: 83.3 },
			n: 10
		});
		expect(row(rows, org.sales.id).cells.enps).toEqual({
			value: expect.objectContaining({ score: 100, promoters: 100 }),
			n: 6
		});
		// 7 × 9 + 3 × 3 + 6 × 10: 13 promoters, 3 detractors of 16 → +62.5
		expect(company.cells.enps).toEqual({
			value: expect.objectContaining({ score: 62.5 }),
			n: 16
		});
		expect(result.data.measures).toEqual([...likertDrivers(first), 'enps']);
		// Operations has sub-departments, so its own members are a group of their own: none here.
		expect(row(rows, org.ops.id, 'direct').cells[driver]).toEqual(SUPPRESSED);
	});

	it('a head sees their subtree and the company row, nothing else', async () => {
		const scope = await analyticsScope(db(), { role: 'employee', headOf: [org.ops.id] });
		const result = await orgHeatmap(db(), first.round.id, scope!);
		if (!result.ok) throw new Error(result.reason);
		expect(result.data.rows.map((r) => `${r.departmentId} ${r.scope}`).sort()).toEqual(
			[
				`${org.ops.id} subtree`,
				`${org.ops.id} direct`,
				`${org.support.id} subtree`,
				`${org.billing.id} subtree`
			].sort()
		);
		expect(result.data.company.cells.enps).toMatchObject({ n: 16 });
		expect(await analyticsScope(db(), { role: 'employee', headOf: [] })).toBeNull();
	});

	it('health of a subtree: drivers, comments shuffled and gated, service both ways', async () => {
		const result = await departmentHealth(db(), org.ops.id, first.round.id);
		if (!result.ok) throw new Error(result.reason);
		const health = result.data;
		expect(health.responses).toEqual({ value: 10, n: 10 });
		expect(health.cells[driver]).toMatchObject({ n: 10, value: { favourable: 70 } });
		expect(health.breakdown.map((p) => `${p.id} ${p.scope}`).sort()).toEqual(
			[`${org.ops.id} direct`, `${org.support.id} subtree`, `${org.billing.id} subtree`].sort()
		);
		expect(health.breakdown.every((p) => 'suppressed' in p.cells[driver])).toBe(true);
		// Comments need 5 here: Operations has 10 respondents, 7 + 3 comments, shown shuffled.
		expect(health.comments).toMatchObject({ n: 10 });
		const bodies = 'value' in health.comments ? health.comments.value : [];
		expect(bodies).toHaveLength(10);
		expect(bodies.filter((b) => b === 'Billing speaks')).toHaveLength(3);
		const billing = await departmentHealth(db(), org.billing.id, first.round.id);
		if (!billing.ok) throw new Error(billing.reason);
		expect(billing.data.comments).toEqual(SUPPRESSED);
		// Billing as a provider: 5 × 9 and 2 × 5 from Support, 6 × 6 from Sales: (5 − 8) / 13.
		expect(billing.data.internalService.received).toMatchObject({
			n: 13,
			value: { internalNps: -23.1, ratings: 13 }
		});
		expect(billing.data.serviceComments).toEqual({
			value: expect.arrayContaining(['Billing was quick.']),
			n: 13
		});
		const support = await departmentHealth(db(), org.support.id, first.round.id);
		if (!support.ok) throw new Error(support.reason);
		const given = support.data.internalService.given.find((g) => g.id === org.billing.id);
		// Support's 7 ratings of Billing pass k. Operations' total minus them is Billing's own
		// members, who are never asked to rate their own department: a zero everyone knows, so
		// Support's cell is shown.
		expect(given?.cell).toMatchObject({ n: 7, value: { internalNps: 42.9 } });
		const ops = await departmentHealth(db(), org.ops.id, first.round.id);
		if (!ops.ok) throw new Error(ops.reason);
		const opsGiven = ops.data.internalService.given.find((g) => g.id === org.billing.id);
		expect(opsGiven?.cell).toMatchObject({ n: 7, value: { internalNps: 42.9 } });
		expect(support.data.driverImpact.minimumN).toBe(30);
		expect(Object.values(support.data.driverImpact.drivers)).toContainEqual(SUPPRESSED);
	});

	it('the matrix: HR sees every cell; a head their rows and their columns', async () => {
		const all = await internalServiceMatrix(db(), first.round.id, ALL);
		if (!all.ok) throw new Error(all.reason);
		const salesRow = all.data.rows.find((r) => r.consumer.id === org.sales.id)!;
		expect(salesRow.cells[org.billing.id]).toMatchObject({ n: 6, value: { internalNps: -100 } });
		expect(all.data.received[org.billing.id]).toMatchObject({ n: 13 });
		const scope = await analyticsScope(db(), { role: 'employee', headOf: [org.sales.id] });
		const head = await internalServiceMatrix(db(), first.round.id, scope!);
		if (!head.ok) throw new Error(head.reason);
		const own = head.data.rows.find((r) => r.consumer.id === org.sales.id)!;
		expect(own.total).toBeDefined();
		expect(Object.keys(own.cells)).toHaveLength(all.data.providers.length);
		const other = head.data.rows.find((r) => r.consumer.id === org.support.id)!;
		expect(other.total).toBeUndefined();
		expect(Object.keys(other.cells)).toEqual([org.sales.id]);
		expect(Object.keys(head.data.received)).toEqual([org.sales.id]);
		// By division: a row per top department's subtree, out of the same gated table.
		const divisions = await internalServiceMatrix(db(), first.round.id, ALL, {
			rows: true,
			consumers: 'divisions'
		});
		if (!divisions.ok) throw new Error(divisions.reason);
		expect(divisions.data.consumers).toBe('divisions');
		expect(divisions.data.rows.map((r) => r.consumer.id)).toEqual([org.ops.id, org.sales.id]);
		expect(divisions.data.rows.every((r) => r.total === undefined)).toBe(true);
		expect(divisions.data.rows[1].cells[org.billing.id]).toEqual(salesRow.cells[org.billing.id]);
	});

	it('shows the change since the previous round and a trend across rounds', async () => {
		const programme = (await getProgramme(db(), first.programmeId))!;
		const opened = await openRoundNow(db(), programme, new Date());
		if (!opened.ok) throw new Error(opened.reason);
		second = {
			round: opened.opened.round,
			questions: await roundQuestions(db(), opened.opened.round.id),
			programmeId: programme.id
		};
		for (let i = 0; i < 6; i++) await answer(db(), second, org.sales.id, { likert: 4, enps: 8 });
		// Operations answers too: a group nobody answered in would need hiding like any other.
		for (let i = 0; i < 6; i++) await answer(db(), second, org.support.id, { likert: 4, enps: 9 });
		for (let i = 0; i < 2; i++) await answer(db(), second, org.billing.id, { likert: 2, enps: 3 });
		await closeTestRound(db(), second);
		const result = await departmentHealth(db(), org.sales.id, second.round.id);
		if (!result.ok) throw new Error(result.reason);
		expect(result.data.changes.enps).toEqual({
			since: expect.objectContaining({ id: first.round.id }),
			cell: { value: { score: -100 }, n: 6 }
		});
		expect(result.data.changes.participation?.cell).toEqual({ value: { rate: 0 }, n: 6 });
		const trend = await departmentTrend(db(), org.sales.id, 'enps', {});
		if (!trend.ok) throw new Error(trend.reason);
		expect(trend.data.points.map((p) => [p.round.id, 'n' in p.cell ? p.cell.n : null])).toEqual([
			[first.round.id, 6],
			[second.round.id, 6]
		]);
		const none = await departmentTrend(db(), org.sales.id, 'enps', { to: '2001-01-01' });
		expect(none.ok && none.data.points).toEqual([]);
	});

	it('rolls up and publishes a round closed before rollups existed at start-up, not on reading', async () => {
		const legacy = await openTestRound(db(), [org.sales.id]);
		for (let i = 0; i < 5; i++) await answer(db(), legacy, org.sales.id, { likert: 3, enps: 7 });
		// Its answers in the answer tables, as a round of that time kept them.
		await moveSubmissions(db(), legacy.round.id, 1);
		// Closed as the demo seeds history, or as a round closed before migration 0005 ran.
		await db()
			.updateTable('pulse_rounds')
			.set({ status: 'closed', closed_at: new Date() })
			.where('id', '=', legacy.round.id)
			.execute();
		// Reading neither rolls up nor publishes: the round is unknown until the start-up step.
		expect(await orgHeatmap(db(), legacy.round.id, ALL)).toEqual({
			ok: false,
			reason: 'unknown_round'
		});
		expect(await publishPendingRounds(db())).toEqual([legacy.round.id]);
		expect(await publishPendingRounds(db())).toEqual([]);
		const result = await orgHeatmap(db(), legacy.round.id, ALL);
		if (!result.ok) throw new Error(result.reason);
		expect(row(result.data.rows, org.sales.id).cells.enps).toMatchObject({ n: 5 });
	});

	it('answers unknown rounds and departments plainly', async () => {
		const unknown = '00000000-0000-4000-8000-000000000000';
		expect(await orgHeatmap(db(), unknown, ALL)).toEqual({ ok: false, reason: 'unknown_round' });
		expect(await departmentHealth(db(), unknown, first.round.id)).toEqual({
			ok: false,
			reason: 'unknown_department'
		});
		expect(await departmentTrend(db(), unknown, 'enps', {})).toEqual({
			ok: false,
			reason: 'unknown_department'
		});
	});
});
