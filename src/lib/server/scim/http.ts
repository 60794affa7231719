import type { Handle } from '@sveltejs/kit';
import { SCIM_CONTENT_TYPE, scimErrorBody } from '../../domain/scim/schemas';
import { errorCodeFor } from '../http/api-errors';

export const SCIM_PREFIX = '/scim/v2';

export function isScimPath(url: URL): boolean {
	return url.pathname === '/scim' || url.pathname.startsWith('/scim/');
}

export function scimResponse(status: number, body: unknown, headers: Record<string, string> = {}) {
	if (status === 204 || body === null) return new Response(null, { status, headers });
	return new Response(JSON.stringify(body), {
		status,
		headers: { 'content-type': `${SCIM_CONTENT_TYPE}; charset=utf-8`, ...headers }
	});
}

export function scimError(status: number, detail: string, headers: Record<string, string> = {}) {
	return scimResponse(status, scimErrorBody(status, detail), headers);
}

/** Every failure under /scim answers in SCIM's error format, whatever raised it. */
export const shapeScimErrors: Handle = async ({ event, resolve }) => {
	if (!isScimPath(event.url)) return resolve(event);
	if (!event.route.id) return scimError(404, `No SCIM resource at ${event.url.pathname}.`);
	const response = await resolve(event);
	if (response.status < 400) return response;
	if ((response.headers.get('content-type') ?? '').startsWith(SCIM_CONTENT_TYPE)) return response;
	const body = (await response
		.clone()
		.json()
		.catch(() => null)) as { message?: unknown; error?: { message?: unknown } } | null;
	const message = body?.error?.message ?? body?.message;
	const detail =
		typeof message === 'string' ? message : response.statusText || errorCodeFor(response.status);
	const shaped = scimError(response.status, detail);
	for (const [name, value] of response.headers) {
		if (name !== 'content-type' && name !== 'content-length') shaped.headers.set(name, value);
	}
	return shaped;
};
