import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../helpers/db';
import { smallOrg } from '../helpers/org-fixture';
import {
	answer,
	closeTestRound,
	openTestRound,
	type TestRound
} from '../helpers/analytics-fixture';
import { actionInput } from '../../src/lib/server/actions/action-input';
import {
	createAction,
	createFocusArea,
	removeFocusArea,
	updateAction
} from '../../src/lib/server/actions/action-writes';
import {
	focusAreasForMember,
	isMemberOf,
	listFocusAreas,
	ownerChoices
} from '../../src/lib/server/actions/focus-areas';
import { teamPlans } from '../../src/lib/server/actions/focus-trends';
import { actionOverview } from '../../src/lib/server/actions/overview';
import { applyPlanRequest, parsePlanRequest } from '../../src/lib/server/actions/plan-request';
import { listAuditEntries } from '../../src/lib/server/audit/log';

// Focus areas and actions on a real database: the rules (closed rounds only, three per round,
// owners from the department), the audit trail, who reads them, HR's filters, and the API's
// all-or-nothing request.

const db = useTestDatabase();
type Org = Awaited<ReturnType<typeof smallOrg>>;

const action = (fields: Record<string, string>) => actionInput().parse(fields);

describe('focus areas and actions', () => {
	let org: Org;
	let closed: TestRound;
	let open: TestRound;
	let head: string;

	beforeAll(async () => {
		org = await smallOrg(db(), { support: 8, billing: 4, sales: 6 });
		head = org.people.find((p) => p.departmentId === org.support.id)!.id;
		closed = await openTestRound(db(), [org.ops.id, org.sales.id]);
		for (let i = 0; i < 8; i++) await answer(db(), closed, org.support.id, { likert: 4, enps: 8 });
		await closeTestRound(db(), closed);
		open = await openTestRound(db(), [org.sales.id]);
	});

	it('follows a closed round only, at most three per department and round, never twice', async () => {
		const onOpen = await createFocusArea(db(), head, org.support.id, {
			roundId: open.round.id,
			subject: 'driver:morale'
		});
		expect(onOpen).toMatchObject({ ok: false, status: 409, code: 'round_open' });

		const item = closed.questions.find((q) => q.driver === 'empowerment' || q.driver === 'morale');
		const subjects = ['driver:morale', 'driver:manager_support', `item:${item!.id}`];
		for (const subject of subjects) {
			const made = await createFocusArea(db(), head, org.support.id, {
				roundId: closed.round.id,
				subject
			});
			expect(made.ok, subject).toBe(true);
		}
		const again = await createFocusArea(db(), head, org.support.id, {
			roundId: closed.round.id,
			subject: 'driver:morale'
		});
		expect(again).toMatchObject({ ok: false, status: 409, code: 'conflict' });
		const fourth = await createFocusArea(db(), head, org.support.id, {
			roundId: closed.round.id,
			subject: 'driver:workload'
		});
		expect(fourth).toMatchObject({ ok: false, status: 409, code: 'too_many_focus_areas' });
		const notADriver = await createFocusArea(db(), head, org.billing.id, {
			roundId: closed.round.id,
			subject: 'driver:enps'
		});
		expect(notADriver).toMatchObject({ ok: false, status: 422, field: 'subject' });

		const areas = await listFocusAreas(db(), { departmentIds: [org.support.id] });
		expect(areas.map((a) => a.driver).sort()).toEqual(
			['manager_support', 'morale', item!.driver].sort()
		);
		expect(areas.find((a) => a.questionId)?.itemText).toBeTruthy();
	});

	it('writes actions with an owner from the department or a name, audits every change', async () => {
		const [focus] = await listFocusAreas(db(), { departmentIds: [org.support.id] });
		const outsider = org.people.find((p) => p.departmentId === org.sales.id)!.id;
		const wrongOwner = await createAction(
			db(),
			head,
			focus.id,
			action({ title: 'Weekly stand-up', ownerPersonId: outsider, dueOn: '2030-02-01' })
		);
		expect(wrongOwner).toMatchObject({ ok: false, status: 422, field: 'ownerPersonId' });
		expect((await ownerChoices(db(), org.support.id)).map((p) => p.id)).toContain(head);

		const made = await createAction(
			db(),
			head,
			focus.id,
			action({ title: 'Weekly stand-up', ownerPersonId: head, dueOn: '2020-02-01' })
		);
		if (!made.ok) throw new Error(made.message);
		const named = await createAction(
			db(),
			head,
			focus.id,
			action({ title: 'Ask IT for a named contact', ownerName: 'Team leads', dueOn: '2099-01-01' })
		);
		expect(named.ok).toBe(true);

		let [view] = await listFocusAreas(db(), {
			departmentIds: [org.support.id],
			today: '2026-12-02'
		});
		const standUp = view.actions.find((a) => a.id === made.data.id)!;
		expect(standUp).toMatchObject({ status: 'planned', overdue: true, dueOn: '2020-02-01' });
		expect(view.actions.find((a) => a.title.startsWith('Ask'))?.owner).toEqual({
			personId: null,
			name: 'Team leads'
		});

		const updated = await updateAction(
			db(),
			head,
			made.data.id,
			action({
				title: 'Weekly stand-up',
				ownerPersonId: head,
				dueOn: '2020-02-01',
				status: 'done',
				notes: 'Running since March.'
			})
		);
		expect(updated.ok).toBe(true);
		[view] = await listFocusAreas(db(), { departmentIds: [org.support.id], today: '2026-12-02' });
		expect(view.actions.find((a) => a.id === made.data.id)).toMatchObject({
			status: 'done',
			overdue: false,
			notes: 'Running since March.'
		});
		const trail = await listAuditEntries(db(), { entityType: 'action', entityId: made.data.id });
		expect(trail.map((e) => e.action)).toEqual(['action.updated', 'action.created']);
		expect(trail[0].before).toMatchObject({ status: 'planned' });
		expect(trail[0].after).toMatchObject({ status: 'done', notes: 'Running since March.' });
	});

	it('reaches the department’s members and nobody else; HR filters by status and overdue', async () => {
		const member = org.people.find((p) => p.departmentId === org.support.id && p.id !== head)!;
		const seen = await focusAreasForMember(db(), member.departmentId, 'es');
		expect(seen).toHaveLength(3);
		expect(await isMemberOf(db(), member.departmentId, org.support.id)).toBe(true);
		expect(await isMemberOf(db(), org.sales.id, org.support.id)).toBe(false);
		expect(await focusAreasForMember(db(), org.sales.id)).toEqual([]);

		const plans = await teamPlans(db(), org.support.id, 'en');
		const morale = plans.areas.find((a) => a.driver === 'morale')!;
		expect(plans.trends[morale.id].map((p) => p.opensOn)).toEqual([
			closed.round.opensAt.toISOString().slice(0, 10)
		]);

		const all = await actionOverview(db(), { status: null, overdue: false });
		expect(all.totals).toMatchObject({ done: 1, planned: 1, departments: 1 });
		const done = await actionOverview(db(), { status: 'done', overdue: false });
		expect(done.areas.flatMap((a) => a.actions.map((x) => x.status))).toEqual(['done']);
		const overdue = await actionOverview(db(), { status: null, overdue: true });
		expect(overdue.areas).toEqual([]);
	});

	it('the API request creates a focus area with its actions, or nothing at all', async () => {
		const bad = parsePlanRequest({
			round: closed.round.id,
			driver: 'morale',
			item: closed.round.id
		});
		expect(bad).toMatchObject({ ok: false, status: 422 });
		const badAction = parsePlanRequest({
			round: closed.round.id,
			driver: 'morale',
			actions: [{ title: 'x', dueOn: '2030-02-30' }]
		});
		expect(badAction).toMatchObject({
			ok: false,
			message: expect.stringContaining('actions.0.dueOn')
		});

		const before = await listFocusAreas(db(), { departmentIds: [org.billing.id] });
		const failing = parsePlanRequest({
			round: closed.round.id,
			driver: 'workload',
			actions: [
				{ title: 'Fine', dueOn: '2030-01-01' },
				{ title: 'Owner elsewhere', dueOn: '2030-01-01', ownerPersonId: head }
			]
		});
		if (!failing.ok) throw new Error(failing.message);
		const outcome = await applyPlanRequest(db(), head, org.billing.id, failing.data);
		expect(outcome).toMatchObject({ ok: false, status: 422 });
		expect(await listFocusAreas(db(), { departmentIds: [org.billing.id] })).toEqual(before);

		const good = parsePlanRequest({
			round: closed.round.id,
			driver: 'workload',
			actions: [{ title: 'Fewer meetings', dueOn: '2030-01-01', status: 'in_progress' }]
		});
		if (!good.ok) throw new Error(good.message);
		const made = await applyPlanRequest(db(), head, org.billing.id, good.data);
		expect(made.ok).toBe(true);
		const [area] = await listFocusAreas(db(), { departmentIds: [org.billing.id] });
		expect(area.actions.map((a) => [a.title, a.status])).toEqual([
			['Fewer meetings', 'in_progress']
		]);

		const removed = await removeFocusArea(db(), head, area.id);
		expect(removed.ok).toBe(true);
		expect(await listFocusAreas(db(), { departmentIds: [org.billing.id] })).toEqual([]);
	});
});
