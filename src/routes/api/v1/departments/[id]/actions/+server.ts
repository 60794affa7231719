import { json } from '@sveltejs/kit';
import { requireDepartment } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { apiError } from '$lib/server/http/api-errors';
import { readJsonBody } from '$lib/server/http/upload';
import { listFocusAreas } from '$lib/server/actions/focus-areas';
import { applyPlanRequest, parsePlanRequest } from '$lib/server/actions/plan-request';
import { isUuid } from '$lib/domain/ids';
import type { RequestHandler } from './$types';

/** The department's focus areas with their actions, latest round first; `?round=` for one round. */
export const GET: RequestHandler = async ({ params, url }) => {
	const user = await requireDepartment(params.id);
	const round = url.searchParams.get('round');
	if (round !== null && !isUuid(round)) {
		return apiError(400, 'round must be a round id.', 'bad_request');
	}
	const focusAreas = await listFocusAreas(getDb(), {
		departmentIds: [params.id],
		roundId: round ?? undefined,
		locale: user.locale
	});
	return json({ departmentId: params.id, focusAreas });
};

/** A focus area (or an existing one) with actions to add; the department's head above it, or HR. */
export const POST: RequestHandler = async ({ params, request }) => {
	const user = await requireDepartment(params.id);
	const read = await readJsonBody(request, 'focus area');
	if (read instanceof Response) return read;
	const plan = parsePlanRequest(read.body);
	if (!plan.ok) return apiError(plan.status, plan.message, plan.code);
	const db = getDb();
	const outcome = await applyPlanRequest(db, user.id, params.id, plan.data);
	if (!outcome.ok) return apiError(outcome.status, outcome.message, outcome.code);
	const [focusArea] = (
		await listFocusAreas(db, { departmentIds: [params.id], locale: user.locale })
	).filter((f) => f.id === outcome.data.focusAreaId);
	return json({ focusArea }, { status: 201 });
};
