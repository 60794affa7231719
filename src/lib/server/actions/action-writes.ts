import { sql, type Transaction } from 'kysely';
import { MAX_FOCUS_AREAS } from '../../domain/action-plans';
import { isLikertDriver } from '../../domain/questions';
import type { Database, Db } from '../db';
import { recordAudit } from '../audit/log';
import { recordChange } from '../audit/changes';
import { inTransaction, pgError } from '../db/transaction';
import type { ActionInput, FocusAreaInput } from './action-input';

// Writing focus areas and actions: one audited path for the pages, the API and the demo seed.
// Callers check that the actor may write for the department (its head above it, or HR).

export type WriteFailure = {
	ok: false;
	status: 400 | 404 | 409 | 422;
	code: string;
	message: string;
	/** The form field the message belongs to, when it belongs to one. */
	field?: string;
};
export type WriteResult<T> = { ok: true; data: T } | WriteFailure;

const fail = (
	status: WriteFailure['status'],
	code: string,
	message: string,
	field?: string
): WriteFailure => ({ ok: false, status, code, message, field });

// Thrown inside a transaction to roll it back, then turned into its failure.
class Refused extends Error {
	constructor(readonly failure: WriteFailure) {
		super(failure.message);
	}
}

async function refusing<T>(db: Db, fn: (trx: Transaction<Database>) => Promise<T>) {
	try {
		return { ok: true as const, data: await inTransaction(db, fn) };
	} catch (err) {
		if (err instanceof Refused) return err.failure;
		throw err;
	}
}

async function lockDepartmentFocus(trx: Transaction<Database>, departmentId: string) {
	await sql`select pg_advisory_xact_lock(hashtext(${'rapport:focus:' + departmentId}))`.execute(
		trx
	);
}

/** Picks a focus area for a department after a closed round: a driver or one of its items. */
export async function createFocusArea(
	db: Db,
	actorId: string | null,
	departmentId: string,
	input: FocusAreaInput
): Promise<WriteResult<{ id: string }>> {
	return refusing(db, async (trx) => {
		const department = await trx
			.selectFrom('departments')
			.select(['id', 'name'])
			.where('id', '=', departmentId)
			.where('archived_at', 'is', null)
			.executeTakeFirst();
		if (!department) throw new Refused(fail(404, 'not_found', 'There is no such department.'));
		const round = await trx
			.selectFrom('pulse_rounds')
			.select(['id', 'status'])
			.where('id', '=', input.roundId)
			.executeTakeFirst();
		if (!round) throw new Refused(fail(404, 'not_found', 'There is no such round.', 'roundId'));
		if (round.status !== 'closed') {
			throw new Refused(
				fail(
					409,
					'round_open',
					'Focus areas follow a closed round: this one is still open.',
					'roundId'
				)
			);
		}
		const [kind, ref] = [
			input.subject.slice(0, input.subject.indexOf(':')),
			input.subject.slice(input.subject.indexOf(':') + 1)
		];
		let driver = ref;
		let questionId: string | null = null;
		let label = ref;
		if (kind === 'item') {
			const question = await trx
				.selectFrom('questions')
				.select(['id', 'driver', 'key'])
				.where('id', '=', ref)
				.executeTakeFirst();
			if (!question || !isLikertDriver(question.driver)) {
				throw new Refused(
					fail(422, 'invalid_input', 'Choose a driver or an item from the list.', 'subject')
				);
			}
			driver = question.driver;
			questionId = question.id;
			label = question.key;
		} else if (!isLikertDriver(driver)) {
			throw new Refused(
				fail(422, 'invalid_input', 'Choose a driver or an item from the list.', 'subject')
			);
		}
		await lockDepartmentFocus(trx, departmentId);
		const existing = await trx
			.selectFrom('focus_areas')
			.select(['driver', 'question_id'])
			.where('department_id', '=', departmentId)
			.where('round_id', '=', round.id)
			.execute();
		if (existing.some((f) => f.driver === driver && f.question_id === questionId)) {
			throw new Refused(
				fail(409, 'conflict', 'This is already a focus area for this round.', 'subject')
			);
		}
		if (existing.length >= MAX_FOCUS_AREAS) {
			throw new Refused(
				fail(
					409,
					'too_many_focus_areas',
					`A department picks at most ${MAX_FOCUS_AREAS} focus areas per round.`,
					'subject'
				)
			);
		}
		const row = await trx
			.insertInto('focus_areas')
			.values({
				department_id: departmentId,
				round_id: round.id,
				driver,
				question_id: questionId,
				created_by: actorId
			})
			.returning('id')
			.executeTakeFirstOrThrow();
		await recordAudit(trx, {
			actorId,
			action: 'focus_area.created',
			entityType: 'focus_area',
			entityId: row.id,
			entityLabel: `${department.name}: ${label}`,
			after: { subject: label, round: round.id }
		});
		return { id: row.id };
	});
}

