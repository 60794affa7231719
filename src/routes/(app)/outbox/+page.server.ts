import { requireRole } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { MAIL_KINDS, MAX_DELIVERY_ATTEMPTS, isMailKind, listOutbox } from '$lib/server/mail/outbox';
import { mailTransportStatus } from '$lib/server/mail/transport';
import type { PageServerLoad } from './$types';
import { pageNumber } from '$lib/server/http/forms';

const PAGE_SIZE = 50;

export const load: PageServerLoad = async ({ url }) => {
	requireRole('hr');
	const requestedKind = url.searchParams.get('kind');
	const kind = isMailKind(requestedKind) ? requestedKind : null;
	const page = pageNumber(url.searchParams.get('page'));
	const result = await listOutbox(getDb(), { page, pageSize: PAGE_SIZE, kind });
	return {
		...result,
		kind,
		kinds: MAIL_KINDS,
		maxAttempts: MAX_DELIVERY_ATTEMPTS,
		transport: mailTransportStatus()
	};
};
