import type { Handle } from '@sveltejs/kit';

// SvelteKit names a page's JavaScript modules in the response's Link header only (it writes them
// into the page itself when prerendering). The browser fetches them from the header; but Vite's
// loader, which imports the page's parts as SvelteKit starts, looks for them among the document's
// <link> elements, finds none, and adds one per module: on /company 23 elements added during
// the start, about 10 ms of a phone's main thread. Written into the page's head as well, the
// loader finds them there. The header is kept, for proxies that send it early.

const MODULE_PRELOAD = /<([^>]+)>;\s*rel="modulepreload"/g;
const HEAD_END = '</head>';

/** The <link rel="modulepreload"> elements a Link header names. */
export function modulePreloadTags(linkHeader: string | null): string {
	if (!linkHeader) return '';
	let tags = '';
	for (const [, href] of linkHeader.matchAll(MODULE_PRELOAD)) {
		if (!/^[\w./-]+$/.test(href)) continue;
		tags += `<link rel="modulepreload" href="${href}">`;
	}
	return tags;
}

/** Copies the Link header's module preloads into a page's head. */
export const writeModulePreloads: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
	const tags = modulePreloadTags(response.headers.get('link'));
	if (!tags) return response;
	const html = await response.text();
	const at = html.indexOf(HEAD_END);
	const body = at < 0 ? html : html.slice(0, at) + tags + html.slice(at);
	const headers = new Headers(response.headers);
	headers.delete('content-length');
	return new Response(body, { status: response.status, statusText: response.statusText, headers });
};