/** Removes a focus area and its actions (audited); the department is the caller's to check. */
export async function removeFocusArea(
	db: Db,
	actorId: string | null,
	focusAreaId: string
): Promise<WriteResult<null>> {
	return refusing(db, async (trx) => {
		const focus = await trx
			.selectFrom('focus_areas')
			.innerJoin('departments', 'departments.id', 'focus_areas.department_id')
			.select(['focus_areas.id', 'focus_areas.driver', 'departments.name'])
			.where('focus_areas.id', '=', focusAreaId)
			.executeTakeFirst();
		if (!focus) throw new Refused(fail(404, 'not_found', 'There is no such focus area.'));
		await trx.deleteFrom('focus_areas').where('id', '=', focus.id).execute();
		await recordAudit(trx, {
			actorId,
			action: 'focus_area.removed',
			entityType: 'focus_area',
			entityId: focus.id,
			entityLabel: `${focus.name}: ${focus.driver}`,
			before: { subject: focus.driver }
		});
		return null;
	});
}

type ActionRowValues = {
	title: string;
	owner_person_id: string | null;
	owner_name: string | null;
	due_on: string;
	status: ActionInput['status'];
	notes: string;
};

/** The owner must be an active person of the department's subtree, or a name written in. */
async function actionValues(
	trx: Transaction<Database>,
	departmentId: string,
	input: ActionInput
): Promise<ActionRowValues> {
	if (input.ownerPersonId !== '') {
		const owner = await trx
			.selectFrom('people')
			.innerJoin('department_closure', 'department_closure.descendant_id', 'people.department_id')
			.select('people.id')
			.where('people.id', '=', input.ownerPersonId)
			.where('people.active', '=', true)
			.where('department_closure.ancestor_id', '=', departmentId)
			.executeTakeFirst();
		if (!owner) {
			throw new Refused(
				fail(
					422,
					'invalid_input',
					'Choose the owner from the people of this department.',
					'ownerPersonId'
				)
			);
		}
	}
	return {
		title: input.title,
		owner_person_id: input.ownerPersonId || null,
		owner_name: input.ownerName || null,
		due_on: input.dueOn,
		status: input.status,
		notes: input.notes
	};
}

const audited = (v: ActionRowValues) => ({
	title: v.title,
	owner: v.owner_person_id ?? v.owner_name,
	dueOn: v.due_on,
	status: v.status,
	notes: v.notes
});

/** Adds an action to a focus area. */
export async function createAction(
	db: Db,
	actorId: string | null,
	focusAreaId: string,
	input: ActionInput
): Promise<WriteResult<{ id: string }>> {
	return refusing(db, async (trx) => {
		const focus = await trx
			.selectFrom('focus_areas')
			.select(['id', 'department_id'])
			.where('id', '=', focusAreaId)
			.executeTakeFirst();
		if (!focus) throw new Refused(fail(404, 'not_found', 'There is no such focus area.'));
		const values = await actionValues(trx, focus.department_id, input);
		const row = await trx
			.insertInto('focus_actions')
			.values({ ...values, focus_area_id: focus.id, created_by: actorId })
			.returning('id')
			.executeTakeFirstOrThrow();
		await recordAudit(trx, {
			actorId,
			action: 'action.created',
			entityType: 'action',
			entityId: row.id,
			entityLabel: values.title,
			after: audited(values)
		});
		return { id: row.id };
	}).catch((err: unknown) => {
		if (pgError(err)?.code === '23514') {
			return fail(422, 'invalid_input', 'One of the fields is out of range.');
		}
		throw err;
	});
}

/** Changes an action (its status among the rest); the change and the values before are audited. */
export async function updateAction(
	db: Db,
	actorId: string | null,
	actionId: string,
	input: ActionInput
): Promise<WriteResult<{ id: string; departmentId: string }>> {
	return refusing(db, async (trx) => {
		const before = await trx
			.selectFrom('focus_actions')
			.innerJoin('focus_areas', 'focus_areas.id', 'focus_actions.focus_area_id')
			.select([
				'focus_actions.id',
				'focus_areas.department_id as departmentId',
				'focus_actions.title',
				'focus_actions.owner_person_id',
				'focus_actions.owner_name',
				'focus_actions.due_on',
				'focus_actions.status',
				'focus_actions.notes'
			])
			.where('focus_actions.id', '=', actionId)
			.forUpdate()
			.executeTakeFirst();
		if (!before) throw new Refused(fail(404, 'not_found', 'There is no such action.'));
		const values = await actionValues(trx, before.departmentId, input);
		await trx
			.updateTable('focus_actions')
			.set({ ...values, updated_at: new Date() })
			.where('id', '=', before.id)
			.execute();
		await recordChange(trx, {
			actorId,
			action: 'action.updated',
			entityType: 'action',
			entityId: before.id,
			entityLabel: values.title,
			before: audited(before),
			after: audited(values)
		});
		return { id: before.id, departmentId: before.departmentId };
	});
}

/** The department an action or focus area belongs to, for the caller's access check. */
export async function departmentOfFocusArea(db: Db, focusAreaId: string): Promise<string | null> {
	const row = await db
		.selectFrom('focus_areas')
		.select('department_id')
		.where('id', '=', focusAreaId)
		.executeTakeFirst();
	return row?.department_id ?? null;
}

export async function departmentOfAction(db: Db, actionId: string): Promise<string | null> {
	const row = await db
		.selectFrom('focus_actions')
		.innerJoin('focus_areas', 'focus_areas.id', 'focus_actions.focus_area_id')
		.select('focus_areas.department_id')
		.where('focus_actions.id', '=', actionId)
		.executeTakeFirst();
	return row?.department_id ?? null;
}
