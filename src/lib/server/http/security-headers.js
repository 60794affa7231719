// Plain JavaScript: the built server's entry loads this file as it is, to put the same headers on
// the static files it serves before any SvelteKit hook runs (see scripts/adapter.js).

const HSTS_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

/**
 * The headers every response carries, whatever served it.
 * @param {string | undefined} origin the public ORIGIN; over https, browsers are told to keep
 *   to https for a year (not for subdomains: other hosts of the domain may not serve https)
 * @returns {[string, string][]}
 */
export function securityHeaderEntries(origin) {
	/** @type {[string, string][]} */
	const entries = [
		['X-Content-Type-Options', 'nosniff'],
		// Invitation links carry one-time credentials: never send a URL to another site. Not
		// 'no-referrer': browsers then send `Origin: null` on plain form posts, which the
		// same-origin check must refuse, and forms without JavaScript would stop working.
		['Referrer-Policy', 'same-origin'],
		['X-Frame-Options', 'DENY'],
		['Cross-Origin-Opener-Policy', 'same-origin'],
		['Permissions-Policy', 'camera=(), microphone=(), geolocation=()']
	];
	if (origin?.trim().toLowerCase().startsWith('https://')) {
		entries.push(['Strict-Transport-Security', `max-age=${HSTS_MAX_AGE_SECONDS}`]);
	}
	return entries;
}

/**
 * Connect-style middleware for the built server: sets the headers before the static files (or
 * SvelteKit) answer. A response that sets one of them itself still wins.
 */
export function staticSecurityHeaders() {
	const entries = securityHeaderEntries(process.env.ORIGIN);
	/**
	 * @param {import('node:http').IncomingMessage} _req
	 * @param {import('node:http').ServerResponse} res
	 * @param {() => void} next
	 */
	return (_req, res, next) => {
		for (const [name, value] of entries) res.setHeader(name, value);
		next();
	};
}
