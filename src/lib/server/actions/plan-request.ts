import { z } from 'zod';
import { isUuid } from '../../domain/ids';
import type { Db } from '../db';
import { inTransaction } from '../db/transaction';
import { actionInput, type ActionInput } from './action-input';
import {
	createAction,
	createFocusArea,
	type WriteFailure,
	type WriteResult
} from './action-writes';

// The JSON API's POST: a new focus area (a round and a driver or an item) or an existing one,
// with the actions to add to it, all in one transaction.

const MAX_ACTIONS_PER_REQUEST = 20;

const planRequest = z
	.object({
		focusArea: z.string().refine(isUuid, 'focusArea must be a focus area id.').optional(),
		round: z.string().refine(isUuid, 'round must be a round id.').optional(),
		driver: z.string().max(40).optional(),
		item: z.string().refine(isUuid, 'item must be a question id.').optional(),
		actions: z.array(z.unknown()).max(MAX_ACTIONS_PER_REQUEST).default([])
	})
	.strict()
	.superRefine((v, ctx) => {
		const subjects = [v.driver, v.item].filter((s) => s !== undefined).length;
		if (v.focusArea ? v.round || subjects > 0 : !v.round || subjects !== 1) {
			ctx.addIssue({
				code: 'custom',
				message: 'Send either focusArea, or round with exactly one of driver and item.'
			});
		}
	});

type ParsedPlan = {
	focusArea?: string;
	round?: string;
	subject?: string;
	actions: ActionInput[];
};

function invalid(message: string, field?: string): WriteFailure {
	return { ok: false, status: 422, code: 'invalid_input', message, field };
}

export function parsePlanRequest(body: unknown): { ok: true; data: ParsedPlan } | WriteFailure {
	const parsed = planRequest.safeParse(body);
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		const path = issue.path.join('.');
		return invalid(path ? `${path}: ${issue.message}` : issue.message, path || undefined);
	}
	const actions: ActionInput[] = [];
	for (const [i, raw] of parsed.data.actions.entries()) {
		const action = actionInput().safeParse(raw);
		if (!action.success) {
			const issue = action.error.issues[0];
			return invalid(`actions.${i}.${issue.path.join('.')}: ${issue.message}`);
		}
		actions.push(action.data);
	}
	const { focusArea, round, driver, item } = parsed.data;
	return {
		ok: true,
		data: {
			focusArea,
			round,
			subject: driver ? `driver:${driver}` : item ? `item:${item}` : undefined,
			actions
		}
	};
}

class Failed extends Error {
	constructor(readonly failure: WriteFailure) {
		super(failure.message);
	}
}

const orThrow = <T>(result: WriteResult<T>): T => {
	if (!result.ok) throw new Failed(result);
	return result.data;
};

/** Creates the focus area (unless given) and its actions; nothing is kept when one fails. */
export async function applyPlanRequest(
	db: Db,
	actorId: string,
	departmentId: string,
	plan: ParsedPlan
): Promise<WriteResult<{ focusAreaId: string; actionIds: string[] }>> {
	try {
		const data = await inTransaction(db, async (trx) => {
			let focusAreaId = plan.focusArea;
			if (focusAreaId) {
				const focus = await trx
					.selectFrom('focus_areas')
					.select('id')
					.where('id', '=', focusAreaId)
					.where('department_id', '=', departmentId)
					.executeTakeFirst();
				if (!focus)
					throw new Failed({
						ok: false,
						status: 404,
						code: 'not_found',
						message: 'This department has no such focus area.'
					});
			} else {
				const created = orThrow(
					await createFocusArea(trx, actorId, departmentId, {
						roundId: plan.round!,
						subject: plan.subject!
					})
				);
				focusAreaId = created.id;
			}
			const actionIds: string[] = [];
			for (const action of plan.actions) {
				actionIds.push(orThrow(await createAction(trx, actorId, focusAreaId, action)).id);
			}
			return { focusAreaId, actionIds };
		});
		return { ok: true, data };
	} catch (err) {
		if (err instanceof Failed) return err.failure;
		throw err;
	}
}
