import type { Kysely } from 'kysely';
import type { ActionStatus } from '../../src/lib/domain/action-plans';
import type { Database } from '../../src/lib/server/db/schema';
import { createAction, createFocusArea } from '../../src/lib/server/actions/action-writes';

const DAY_MS = 86_400_000;

type DemoAction = {
	title: string;
	/** Owned by the department's head, or by this name written in. */
	owner: 'head' | string;
	dueInDays: number;
	status: ActionStatus;
	notes?: string;
};
type DemoFocus = { code: string; roundsAgo: number; subject: string; actions: DemoAction[] };

// Focus areas in several departments, with actions in every status and some overdue. Customer
// Support keeps room for one more focus area, so that a newcomer can add one.
const FOCUS: DemoFocus[] = [
	{
		code: 'SUP',
		roundsAgo: 0,
		subject: 'driver:internal_support',
		actions: [
			{
				title: 'Agree response times for escalations with IT Service Desk',
				owner: 'head',
				dueInDays: -5,
				status: 'in_progress',
				notes: 'First meeting held; IT proposes four hours for customer-blocking tickets.'
			},
			{
				title: 'Name one contact per provider department and share the list',
				owner: 'Team leads',
				dueInDays: 14,
				status: 'planned'
			},
			{
				title: 'Monthly review of late deliveries with Logistics',
				owner: 'head',
				dueInDays: -20,
				status: 'done',
				notes: 'Now a standing item in the operations meeting.'
			}
		]
	},
	{
		code: 'SUP',
		roundsAgo: 0,
		subject: 'item:empowerment.fix_for_customer',
		actions: [
			{
				title: 'Refunds up to 100 EUR without a supervisor’s approval',
				owner: 'head',
				dueInDays: 30,
				status: 'planned'
			},
			{
				title: 'Weekly call-back slot for complex cases',
				owner: 'Shift planners',
				dueInDays: -2,
				status: 'dropped',
				notes: 'Replaced by the refund rule above, which solves most of these cases.'
			}
		]
	},
	{
		code: 'LOG',
		roundsAgo: 0,
		subject: 'driver:workload',
		actions: [
			{
				title: 'Hire two seasonal pickers before the winter peak',
				owner: 'head',
				dueInDays: -10,
				status: 'planned'
			},
			{
				title: 'Publish the weekly priorities every Monday',
				owner: 'head',
				dueInDays: 7,
				status: 'in_progress'
			}
		]
	},
	{
		code: 'ITS',
		roundsAgo: 3,
		subject: 'driver:manager_support',
		actions: [
			{
				title: 'Fortnightly one-to-ones for everyone on the desk',
				owner: 'head',
				dueInDays: -60,
				status: 'done'
			},
			{
				title: 'Ask the team what slows tickets down, and remove one obstacle a month',
				owner: 'head',
				dueInDays: -15,
				status: 'in_progress'
			}
		]
	},
	{
		code: 'ENG',
		roundsAgo: 0,
		subject: 'driver:recognition',
		actions: [
			{
				title: 'Demo day at the end of each quarter',
				owner: 'Engineering managers',
				dueInDays: 45,
				status: 'planned'
			}
		]
	}
];

/** Focus areas and actions written through the same audited path as the pages, by the heads. */
export async function seedDemoActions(db: Kysely<Database>, now = new Date()) {
	const rounds = await db
		.selectFrom('pulse_rounds')
		.select('id')
		.where('status', '=', 'closed')
		.orderBy('opens_at', 'desc')
		.execute();
	let focusAreas = 0;
	let actions = 0;
	for (const focus of FOCUS) {
		const round = rounds[focus.roundsAgo];
		if (!round) continue;
		const department = await db
			.selectFrom('departments')
			.select('id')
			.where('code', '=', focus.code)
			.executeTakeFirstOrThrow();
		const head = await db
			.selectFrom('department_heads')
			.select('person_id')
			.where('department_id', '=', department.id)
			.executeTakeFirst();
		const subject = focus.subject.startsWith('item:')
			? `item:${
					(
						await db
							.selectFrom('questions')
							.select('id')
							.where('key', '=', focus.subject.slice(5))
							.where('retired_at', 'is', null)
							.executeTakeFirstOrThrow()
					).id
				}`
			: focus.subject;
		const actor = head?.person_id ?? null;
		const created = await createFocusArea(db, actor, department.id, { roundId: round.id, subject });
		if (!created.ok) throw new Error(`demo focus area ${focus.code}: ${created.message}`);
		focusAreas++;
		for (const a of focus.actions) {
			const result = await createAction(db, actor, created.data.id, {
				title: a.title,
				ownerPersonId: a.owner === 'head' ? (actor ?? '') : '',
				ownerName: a.owner === 'head' ? '' : a.owner,
				dueOn: new Date(now.getTime() + a.dueInDays * DAY_MS).toISOString().slice(0, 10),
				status: a.status,
				notes: a.notes ?? ''
			});
			if (!result.ok) throw new Error(`demo action ${a.title}: ${result.message}`);
			actions++;
		}
	}
	return { focusAreas, actions };
}
