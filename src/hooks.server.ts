import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { authenticate } from '$lib/server/auth/handle';
import { sessionIdleMs } from '$lib/server/auth/session';
import { closeDatabase, startDatabase } from '$lib/server/db';
import { markOwnWrites } from '$lib/server/db/read-routing';
import { schedulerFromEnv } from '$lib/server/surveys/scheduler';
import { shapeApiErrors } from '$lib/server/http/api-errors';
import { compressResponses } from '$lib/server/http/compression';
import { writeModulePreloads } from '$lib/server/http/module-preloads';
import { drainUnreadBody } from '$lib/server/http/unread-body';
import { chooseLanguage } from '$lib/server/http/language';
import { i18n } from '$lib/i18n';
import { shapeScimErrors } from '$lib/server/scim/http';
import { requestLabel, stackOf } from '$lib/server/http/request-label';
import { refuseMalformedRequests } from '$lib/server/http/request-shape';
import { rejectCrossSiteWrites, securityHeaders } from '$lib/server/http/security';
import { rapportSecret } from '$lib/server/surveys/secret';
import {
	directServingEnabled,
	learnSurveyShells,
	serveSurveyDirectly
} from '$lib/server/surveys/direct';
import { DIRECT_SERVING } from '$lib/server/http/direct-serving.js';
import {
	answerDatabaseOutages,
	markIfDatabaseUnavailable,
	reason,
	UNAVAILABLE_MESSAGE
} from '$lib/server/http/unavailable';

export const init: ServerInit = async () => {
	// Ballots cannot be signed without it: refuse to start, before touching the database, with
	// the operator's message and no stack trace (`node build` skips the check of `npm start`).
	// The same for a session idle limit that makes no sense, rather than failing every request.
	try {
		rapportSecret();
		sessionIdleMs();
	} catch (err) {
		console.error(err instanceof Error ? err.message : err);
		process.exit(1);
	}
	const db = await startDatabase();
	const scheduler = schedulerFromEnv(db);
	// The survey's plain requests, served in front of SvelteKit by the built server's entry.
	if (directServingEnabled()) {
		(globalThis as Record<symbol, unknown>)[DIRECT_SERVING] = serveSurveyDirectly;
	}
	process.once('sveltekit:shutdown', async () => {
		await scheduler?.stop();
		await closeDatabase().catch((err) => console.error('database: close failed:', err));
	});
};

export const handle: Handle = sequence(
	// First, so that it compresses the response every later handle shaped.
	compressResponses(),
	drainUnreadBody,
	rejectCrossSiteWrites,
	securityHeaders,
	answerDatabaseOutages,
	authenticate,
	chooseLanguage,
	markOwnWrites,
	refuseMalformedRequests,
	shapeApiErrors,
	shapeScimErrors,
	writeModulePreloads,
	// Last, to see the pages SvelteKit made before any other handle changes them.
	learnSurveyShells
);

export const handleError: HandleServerError = ({ error, event, status, message }) => {
	if (markIfDatabaseUnavailable(event, error)) {
		console.error(`database unavailable: ${requestLabel(event)}:`, reason(error));
		return { message: UNAVAILABLE_MESSAGE, code: 'unavailable' };
	}
	if (status >= 500) {
		const id = crypto.randomUUID();
		console.error(`error ${id} on ${requestLabel(event)}:`, stackOf(error));
		const { t } = i18n(event.locals.locale);
		return { message: t.errors.internal(id), code: 'internal' };
	}
	return { message, code: status === 404 ? 'not_found' : undefined };
};
