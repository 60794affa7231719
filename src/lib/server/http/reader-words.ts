import { getRequestEvent } from '$app/server';
import { i18n } from '$lib/i18n';
import type { ServerWords } from '$lib/i18n/server-words';

/**
 * The server's messages in the language of the request being served (English on the API, see
 * language.ts), or in English outside a request.
 */
export function readerWords(event?: { locals: Pick<App.Locals, 'locale'> }): ServerWords {
	let locale: string | undefined;
	try {
		locale = (event ?? getRequestEvent()).locals.locale;
	} catch {
		locale = undefined;
	}
	return i18n(locale).t.serverMessages;
}
