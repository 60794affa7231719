import { error, fail } from '@sveltejs/kit';
import { requireRole } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { isUuid } from '$lib/domain/ids';
import { MAX_DELIVERY_ATTEMPTS, getOutboxMessage, retryFailedMail } from '$lib/server/mail/outbox';
import { mailTransportStatus } from '$lib/server/mail/transport';
import type { Actions, PageServerLoad } from './$types';

function messageId(param: string): string {
	if (!isUuid(param)) error(404, { code: 'not_found', message: 'There is no such message.' });
	return param;
}

export const load: PageServerLoad = async ({ params }) => {
	requireRole('hr');
	const message = await getOutboxMessage(getDb(), messageId(params.id));
	if (!message) error(404, { code: 'not_found', message: 'There is no such message.' });
	return { message, maxAttempts: MAX_DELIVERY_ATTEMPTS, transport: mailTransportStatus() };
};

export const actions: Actions = {
	retry: async ({ params }) => {
		requireRole('hr');
		const retried = await retryFailedMail(getDb(), messageId(params.id));
		if (!retried) return fail(409, { message: 'This message is not waiting for a retry.' });
		return { retried: true };
	}
};
