/**
 * Errors that mean "the database cannot be reached right now" (a restart, a failover, a network
 * cut, a full connection table), as opposed to a bug or bad data. A request that meets one is
 * answered 503 with Retry-After: trying again shortly is the right thing for the client to do.
 */

// Socket errors from node when connecting or while connected.
const NETWORK_CODES = new Set([
	'ECONNREFUSED',
	'ECONNRESET',
	'ECONNABORTED',
	'EPIPE',
	'ETIMEDOUT',
	'EHOSTUNREACH',
	'ENETUNREACH',
	'ENOTFOUND',
	'EAI_AGAIN'
]);

// PostgreSQL SQLSTATEs: admin_shutdown, crash_shutdown, cannot_connect_now (starting up or
// shutting down), too_many_connections; class 08 is "connection exception".
const SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);

// What node-postgres says when a connection ends under it or cannot be had in time.
const MESSAGES = [
	/^Connection terminated/,
	/^timeout exceeded when trying to connect/,
	/is not queryable/,
	/^Client was closed and is not queryable/,
	/^the database system is (starting up|shutting down|in recovery mode)/
];

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
	if (!error || typeof error !== 'object' || depth > 4) return false;
	const { code, message, cause, errors } = error as {
		code?: unknown;
		message?: unknown;
		cause?: unknown;
		errors?: unknown;
	};
	if (typeof code === 'string') {
		if (NETWORK_CODES.has(code) || SQLSTATES.has(code) || /^08[0-9A-Z]{3}$/.test(code)) return true;
	}
	if (typeof message === 'string' && MESSAGES.some((m) => m.test(message))) return true;
	// Connecting to several addresses fails with an AggregateError of each attempt.
	if (Array.isArray(errors) && errors.some((e) => isDatabaseUnavailable(e, depth + 1))) return true;
	return isDatabaseUnavailable(cause, depth + 1);
}
