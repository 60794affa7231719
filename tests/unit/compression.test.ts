import { gunzipSync } from 'node:zlib';
import type { RequestEvent } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import {
	compressResponses,
	compressionEnabled,
	negotiateEncoding
} from '../../src/lib/server/http/compression';

const page = '<!doctype html><p>' + 'Rapport '.repeat(500) + '</p>';

async function run(enabled: boolean, acceptEncoding: string, body = page) {
	const handle = compressResponses(enabled);
	const event = {
		request: new Request('http://localhost/', { headers: { 'accept-encoding': acceptEncoding } })
	} as RequestEvent;
	return handle({
		event,
		resolve: async () => new Response(body, { headers: { 'content-type': 'text/html' } })
	});
}

describe('compression', () => {
	it('prefers brotli, then gzip, and honours q=0', () => {
		expect(negotiateEncoding('gzip, deflate, br')).toBe('br');
		expect(negotiateEncoding('gzip;q=0.5, br;q=0')).toBe('gzip');
		expect(negotiateEncoding('*')).toBe('br');
		expect(negotiateEncoding('identity')).toBeNull();
		expect(negotiateEncoding(null)).toBeNull();
	});

	it('is on unless COMPRESSION says off', () => {
		expect(compressionEnabled({})).toBe(true);
		expect(compressionEnabled({ COMPRESSION: 'on' })).toBe(true);
		expect(compressionEnabled({ COMPRESSION: 'off' })).toBe(false);
		expect(compressionEnabled({ COMPRESSION: 'false' })).toBe(false);
	});

	it('compresses a page when on and passes it through when off', async () => {
		const on = await run(true, 'gzip');
		expect(on.headers.get('content-encoding')).toBe('gzip');
		expect(gunzipSync(Buffer.from(await on.arrayBuffer())).toString()).toBe(page);
		const off = await run(false, 'gzip');
		expect(off.headers.get('content-encoding')).toBeNull();
		expect(await off.text()).toBe(page);
	});
});
