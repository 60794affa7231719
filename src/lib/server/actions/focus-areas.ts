import { isOverdue, type ActionStatus } from '../../domain/action-plans';
import { isoDay } from '../../domain/dates';
import { textFor } from '../../domain/questions';
import type { Db } from '../db';
import { ancestorDepartmentIds } from '../org/departments';

// Reading focus areas and their actions. They are plans people write, not figures from answers,
// so they pass no gate; who may read them is the caller's to check.

export type ActionView = {
	id: string;
	title: string;
	/** A person of the department (with their id) or a name written in; null when nobody. */
	owner: { personId: string | null; name: string } | null;
	dueOn: string;
	status: ActionStatus;
	overdue: boolean;
	notes: string;
	updatedAt: Date;
};

export type FocusAreaView = {
	id: string;
	departmentId: string;
	departmentName: string;
	round: { id: string; opensOn: string; closesOn: string };
	driver: string;
	questionId: string | null;
	/** The item's wording in the reader's language, for an item focus. */
	itemText: string | null;
	createdAt: Date;
	actions: ActionView[];
};

export type FocusFilter = {
	departmentIds?: readonly string[];
	roundId?: string;
	locale?: string;
	/** 'YYYY-MM-DD', for what is overdue; today (UTC) by default. */
	today?: string;
};

/** Focus areas with their actions, latest round first, then by department and creation. */
export async function listFocusAreas(db: Db, filter: FocusFilter = {}): Promise<FocusAreaView[]> {
	if (filter.departmentIds && filter.departmentIds.length === 0) return [];
	let query = db
		.selectFrom('focus_areas')
		.innerJoin('departments', 'departments.id', 'focus_areas.department_id')
		.innerJoin('pulse_rounds', 'pulse_rounds.id', 'focus_areas.round_id')
		.leftJoin('questions', 'questions.id', 'focus_areas.question_id')
		.select([
			'focus_areas.id',
			'focus_areas.department_id as departmentId',
			'departments.name as departmentName',
			'pulse_rounds.id as roundId',
			'pulse_rounds.opens_at as opensAt',
			'pulse_rounds.closes_at as closesAt',
			'pulse_rounds.closed_at as closedAt',
			'focus_areas.driver',
			'focus_areas.question_id as questionId',
			'questions.texts',
			'focus_areas.created_at as createdAt'
		])
		.orderBy('pulse_rounds.opens_at', 'desc')
		.orderBy('departments.name')
		.orderBy('focus_areas.created_at')
		.orderBy('focus_areas.id');
	if (filter.departmentIds) {
		query = query.where('focus_areas.department_id', 'in', filter.departmentIds);
	}
	if (filter.roundId) query = query.where('focus_areas.round_id', '=', filter.roundId);
	const areas = await query.execute();
	if (areas.length === 0) return [];
	const actions = await db
		.selectFrom('focus_actions')
		.leftJoin('people', 'people.id', 'focus_actions.owner_person_id')
		.select([
			'focus_actions.id',
			'focus_actions.focus_area_id as focusAreaId',
			'focus_actions.title',
			'focus_actions.owner_person_id as ownerPersonId',
			'focus_actions.owner_name as ownerName',
			'people.name as personName',
			'focus_actions.due_on as dueOn',
			'focus_actions.status',
			'focus_actions.notes',
			'focus_actions.updated_at as updatedAt'
		])
		.where(
			'focus_actions.focus_area_id',
			'in',
			areas.map((a) => a.id)
		)
		.orderBy('focus_actions.due_on')
		.orderBy('focus_actions.created_at')
		.orderBy('focus_actions.id')
		.execute();
	const today = filter.today ?? isoDay(new Date());
	const byArea = new Map<string, ActionView[]>();
	for (const a of actions) {
		const ownerName = a.personName ?? a.ownerName;
		const view: ActionView = {
			id: a.id,
			title: a.title,
			owner: ownerName ? { personId: a.ownerPersonId, name: ownerName } : null,
			dueOn: a.dueOn,
			status: a.status,
			overdue: isOverdue({ status: a.status, dueOn: a.dueOn }, today),
			notes: a.notes,
			updatedAt: a.updatedAt
		};
		byArea.set(a.focusAreaId, [...(byArea.get(a.focusAreaId) ?? []), view]);
	}
	return areas.map((a) => ({
		id: a.id,
		departmentId: a.departmentId,
		departmentName: a.departmentName,
		round: {
			id: a.roundId,
			opensOn: isoDay(a.opensAt),
			closesOn: isoDay(a.closedAt ?? a.closesAt)
		},
		driver: a.driver,
		questionId: a.questionId,
		itemText: a.texts ? textFor(a.texts, filter.locale ?? 'en') : null,
		createdAt: a.createdAt,
		actions: byArea.get(a.id) ?? []
	}));
}

/** Per department, only the focus areas of its latest round that has any. */
export function latestPerDepartment(areas: readonly FocusAreaView[]): FocusAreaView[] {
	const latest = new Map<string, string>();
	for (const a of areas) {
		const seen = latest.get(a.departmentId);
		if (!seen || a.round.opensOn > seen) latest.set(a.departmentId, a.round.opensOn);
	}
	return areas.filter((a) => a.round.opensOn === latest.get(a.departmentId));
}

/**
 * What a person's team is working on: the latest focus areas of their department and of the
 * departments above it (whose plans cover them too), nearest first.
 */
export async function focusAreasForMember(
	db: Db,
	departmentId: string | null,
	locale = 'en'
): Promise<FocusAreaView[]> {
	if (!departmentId) return [];
	const chain = await ancestorDepartmentIds(db, departmentId);
	const areas = latestPerDepartment(await listFocusAreas(db, { departmentIds: chain, locale }));
	return areas.sort((a, b) => chain.indexOf(a.departmentId) - chain.indexOf(b.departmentId));
}

/** May this person read the department's focus areas: a member of it or of a department below. */
export async function isMemberOf(
	db: Db,
	personDepartmentId: string | null,
	departmentId: string
): Promise<boolean> {
	if (!personDepartmentId) return false;
	return (await ancestorDepartmentIds(db, personDepartmentId)).includes(departmentId);
}

/** Active people of the department and the departments below it: who can own an action. */
export async function ownerChoices(
	db: Db,
	departmentId: string
): Promise<{ id: string; name: string }[]> {
	return db
		.selectFrom('people')
		.innerJoin('department_closure', 'department_closure.descendant_id', 'people.department_id')
		.select(['people.id', 'people.name'])
		.where('department_closure.ancestor_id', '=', departmentId)
		.where('people.active', '=', true)
		.orderBy('people.name')
		.orderBy('people.id')
		.execute();
}
