import { requireScimCaller } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { isBodyTooLarge } from '$lib/server/http/upload';
import { scimRequest, type ScimCaller } from '$lib/server/scim/dispatch';
import { SCIM_PREFIX, scimError, scimResponse } from '$lib/server/scim/http';
import type { RequestEvent, RequestHandler } from './$types';

async function answer(
	{ request, url, params }: RequestEvent,
	caller: ScimCaller
): Promise<Response> {
	let bodyText: string | null = null;
	if (request.method !== 'GET' && request.method !== 'DELETE') {
		try {
			bodyText = await request.text();
		} catch (err) {
			if (isBodyTooLarge(err)) return scimError(413, 'The body is too large.');
			throw err;
		}
	}
	const result = await scimRequest(getDb(), caller, {
		method: request.method,
		path: `/${params.path}`,
		params: url.searchParams,
		contentType: request.headers.get('content-type'),
		bodyText,
		base: `${url.origin}${SCIM_PREFIX}`
	});
	const location = (result.body as { meta?: { location?: string } } | null)?.meta?.location;
	return scimResponse(
		result.status,
		result.body,
		result.status === 201 && location ? { location } : {}
	);
}

// Each verb checks the key itself before the body is read.
export const GET: RequestHandler = (event) => answer(event, requireScimCaller());
export const POST: RequestHandler = (event) => answer(event, requireScimCaller());
export const PUT: RequestHandler = (event) => answer(event, requireScimCaller());
export const PATCH: RequestHandler = (event) => answer(event, requireScimCaller());
export const DELETE: RequestHandler = (event) => answer(event, requireScimCaller());
