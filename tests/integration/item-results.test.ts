import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../helpers/db';
import { smallOrg } from '../helpers/org-fixture';
import {
	answer,
	closeTestRound,
	openTestRound,
	type TestRound
} from '../helpers/analytics-fixture';
import { companyItemResults, teamItemResults } from '../../src/lib/server/analytics/item-results';
import { departmentHealth } from '../../src/lib/server/analytics/health';

// Question-level results through the gate: an item is shown exactly where its driver is, with
// the same n; its differences from the company and from the last round only where both are shown.

const db = useTestDatabase();
type Org = Awaited<ReturnType<typeof smallOrg>>;

describe('question-level results', () => {
	let org: Org;
	let first: TestRound;
	let second: TestRound;

	beforeAll(async () => {
		// Operations over Support (10) and Billing (3); Sales (7) apart.
		org = await smallOrg(db(), { support: 10, billing: 3, sales: 7 });
		const answerAll = async (round: TestRound, support: number) => {
			for (let i = 0; i < 10; i++) {
				await answer(db(), round, org.support.id, { likert: i < support ? 5 : 2, enps: 8 });
			}
			for (let i = 0; i < 3; i++) await answer(db(), round, org.billing.id, { likert: 1, enps: 2 });
			for (let i = 0; i < 7; i++) {
				await answer(db(), round, org.sales.id, { likert: (i % 5) + 1, enps: 6 });
			}
		};
		// Every Likert item in both rounds, so that each has a last round to compare with.
		first = await openTestRound(db(), [org.ops.id, org.sales.id], { questionsPerRound: 40 });
		await answerAll(first, 4);
		await closeTestRound(db(), first);
		const { openRoundNow } = await import('../../src/lib/server/surveys/rounds');
		const { getProgramme } = await import('../../src/lib/server/surveys/programmes');
		const { roundQuestions } = await import('../../src/lib/server/surveys/questions');
		const programme = (await getProgramme(db(), first.programmeId))!;
		const opened = await openRoundNow(db(), programme, new Date());
		if (!opened.ok) throw new Error(opened.reason);
		second = {
			round: opened.opened.round,
			questions: await roundQuestions(db(), opened.opened.round.id),
			programmeId: first.programmeId
		};
		await answerAll(second, 8);
		await closeTestRound(db(), second);
	});

	it('shows each item where its driver is shown, with its distribution and comparisons', async () => {
		const results = (await teamItemResults(db(), org.support.id, second.round.id))!;
		const health = await departmentHealth(db(), org.support.id, second.round.id);
		if (!health.ok) throw new Error(health.reason);
		expect(results.items.length).toBeGreaterThan(0);
		for (const item of results.items) {
			const driver = health.data.cells[item.driver];
			expect('value' in driver, item.key).toBe('value' in item.cell);
			if (!('value' in item.cell) || !('value' in driver)) continue;
			expect(item.cell.n).toBe(driver.n);
			expect(item.cell.value.histogram).toEqual([2, 0, 0, 0, 8]);
			expect(item.cell.value.favourable).toBe(80);
			expect(item.vsLastRound).toMatchObject({ change: 40 });
			expect(item.vsLastRound?.since.id).toBe(first.round.id);
			if ('value' in item.company) {
				expect(item.vsCompany?.change).toBe(
					Math.round((80 - (item.company.value.favourable ?? 0)) * 10) / 10
				);
			} else expect(item.vsCompany).toBeNull();
		}
		expect(Object.keys(results.driversVsCompany).sort()).toEqual(
			[...new Set(results.items.map((i) => i.driver))].sort()
		);
		for (const [driver, vs] of Object.entries(results.driversVsCompany)) {
			const team = health.data.cells[driver];
			if ('value' in vs.company && 'value' in team && 'favourable' in team.value) {
				expect(vs.vsCompany?.change, driver).toBe(
					Math.round(((team.value.favourable ?? 0) - (vs.company.value.favourable ?? 0)) * 10) / 10
				);
			} else expect(vs.vsCompany, driver).toBeNull();
		}
	});

	it('gives the company’s figure for each item, the one every team is compared with', async () => {
		const company = (await companyItemResults(db(), second.round.id))!;
		const team = (await teamItemResults(db(), org.support.id, second.round.id))!;
		expect(company.map((i) => i.questionId)).toEqual(team.items.map((i) => i.questionId));
		company.forEach((item, i) => expect(item.cell).toEqual(team.items[i].company));
		expect(company.length).toBeGreaterThan(0);
		expect(await companyItemResults(db(), crypto.randomUUID())).toBeNull();
	});

	it('hides a small group’s items, with nothing but the reason', async () => {
		const results = (await teamItemResults(db(), org.billing.id, second.round.id))!;
		for (const item of results.items) {
			expect(item.cell).toEqual({ suppressed: true, reason: 'fewer_than_k' });
			expect(item.vsCompany).toBeNull();
			expect(item.vsLastRound).toBeNull();
		}
		expect(await teamItemResults(db(), org.support.id, crypto.randomUUID())).toBeNull();
	});
});
