import { json, type Handle, type RequestEvent } from '@sveltejs/kit';
import { isDatabaseUnavailable } from '../db/unavailable';
import { requestLabel } from './request-label';

/** Seconds a client is asked to wait before trying again. */
export const RETRY_AFTER_SECONDS = 5;
export const UNAVAILABLE_MESSAGE =
	'Rapport cannot reach its database right now. Please try again in a few seconds.';

// Requests whose load, action or endpoint failed because the database was unreachable, marked
// by handleError (which cannot change the status) and answered 503 by the handle below.
const unavailableRequests = new WeakSet<App.Locals>();

/** Called from handleError: true (and the request marked) when the database is the cause. */
export function markIfDatabaseUnavailable(event: RequestEvent, error: unknown): boolean {
	if (!isDatabaseUnavailable(error)) return false;
	unavailableRequests.add(event.locals);
	return true;
}

function wantsJson(event: RequestEvent): boolean {
	if (event.url.pathname.startsWith('/api/')) return true;
	const accept = event.request.headers.get('accept') ?? '';
	return accept.includes('application/json') && !accept.includes('text/html');
}

const PAGE_TEXT = {
	en: {
		title: 'Try again in a moment',
		cause: 'Rapport cannot reach its database right now; this usually passes within seconds.',
		form: 'If you were sending a form, go back and send it again: nothing is stored twice.'
	},
	es: {
		title: 'Vuelve a intentarlo en un momento',
		cause:
			'Rapport no puede acceder a su base de datos ahora mismo; suele resolverse en unos segundos.',
		form: 'Si estabas enviando un formulario, vuelve atrás y envíalo de nuevo: nada se guarda dos veces.'
	}
};

// The survey remembers its language in a cookie; elsewhere the browser's first choice decides.
function pageLocale(surveyLocale: string | undefined, acceptLanguage: string | null) {
	if (surveyLocale === 'es' || surveyLocale === 'en') return surveyLocale;
	return /^\s*es\b/i.test(acceptLanguage ?? '') ? 'es' : 'en';
}

function unavailablePage(locale: keyof typeof PAGE_TEXT): string {
	const t = PAGE_TEXT[locale];
	return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t.title} · Rapport</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;line-height:1.5;color:#1f2937}h1{line-height:1.2}</style>
</head>
<body>
<main>
<h1>${t.title}</h1>
<p>${t.cause}</p>
<p>${t.form}</p>
</main>
</body>
</html>
`;
}

export function unavailableResponse(event: RequestEvent): Response {
	const headers = { 'retry-after': String(RETRY_AFTER_SECONDS), 'cache-control': 'no-store' };
	const error = { code: 'unavailable', message: UNAVAILABLE_MESSAGE };
	// SvelteKit's own client (use:enhance, client-side navigation) reads errors in its own shapes
	// and then shows the error page with this status.
	if (event.request.headers.get('x-sveltekit-action') === 'true') {
		return json({ type: 'error', error }, { status: 503, headers });
	}
	if (event.isDataRequest) return json(error, { status: 503, headers });
	if (wantsJson(event)) return json({ error }, { status: 503, headers });
	const page = unavailablePageReply(
		event.cookies.get('rapport_survey_locale'),
		event.request.headers.get('accept-language')
	);
	return new Response(page.body, { status: page.status, headers: page.headers });
}

/** The 503 page, also for a request served without SvelteKit (surveys/direct.ts). */
export function unavailablePageReply(
	surveyLocale: string | undefined,
	acceptLanguage: string | null
) {
	return {
		status: 503,
		headers: {
			'retry-after': String(RETRY_AFTER_SECONDS),
			'cache-control': 'no-store',
			'content-type': 'text/html; charset=utf-8'
		},
		body: unavailablePage(pageLocale(surveyLocale, acceptLanguage))
	};
}

/**
 * While the database is unreachable, every request that needs it is answered 503 with
 * Retry-After (a JSON error on the API, a short page otherwise), never a 500 or a stack trace.
 */
export const answerDatabaseOutages: Handle = async ({ event, resolve }) => {
	let response: Response;
	try {
		response = await resolve(event);
	} catch (error) {
		// Thrown by a handle after this one (authentication reads the session from the database).
		if (!isDatabaseUnavailable(error)) throw error;
		console.error(`database unavailable: ${requestLabel(event)}:`, reason(error));
		return unavailableResponse(event);
	}
	return unavailableRequests.has(event.locals) ? unavailableResponse(event) : response;
};

export function reason(error: unknown): string {
	if (!(error instanceof Error)) return String(error);
	const code = (error as { code?: unknown }).code;
	return typeof code === 'string' ? `${code} ${error.message}` : error.message;
}
