import { fail } from '@sveltejs/kit';
import { requireDepartment, requireRole } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { pickTeamRound } from '$lib/server/analytics/page-params';
import { departmentConversations } from '$lib/server/conversations/department-view';
import { hideMessage, replyToComment } from '$lib/server/conversations/messages';
import { isUuid } from '$lib/domain/ids';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url, locals }) => {
	const user = await requireDepartment(params.department);
	const db = getDb();
	const { choices, department, round } = await pickTeamRound(db, user, { params, url, locals });
	const view = round ? await departmentConversations(db, department.id, round.id) : null;
	return {
		department,
		round,
		rounds: choices.rounds,
		canHide: user.role === 'hr',
		comments: view?.ok ? { open: view.open, service: view.service } : null
	};
};

export const actions: Actions = {
	reply: async ({ params, request }) => {
		const user = await requireDepartment(params.department);
		const form = await request.formData().catch(() => new FormData());
		const commentId = form.get('comment');
		const roundId = form.get('round');
		const body = form.get('body');
		if (!isUuid(commentId) || !isUuid(roundId)) {
			return fail(400, { comment: null, problem: 'not_shown' as const, body: '' });
		}
		const outcome = await replyToComment(getDb(), user, {
			departmentId: params.department,
			roundId,
			commentId,
			body
		});
		if (!outcome.ok) {
			return fail(outcome.problem === 'not_shown' ? 404 : 400, {
				comment: commentId,
				problem: outcome.problem,
				body: typeof body === 'string' ? body.slice(0, 2100) : ''
			});
		}
		return { comment: commentId, sent: true };
	},
	hide: async ({ params, request }) => {
		const user = requireRole('hr');
		await requireDepartment(params.department);
		const form = await request.formData().catch(() => new FormData());
		const messageId = form.get('message');
		if (!isUuid(messageId) || !(await hideMessage(getDb(), user, messageId))) {
			return fail(404, { hideFailed: true });
		}
		return { hidden: messageId };
	}
};
