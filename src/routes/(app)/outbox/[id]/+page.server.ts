import { error, fail } from '@sveltejs/kit';
import { requireRole } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { isUuid } from '$lib/domain/ids';
import { i18n } from '$lib/i18n';
import { MAX_DELIVERY_ATTEMPTS, getOutboxMessage, retryFailedMail } from '$lib/server/mail/outbox';
import { mailTransportStatus } from '$lib/server/mail/transport';
import {
	findRevealableLink,
	hideSurveyLinks,
	linkRevealAllowed,
	revealSurveyLink
} from '$lib/server/surveys/link-reveals';
import type { Actions, PageServerLoad } from './$types';

function notFound(locale: string): never {
	error(404, { code: 'not_found', message: i18n(locale).t.outbox.notFound });
}

function messageId(param: string, locale: string): string {
	if (!isUuid(param)) notFound(locale);
	return param;
}

export const load: PageServerLoad = async ({ params, url, locals }) => {
	requireRole('hr');
	const db = getDb();
	const message = await getOutboxMessage(db, messageId(params.id, locals.locale));
	if (!message) notFound(locals.locale);
	// The body reaches the page with its survey link hidden, and the HTML copy not at all.
	const found = linkRevealAllowed() ? await findRevealableLink(db, message.id) : null;
	const revealable = found?.revealable.roundOpen ? found.revealable : null;
	return {
		message: {
			...message,
			html: null,
			text: message.text === null ? null : hideSurveyLinks(message.text)
		},
		reveal: revealable && {
			personName: revealable.personName,
			programmeName: revealable.programmeName,
			shownBefore: revealable.shownBefore
		},
		confirmingReveal: url.searchParams.has('reveal'),
		maxAttempts: MAX_DELIVERY_ATTEMPTS,
		transport: mailTransportStatus()
	};
};

export const actions: Actions = {
	retry: async ({ params, locals }) => {
		requireRole('hr');
		const retried = await retryFailedMail(getDb(), messageId(params.id, locals.locale));
		if (!retried) return fail(409, { message: i18n(locals.locale).t.outbox.notRetrying });
		return { retried: true };
	},
	reveal: async ({ params, locals }) => {
		const user = requireRole('hr');
		const result = await revealSurveyLink(getDb(), user.id, messageId(params.id, locals.locale));
		if (!result.ok) {
			const status = result.reason === 'mail_configured' ? 403 : 409;
			return fail(status, { message: i18n(locals.locale).t.outbox.refusals[result.reason] });
		}
		return { revealedLink: result.link, revealedFor: result.invitation.personName };
	}
};
