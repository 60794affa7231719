// Plain JavaScript: the built server's entry loads this file as it is and puts the middleware in
// front of SvelteKit's handler (see scripts/adapter.js). The app registers the function that
// serves the survey directly (surveys/direct.ts) when it starts; until then, and for every
// request that function leaves alone, SvelteKit serves.

export const DIRECT_SERVING = Symbol.for('rapport.direct-serving');

/**
 * Connect-style middleware: the survey's plain requests, else the next handler.
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, next: () => void) => void}
 */
export function directServing() {
	return (req, res, next) => {
		/** @type {((req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => Promise<boolean>) | undefined} */
		const serve = /** @type {any} */ (globalThis)[DIRECT_SERVING];
		if (!serve) return next();
		serve(req, res).then(
			(served) => {
				if (!served) next();
			},
			(err) => {
				// A fault of its own, never the request's: answered like any other server error.
				const id = crypto.randomUUID();
				// The route, never the path: a path can carry an invitation's token (docs/anonymity.md).
				console.error(`error ${id} on ${req.method} (survey, served directly):`, err);
				if (res.headersSent) return res.destroy();
				res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
				res.end(`Something went wrong on our side (error ${id}). Please try again.`);
			}
		);
	};
}
