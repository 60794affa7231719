import { json, type Handle } from '@sveltejs/kit';
import { publicOrigin } from './origin';
import { securityHeaderEntries } from './security-headers.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Browsers say where a request comes from in Sec-Fetch-Site; a state-changing request from any
 * other site is refused outright. Clients that send no such header (scripts using the API with a
 * key) are judged by their credentials instead.
 */
export function isCrossSiteWrite(method: string, secFetchSite: string | null): boolean {
	return !SAFE_METHODS.has(method) && secFetchSite !== null && secFetchSite !== 'same-origin';
}

export const rejectCrossSiteWrites: Handle = async ({ event, resolve }) => {
	if (isCrossSiteWrite(event.request.method, event.request.headers.get('sec-fetch-site'))) {
		const message = 'Cross-site requests that change data are refused.';
		if (event.url.pathname.startsWith('/api/')) {
			return json({ error: { code: 'cross_site_request', message } }, { status: 403 });
		}
		return new Response(message, { status: 403, headers: { 'content-type': 'text/plain' } });
	}
	return resolve(event);
};

const everyResponseHeaders = securityHeaderEntries(publicOrigin());

export const securityHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	const headers = response.headers;
	const set = (name: string, value: string) => {
		if (!headers.has(name)) headers.set(name, value);
	};
	try {
		for (const [name, value] of everyResponseHeaders) set(name, value);
		if (event.locals.user) set('Cache-Control', 'private, no-store');
		// What the API answers is someone's data, or says who may read it: never kept by a cache.
		else if (event.url.pathname.startsWith('/api/')) set('Cache-Control', 'no-store');
	} catch {
		// Responses with immutable headers (a fetch passed through) are left as they are.
	}
	return response;
};
