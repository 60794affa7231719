import type { RequestEvent } from '@sveltejs/kit';

/**
 * How a log line names a request: its method and route id (`/(public)/s/[token]`), never its
 * path, which can carry an invitation link's token or say which survey someone opened and when.
 */
export function requestLabel(event: Pick<RequestEvent, 'request' | 'route'>): string {
	return `${event.request.method} ${event.route.id ?? '(no route)'}`;
}

/** What a log line says of an error: its stack, not the object (a driver's error carries the
 * statement's parameters too). */
export function stackOf(error: unknown): string {
	return error instanceof Error
		? (error.stack ?? `${error.name}: ${error.message}`)
		: String(error);
}
