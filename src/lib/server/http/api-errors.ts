import { json, type Handle } from '@sveltejs/kit';

const CODE_BY_STATUS: Record<number, string> = {
	400: 'bad_request',
	401: 'unauthenticated',
	403: 'forbidden',
	404: 'not_found',
	405: 'method_not_allowed',
	409: 'conflict',
	413: 'payload_too_large',
	415: 'unsupported_media_type',
	422: 'invalid_input',
	429: 'too_many_requests',
	500: 'internal',
	503: 'unavailable'
};

export function errorCodeFor(status: number): string {
	return CODE_BY_STATUS[status] ?? (status >= 500 ? 'internal' : 'bad_request');
}

export function apiError(status: number, message: string, code = errorCodeFor(status)) {
	return json({ error: { code, message } }, { status });
}

/** Every API failure answers `{"error":{"code","message"}}`, whatever raised it. */
export const shapeApiErrors: Handle = async ({ event, resolve }) => {
	if (!event.url.pathname.startsWith('/api/')) return resolve(event);
	if (!event.route.id) return apiError(404, `No API endpoint at ${event.url.pathname}.`);
	const response = await resolve(event);
	if (response.status < 400) return response;
	const type = response.headers.get('content-type') ?? '';
	let body: unknown = null;
	if (type.includes('application/json')) {
		body = await response
			.clone()
			.json()
			.catch(() => null);
		if (body && typeof body === 'object' && 'error' in body) return response;
	}
	const record = (body ?? {}) as { message?: unknown; code?: unknown };
	const message =
		typeof record.message === 'string' ? record.message : response.statusText || 'Request failed';
	const code = typeof record.code === 'string' ? record.code : errorCodeFor(response.status);
	const shaped = apiError(response.status, message, code);
	for (const [name, value] of response.headers) {
		if (name !== 'content-type' && name !== 'content-length') shaped.headers.set(name, value);
	}
	return shaped;
};
