import { json } from '@sveltejs/kit';
import { requireApiCaller } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { apiError } from '$lib/server/http/api-errors';
import { receiveMetrics } from '$lib/server/external-figures/api-intake';
import { readJsonBody } from '$lib/server/http/upload';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async ({ request }) => {
	const caller = requireApiCaller('external_metrics:write');
	if (caller.kind === 'user' && caller.user.role !== 'hr') {
		return apiError(403, 'Only HR and API keys may send external figures.', 'forbidden');
	}
	const read = await readJsonBody(request, 'batch');
	if (read instanceof Response) return read;
	const sender =
		caller.kind === 'key'
			? { kind: 'key' as const, keyId: caller.keyId, name: caller.name }
			: { kind: 'person' as const, personId: caller.user.id, name: caller.user.name };
	const outcome = await receiveMetrics(getDb(), read.body, sender);
	if (outcome.ok) return json(outcome.counts);
	return json(
		{ error: { code: 'invalid_input', message: outcome.message, items: outcome.problems } },
		{ status: 422 }
	);
};
