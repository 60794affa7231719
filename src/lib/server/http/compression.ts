import type { Handle } from '@sveltejs/kit';
import { Readable } from 'node:stream';
import type { ReadableStream as NodeWebStream } from 'node:stream/web';
import { constants, createBrotliCompress, createGzip } from 'node:zlib';

export type Encoding = 'br' | 'gzip';

// Pages, API answers and exports; images and fonts come compressed or from the static files,
// which the build precompresses.
const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|csv)|image\/svg\+xml)/i;
// Below this a compressed body saves less than its headers cost.
const MIN_BYTES = 1024;
// Fast settings: a page is made per request, so the CPU matters more than the last few percent.
const BROTLI_QUALITY = 4;
const GZIP_LEVEL = 5;

/**
 * The encoding to answer with, from an Accept-Encoding header: brotli when the client takes it,
 * else gzip, else none. A `q=0` refuses an encoding.
 */
export function negotiateEncoding(acceptEncoding: string | null): Encoding | null {
	if (!acceptEncoding) return null;
	const accepted = new Map<string, number>();
	for (const part of acceptEncoding.split(',')) {
		const [name, ...params] = part.trim().toLowerCase().split(';');
		const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
		accepted.set(name, q === undefined ? 1 : Number(q));
	}
	const weight = (name: Encoding) => accepted.get(name) ?? accepted.get('*') ?? 0;
	if (weight('br') > 0) return 'br';
	if (weight('gzip') > 0) return 'gzip';
	return null;
}

/** False when COMPRESSION=off (a proxy in front compresses instead). */
export function compressionEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
	return !/^(off|false|0|no)$/i.test(env.COMPRESSION?.trim() ?? '');
}

function isWorthCompressing(method: string, response: Response): boolean {
	if (method === 'HEAD' || !response.body) return false;
	if (response.status < 200 || response.status === 204 || response.status === 206) return false;
	const headers = response.headers;
	if (headers.has('content-encoding')) return false;
	if (!COMPRESSIBLE.test(headers.get('content-type') ?? '')) return false;
	const length = headers.get('content-length');
	return length === null || Number(length) >= MIN_BYTES;
}

function encoder(encoding: Encoding) {
	// Each chunk flushed as it comes, so a streamed export reaches the client while it is made.
	return encoding === 'br'
		? createBrotliCompress({
				flush: constants.BROTLI_OPERATION_FLUSH,
				params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY }
			})
		: createGzip({ level: GZIP_LEVEL, flush: constants.Z_SYNC_FLUSH });
}

function compressedBody(body: ReadableStream<Uint8Array>, encoding: Encoding) {
	const compressed = Readable.fromWeb(body as NodeWebStream<Uint8Array>).pipe(encoder(encoding));
	return Readable.toWeb(compressed) as ReadableStream<Uint8Array>;
}

function withVary(headers: Headers): void {
	const vary = headers.get('vary');
	if (!vary) headers.set('vary', 'Accept-Encoding');
	else if (!/(^|,)\s*(accept-encoding|\*)\s*(,|$)/i.test(vary)) {
		headers.set('vary', `${vary}, Accept-Encoding`);
	}
}

/** A compressing handle; `enabled` false gives one that passes every response through. */
export function compressResponses(enabled = compressionEnabled()): Handle {
	return async ({ event, resolve }) => {
		const response = await resolve(event);
		if (!enabled || !COMPRESSIBLE.test(response.headers.get('content-type') ?? '')) {
			return response;
		}
		const encoding = negotiateEncoding(event.request.headers.get('accept-encoding'));
		if (!encoding || !isWorthCompressing(event.request.method, response)) {
			try {
				withVary(response.headers);
			} catch {
				// Immutable headers (a fetch passed through): left as they are.
			}
			return response;
		}
		const headers = new Headers(response.headers);
		withVary(headers);
		headers.set('content-encoding', encoding);
		headers.delete('content-length');
		// The bytes change, so a strong validator would no longer name them.
		const etag = headers.get('etag');
		if (etag && !etag.startsWith('W/')) headers.set('etag', `W/${etag}`);
		return new Response(compressedBody(response.body!, encoding), {
			status: response.status,
			statusText: response.statusText,
			headers
		});
	};
}
