import type { Handle } from '@sveltejs/kit';

/**
 * A request refused before its body was read (an unknown id, no access, a malformed form) would
 * leave the rest of that body on the connection, and the client's next request on it would wait
 * for the keep-alive timeout, then fail. The body is read and dropped after the response is
 * made, as Node does for a request nobody listened to; the size limit still applies while it is.
 */
export const drainUnreadBody: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	const body = event.request.body;
	if (body && !event.request.bodyUsed && !body.locked) {
		void body.pipeTo(new WritableStream()).catch(() => {
			// Aborted or over the limit: the connection ends, which is all that is left to do.
		});
	}
	return response;
};
