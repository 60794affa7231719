import { json } from '@sveltejs/kit';
import { requireApiCaller } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { apiError } from '$lib/server/http/api-errors';
import { receiveMetrics } from '$lib/server/external-figures/api-intake';
import { bodyTooLargeMessage, isBodyTooLarge } from '$lib/server/http/upload';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async ({ request }) => {
	const caller = requireApiCaller('external_metrics:write');
	if (caller.kind === 'user' && caller.user.role !== 'hr') {
		return apiError(403, 'Only HR and API keys may send external figures.', 'forbidden');
	}
	if (!(request.headers.get('content-type') ?? '').toLowerCase().startsWith('application/json')) {
		return apiError(415, 'Send the batch as application/json.', 'unsupported_media_type');
	}
	let body: unknown;
	try {
		body = await request.json();
	} catch (err) {
		if (isBodyTooLarge(err)) return apiError(413, bodyTooLargeMessage(), 'payload_too_large');
		return apiError(400, 'The body is not valid JSON.', 'invalid_json');
	}
	const sender =
		caller.kind === 'key'
			? { kind: 'key' as const, keyId: caller.keyId, name: caller.name }
			: { kind: 'person' as const, personId: caller.user.id, name: caller.user.name };
	const outcome = await receiveMetrics(getDb(), body, sender);
	if (outcome.ok) return json(outcome.counts);
	return json(
		{ error: { code: 'invalid_input', message: outcome.message, items: outcome.problems } },
		{ status: 422 }
	);
};
