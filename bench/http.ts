import http from 'node:http';

// A plain keep-alive client: light on the CPU the server shares with it, and it sees the time to
// the first byte, which fetch does not report.
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

export type Reply = {
	status: number;
	headers: http.IncomingHttpHeaders;
	body: Buffer;
	/** Milliseconds to the response headers and to the last byte. */
	ttfb: number;
	total: number;
};

export function request(
	url: string,
	options: { method?: string; headers?: Record<string, string>; body?: string } = {}
): Promise<Reply> {
	return new Promise((resolveReply, reject) => {
		const started = performance.now();
		const req = http.request(
			url,
			{ method: options.method ?? 'GET', headers: options.headers, agent },
			(res) => {
				const ttfb = performance.now() - started;
				const chunks: Buffer[] = [];
				res.on('data', (c: Buffer) => chunks.push(c));
				res.on('end', () =>
					resolveReply({
						status: res.statusCode ?? 0,
						headers: res.headers,
						body: Buffer.concat(chunks),
						ttfb,
						total: performance.now() - started
					})
				);
				res.on('error', reject);
			}
		);
		req.on('error', reject);
		req.end(options.body);
	});
}

/** A form post as a browser without JavaScript sends it. */
export function postForm(url: string, origin: string, form: string, cookie?: string) {
	return request(url, {
		method: 'POST',
		headers: {
			origin,
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded',
			...(cookie ? { cookie } : {})
		},
		body: form
	});
}
