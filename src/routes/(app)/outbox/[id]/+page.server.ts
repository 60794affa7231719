import { error, fail } from '@sveltejs/kit';
import { requireRole } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { isUuid } from '$lib/domain/ids';
import { MAX_DELIVERY_ATTEMPTS, getOutboxMessage, retryFailedMail } from '$lib/server/mail/outbox';
import { mailTransportStatus } from '$lib/server/mail/transport';
import {
	findRevealableLink,
	hideSurveyLinks,
	linkRevealAllowed,
	revealSurveyLink
} from '$lib/server/surveys/link-reveals';
import type { Actions, PageServerLoad } from './$types';

function messageId(param: string): string {
	if (!isUuid(param)) error(404, { code: 'not_found', message: 'There is no such message.' });
	return param;
}

const REVEAL_REFUSALS = {
	mail_configured: 'Rapport sends email itself, so survey links are never shown here.',
	no_link: 'This message holds no survey link any more.',
	round_closed: 'The round has closed: this link no longer opens a survey.'
};

export const load: PageServerLoad = async ({ params, url }) => {
	requireRole('hr');
	const db = getDb();
	const message = await getOutboxMessage(db, messageId(params.id));
	if (!message) error(404, { code: 'not_found', message: 'There is no such message.' });
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
	retry: async ({ params }) => {
		requireRole('hr');
		const retried = await retryFailedMail(getDb(), messageId(params.id));
		if (!retried) return fail(409, { message: 'This message is not waiting for a retry.' });
		return { retried: true };
	},
	reveal: async ({ params }) => {
		const user = requireRole('hr');
		const result = await revealSurveyLink(getDb(), user.id, messageId(params.id));
		if (!result.ok) {
			const status = result.reason === 'mail_configured' ? 403 : 409;
			return fail(status, { message: REVEAL_REFUSALS[result.reason] });
		}
		return { revealedLink: result.link, revealedFor: result.invitation.personName };
	}
};
