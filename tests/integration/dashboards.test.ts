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
import {
	companyView,
	latestCompanyResults,
	roundThresholds
} from '../../src/lib/server/analytics/dashboards';
import { LIKERT_DRIVERS } from '../../src/lib/domain/questions';
import { trendTable } from '../../src/lib/server/analytics/trend';
import { getProgramme } from '../../src/lib/server/surveys/programmes';
import { openRoundNow } from '../../src/lib/server/surveys/rounds';
import { roundQuestions } from '../../src/lib/server/surveys/questions';

// The figures of the dashboard pages: the company view, trends of every measure at once and the
// results everyone sees, all through the gate.

const db = useTestDatabase();
const SUPPRESSED = { suppressed: true, reason: expect.any(String) };

type Org = Awaited<ReturnType<typeof smallOrg>>;

describe('dashboard figures', () => {
	let org: Org;
	let first: TestRound;
	let second: TestRound;
	let driver: string;

	beforeAll(async () => {
		// Operations over Support (22) and Billing (4); Sales (12) apart: 38 invited.
		org = await smallOrg(db(), { support: 22, billing: 4, sales: 12 });
		first = await openTestRound(db(), [org.ops.id, org.sales.id]);
		driver = likertDrivers(first)[0];
		// Answers where eNPS rises with the drivers, so that driver impact has something to find.
		for (let i = 0; i < 20; i++) {
			const likert = (i % 5) + 1;
			await answer(db(), first, org.support.id, {
				likert,
				enps: likert * 2,
				ratings: [{ provider: org.billing.id, score: [8, 9, 6][i % 3], reasons: ['responsive'] }]
			});
		}
		for (let i = 0; i < 3; i++) await answer(db(), first, org.billing.id, { likert: 2, enps: 3 });
		for (let i = 0; i < 10; i++) {
			await answer(db(), first, org.sales.id, { likert: (i % 5) + 1, enps: (i % 5) * 2 + 1 });
		}
		expect(await latestCompanyResults(db())).toBeNull();
		await closeTestRound(db(), first);
	});

	it('the company view: heatmap, matrix and driver impact of the whole company', async () => {
		const result = await companyView(db(), first.round.id, null);
		if (!result.ok) throw new Error(result.reason);
		const view = result.data;
		expect(view.subtree).toBeNull();
		expect(view.k).toEqual({ kScores: 5, kComments: 10 });
		expect(view.total.participation).toEqual({
			value: { invited: 38, responded: 33, rate: 86.8 },
			n: 33
		});
		const billing = view.heatmap.rows.find((r) => r.departmentId === org.billing.id)!;
		expect(billing.cells[driver]).toEqual(SUPPRESSED);
		expect(view.heatmap.rows.map((r) => r.departmentId)).toContain(org.sales.id);
		expect(view.matrix.rows.map((r) => r.consumer.id)).toContain(org.sales.id);
		const supportRow = view.matrix.rows.find((r) => r.consumer.id === org.support.id)!;
		// Nobody in Sales or in Billing rated Billing: shown, Support's 20 ratings would equal
		// Billing's total and say so, so Support's cell is hidden; the total (7 promoters,
		// 7 passives, 6 detractors) is shown.
		expect(supportRow.cells[org.billing.id]).toEqual({
			suppressed: true,
			reason: 'protects_smaller_group'
		});
		expect(view.matrix.received[org.billing.id]).toMatchObject({
			n: 20,
			value: { internalNps: 5, reasons: { responsive: 20 } }
		});
		// 33 respondents: enough (30) for correlations, and here they are strong.
		const impact = view.driverImpact.drivers[driver];
		expect(impact).toMatchObject({ n: 33 });
		expect('value' in impact && impact.value.r).toBeGreaterThan(0.8);
	});

	it('the matrix by divisions on request, and by default whichever level shows more', async () => {
		const view = async (level: 'departments' | 'divisions' | null) => {
			const result = await companyView(db(), first.round.id, null, level);
			if (!result.ok) throw new Error(result.reason);
			return result.data.matrix;
		};
		const [departments, divisions, chosen] = await Promise.all([
			view('departments'),
			view('divisions'),
			view(null)
		]);
		expect(divisions.consumers).toBe('divisions');
		expect(divisions.rows.map((r) => r.consumer.id).sort()).toEqual(
			[org.ops.id, org.sales.id].sort()
		);
		expect(divisions.rows.every((r) => r.total === undefined)).toBe(true);
		const share = (m: typeof departments) => {
			const cells = m.rows.flatMap((r) => Object.values(r.cells));
			return cells.filter((c) => 'value' in c).length / cells.length;
		};
		expect(chosen.consumers).toBe(
			share(divisions) > share(departments) ? 'divisions' : 'departments'
		);
		expect(chosen.received).toEqual(departments.received);
	});

	it('narrowed to a subtree: only its departments, its totals, its impact', async () => {
		const result = await companyView(db(), first.round.id, org.ops.id);
		if (!result.ok) throw new Error(result.reason);
		const view = result.data;
		expect(view.subtree).toEqual({ id: org.ops.id, name: org.ops.name });
		expect(new Set(view.heatmap.rows.map((r) => r.departmentId))).toEqual(
			new Set([org.ops.id, org.support.id, org.billing.id])
		);
		expect(view.heatmap.company.participation).toMatchObject({ n: 33 });
		expect(view.total.participation).toMatchObject({ value: { responded: 23 }, n: 23 });
		expect(view.matrix.rows.map((r) => r.consumer.id)).not.toContain(org.sales.id);
		// 23 respondents in Operations: fewer than 30, so no correlation is shown.
		expect(view.driverImpact.drivers[driver]).toEqual(SUPPRESSED);
	});

	it('refuses open rounds, unknown rounds and departments outside the round', async () => {
		const open = await openTestRound(db(), [org.sales.id]);
		expect(await companyView(db(), open.round.id, null)).toEqual({
			ok: false,
			reason: 'round_open'
		});
		const unknown = '00000000-0000-4000-8000-000000000000';
		expect(await companyView(db(), unknown, null)).toEqual({ ok: false, reason: 'unknown_round' });
		expect(await companyView(db(), first.round.id, unknown)).toEqual({
			ok: false,
			reason: 'not_in_round'
		});
		expect(await roundThresholds(db(), open.round.id)).toBeNull();
		expect(await roundThresholds(db(), first.round.id)).toEqual({ kScores: 5, kComments: 10 });
		await closeTestRound(db(), open);
	});

	it('results for everyone: the latest closed round, company-wide, with the change', async () => {
		const programme = (await getProgramme(db(), first.programmeId))!;
		const opened = await openRoundNow(db(), programme, new Date());
		if (!opened.ok) throw new Error(opened.reason);
		second = {
			round: opened.opened.round,
			questions: await roundQuestions(db(), opened.opened.round.id),
			programmeId: programme.id
		};
		for (let i = 0; i < 6; i++) await answer(db(), second, org.sales.id, { likert: 4, enps: 10 });
		// Operations answers too: had nobody there answered, the company's figure would say so.
		for (let i = 0; i < 6; i++) {
			await answer(db(), second, org.support.id, { likert: i < 3 ? 4 : 2, enps: i < 3 ? 10 : 2 });
		}
		await closeTestRound(db(), second);
		const results = (await latestCompanyResults(db()))!;
		expect(results.round.id).toBe(second.round.id);
		expect(results.responses).toEqual({ value: 12, n: 12 });
		expect(results.cells.enps).toMatchObject({ value: { score: 50 }, n: 12 });
		// The first round: 6 promoters and 21 detractors of 33 → −45.5; now 9 and 3 of 12 → +50.
		expect(results.changes.enps).toEqual({
			since: expect.objectContaining({ id: first.round.id }),
			cell: { value: { score: 95.5 }, n: 12 }
		});
		expect(results.changes.internalNps).toBeUndefined();
	});

	it('trends of every measure, company-wide and per department', async () => {
		const company = await trendTable(db(), null, { programmeId: first.programmeId });
		expect(company.rounds.map((r) => r.id)).toEqual([first.round.id, second.round.id]);
		expect(company.series.internal_service).toBeUndefined();
		expect(company.series.enps).toEqual([
			{ value: -45.5, n: 33 },
			{ value: 50, n: 12 }
		]);
		expect(company.series.participation[1]).toEqual({ value: 31.6, n: 12 });
		const billing = await trendTable(db(), org.billing.id, { programmeId: first.programmeId });
		// Billing took part in both rounds (the second had no answers from it): always hidden.
		expect(billing.series[driver]).toEqual([SUPPRESSED, SUPPRESSED]);
		expect(billing.series.internal_service[0]).toMatchObject({ value: 5, n: 20 });
		const none = await trendTable(db(), null, { to: '2001-01-01' });
		expect(none).toEqual({ rounds: [], series: expect.any(Object) });
	});

	it('a driver the rotation left out of a round is a hidden cell that says so, not a gap', async () => {
		const short = await openTestRound(db(), [org.sales.id], { questionsPerRound: 2 });
		for (let i = 0; i < 6; i++) await answer(db(), short, org.sales.id, { likert: 4, enps: 9 });
		await closeTestRound(db(), short);
		const asked = likertDrivers(short);
		const notAsked = LIKERT_DRIVERS.filter((d) => !asked.includes(d));
		expect(notAsked.length).toBeGreaterThan(0);
		const sales = await trendTable(db(), org.sales.id, { programmeId: short.programmeId });
		for (const d of notAsked)
			expect(sales.series[d]).toEqual([{ suppressed: true, reason: 'not_asked' }]);
		for (const d of asked) expect(sales.series[d]).toEqual([{ value: 100, n: 6 }]);
	});
});
