import { sql } from 'kysely';
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
import { computeRollups } from '../../src/lib/server/analytics/rollups';

const db = useTestDatabase();

type Org = Awaited<ReturnType<typeof smallOrg>>;

async function rows<T>(query: ReturnType<typeof sql<T>>) {
	return (await query.execute(db())).rows;
}

describe('rollups at round close', () => {
	let org: Org;
	let test: TestRound;
	let driver: string;

	beforeAll(async () => {
		// Operations (no members of its own) over Support (6) and Billing (4); Sales (3) apart.
		org = await smallOrg(db(), { support: 6, billing: 4, sales: 3 });
		test = await openTestRound(db(), [org.ops.id, org.sales.id]);
		driver = likertDrivers(test)[0];
		const support = [
			{ likert: 5, enps: 10, score: 9, reasons: ['reliable', 'responsive'] },
			{ likert: 4, enps: 9, score: 10, reasons: ['reliable'] },
			{ likert: 4, enps: 8, score: 7, reasons: [] },
			{ likert: 3, enps: 7, score: 3, reasons: [] },
			{ likert: 2, enps: 6, score: 6, reasons: [] },
			{ likert: 1, enps: 0, score: 8, reasons: ['knowledgeable'] }
		];
		for (const [i, s] of support.entries()) {
			await answer(db(), test, org.support.id, {
				likert: s.likert,
				enps: s.enps,
				ratings: [
					{
						provider: org.billing.id,
						score: s.score,
						reasons: s.reasons,
						comment: i === 0 ? 'Billing answered fast.' : undefined
					}
				],
				comment: i < 2 ? `Support comment ${i}` : undefined
			});
		}
		for (const v of [5, 5, 2]) {
			await answer(db(), test, org.billing.id, {
				likert: v,
				enps: 9,
				ratings: [{ provider: org.sales.id, score: 10 }]
			});
		}
		for (const v of [4, 1]) await answer(db(), test, org.sales.id, { likert: v, enps: 3 });
	});

	it('computes nothing while the round is open', async () => {
		expect(await computeRollups(db(), test.round.id)).toBe(false);
		const marks = await rows(
			sql`select * from rollup_rounds where round_id = ${test.round.id}::uuid`
		);
		expect(marks).toEqual([]);
	});

	it('rolls up participation per department, subtree and company', async () => {
		await closeTestRound(db(), test);
		const participation = await rows<{
			scope: string;
			department_id: string | null;
			invited: number;
			responded: number;
			comments: number;
		}>(sql`select scope, department_id, invited, responded, comments from rollup_participation
			where round_id = ${test.round.id}::uuid`);
		const find = (scope: string, id: string | null) =>
			participation.find((p) => p.scope === scope && p.department_id === id);
		expect(find('direct', org.support.id)).toMatchObject({ invited: 6, responded: 6, comments: 2 });
		expect(find('direct', org.billing.id)).toMatchObject({ invited: 4, responded: 3, comments: 0 });
		expect(find('direct', org.ops.id)).toBeUndefined();
		expect(find('subtree', org.ops.id)).toMatchObject({ invited: 10, responded: 9, comments: 2 });
		expect(find('subtree', org.sales.id)).toMatchObject({ invited: 3, responded: 2 });
		expect(find('company', null)).toMatchObject({ invited: 13, responded: 11, comments: 2 });
	});

	it('rolls up each driver and item as histograms', async () => {
		const items = test.questions.filter((q) => q.kind === 'likert' && q.driver === driver);
		const drivers = await rows<{
			scope: string;
			department_id: string | null;
			driver: string;
			respondents: number;
			answers: number;
			histogram: number[];
		}>(sql`select scope, department_id, driver, respondents, answers, histogram from rollup_drivers
			where round_id = ${test.round.id}::uuid`);
		const of = (scope: string, id: string | null, d: string) =>
			drivers.find((r) => r.scope === scope && r.department_id === id && r.driver === d);
		const m = items.length;
		expect(of('direct', org.support.id, driver)).toMatchObject({
			respondents: 6,
			answers: 6 * m,
			histogram: [m, m, m, 2 * m, m]
		});
		expect(of('subtree', org.ops.id, driver)).toMatchObject({
			respondents: 9,
			histogram: [m, 2 * m, m, 2 * m, 3 * m]
		});
		expect(of('company', null, driver)).toMatchObject({
			respondents: 11,
			histogram: [2 * m, 2 * m, m, 3 * m, 3 * m]
		});
		expect(of('direct', org.support.id, 'enps')).toMatchObject({
			respondents: 6,
			histogram: [1, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1]
		});
		expect(of('company', null, 'enps')?.histogram).toEqual([1, 0, 0, 2, 0, 0, 1, 1, 1, 4, 1]);
		const itemRows = await rows<{ question_id: string; histogram: number[] }>(
			sql`select question_id, histogram from rollup_items where round_id = ${test.round.id}::uuid
				and scope = 'direct' and department_id = ${org.support.id}::uuid`
		);
		const likertItems = test.questions.filter((q) => q.kind === 'likert');
		expect(itemRows.filter((r) => likertItems.some((q) => q.id === r.question_id))).toHaveLength(
			likertItems.length
		);
		for (const row of itemRows.filter((r) => items.some((q) => q.id === r.question_id))) {
			expect(row.histogram).toEqual([1, 1, 1, 2, 1]);
		}
	});

	it('rolls up service ratings per consumer and provider, with reasons and comments', async () => {
		const service = await rows<{
			scope: string;
			department_id: string | null;
			provider_department_id: string | null;
			respondents: number;
			ratings: number;
			histogram: number[];
			reasons: Record<string, number>;
			comments: number;
		}>(sql`select * from rollup_service where round_id = ${test.round.id}::uuid`);
		const cell = (scope: string, id: string | null, provider: string | null) =>
			service.find(
				(r) => r.scope === scope && r.department_id === id && r.provider_department_id === provider
			);
		expect(cell('direct', org.support.id, org.billing.id)).toMatchObject({
			respondents: 6,
			ratings: 6,
			histogram: [0, 0, 0, 1, 0, 0, 1, 1, 1, 1, 1],
			reasons: { reliable: 2, responsive: 1, knowledgeable: 1, empathetic: 0, easy_to_reach: 0 },
			comments: 1
		});
		expect(cell('company', null, org.billing.id)).toMatchObject({ respondents: 6, comments: 1 });
		expect(cell('company', null, org.sales.id)).toMatchObject({ respondents: 3 });
		expect(cell('direct', org.support.id, null)).toMatchObject({ respondents: 6, comments: 1 });
		expect(cell('company', null, null)).toMatchObject({ respondents: 9, ratings: 9 });
		expect(cell('subtree', org.ops.id, org.billing.id)).toMatchObject({ respondents: 6 });
		expect(cell('subtree', org.ops.id, null)).toBeUndefined();
	});

	it('keeps the tree as it was and respondent-level driver impact as r and n only', async () => {
		const tree = await rows<{ department_id: string; parent_id: string | null }>(
			sql`select department_id, parent_id from rollup_departments where round_id = ${test.round.id}::uuid`
		);
		expect(tree).toEqual(
			expect.arrayContaining([
				{ department_id: org.support.id, parent_id: org.ops.id },
				{ department_id: org.ops.id, parent_id: null }
			])
		);
		const impact = await rows<{ respondents: number; r: number | null }>(
			sql`select respondents, r from rollup_driver_impact where round_id = ${test.round.id}::uuid
				and scope = 'subtree' and department_id = ${org.support.id}::uuid and driver = ${driver}`
		);
		// Support's driver answers 5,4,4,3,2,1 against eNPS 10,9,8,7,6,0: Pearson r ≈ 0.929.
		expect(impact).toHaveLength(1);
		expect(impact[0].respondents).toBe(6);
		expect(impact[0].r).toBeCloseTo(0.92898, 4);
	});

	it('is idempotent: closing again, or rolling up again, changes nothing', async () => {
		const snapshot = async () =>
			rows(sql`select (select count(*) from rollup_drivers where round_id = ${test.round.id}::uuid)::int as d,
				(select count(*) from rollup_service where round_id = ${test.round.id}::uuid)::int as s,
				(select count(*) from rollup_participation where round_id = ${test.round.id}::uuid)::int as p`);
		const before = await snapshot();
		await closeTestRound(db(), test);
		expect(await computeRollups(db(), test.round.id)).toBe(false);
		expect(await snapshot()).toEqual(before);
	});

	it('refuses to change or delete rollups', async () => {
		await expect(
			sql`update rollup_participation set invited = 0 where round_id = ${test.round.id}::uuid`.execute(
				db()
			)
		).rejects.toThrow(/immutable/);
		await expect(
			sql`delete from rollup_drivers where round_id = ${test.round.id}::uuid`.execute(db())
		).rejects.toThrow(/immutable/);
	});
});
