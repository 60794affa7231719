import type { Handle, RequestEvent } from '@sveltejs/kit';
import { isUuid } from '../../domain/ids';
import { apiError } from './api-errors';

// Requests no page or endpoint can make sense of are answered here, with a 4xx, before any
// handler reads them: otherwise each would have to catch the parser's or the database's error.

/** Route parameters that hold ids; every id in Rapport is a UUID. */
const ID_PARAMS = new Set(['id', 'roundId', 'department']);
const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data'];
const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

async function refuse(event: RequestEvent, status: number, message: string): Promise<Response> {
	// Read the body (the server caps its size) before answering: a client still sending it would
	// otherwise see its connection cut instead of the answer.
	await event.request.arrayBuffer().catch(() => null);
	if (event.url.pathname.startsWith('/api/')) return apiError(status, message);
	return new Response(message, {
		status,
		headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' }
	});
}

/** A form post the browser could have sent: a form type, and a boundary for multipart. */
function isFormBody(contentType: string): boolean {
	const type = contentType.split(';')[0].trim().toLowerCase();
	if (!FORM_TYPES.includes(type)) return false;
	return type !== 'multipart/form-data' || /;\s*boundary=[^;\s]+/i.test(contentType);
}

export const refuseMalformedRequests: Handle = async ({ event, resolve }) => {
	for (const [name, value] of Object.entries(event.params)) {
		if (ID_PARAMS.has(name) && !isUuid(value)) return refuse(event, 404, 'There is no such page.');
	}
	// PostgreSQL cannot store or compare text holding NUL; no address needs one. The URL parser
	// percent-encodes a raw NUL, so `%00` is the one spelling to look for.
	if (/%00/i.test(event.url.pathname + event.url.search)) {
		return refuse(event, 400, 'The address contains a NUL character.');
	}
	// The JSON API and SCIM check their own content types.
	const isPageWrite =
		BODY_METHODS.has(event.request.method) && !/^\/(api|scim)\//.test(event.url.pathname);
	if (isPageWrite && !isFormBody(event.request.headers.get('content-type') ?? '')) {
		return refuse(
			event,
			415,
			'Forms are sent as application/x-www-form-urlencoded or multipart/form-data.'
		);
	}
	return resolve(event);
};
