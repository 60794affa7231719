import type { Db } from '../db';
import { MAX_DELIVERY_ATTEMPTS } from './outbox';
import type { MailTransport } from './transport';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const MAX_RETRY_DELAY_MS = 6 * HOUR_MS;
/**
 * How long a claimed message stays reserved for the instance sending it. Longer than a batch
 * can take (100 messages, 5 at a time, each bounded by the transport's 60 s socket timeout), so
 * another instance only picks it up again when this one died mid-batch.
 */
const LEASE_MS = 30 * MINUTE_MS;
const DEFAULT_BATCH_SIZE = 100;
const DEFAULT_TIME_BUDGET_MS = 2 * MINUTE_MS;
const SEND_CONCURRENCY = 5;
const MAX_ERROR_LENGTH = 300;

/** Nodemailer codes that say the server, not this message, is the problem: stop the batch. */
const SERVER_ERRORS = new Set([
	'ECONNECTION',
	'ETIMEDOUT',
	'ESOCKET',
	'EDNS',
	'ETLS',
	'EAUTH',
	'ENOAUTH',
	'EOAUTH2',
	'EPROXY',
	'ECONFIG'
]);

/** Wait before the next attempt, after `attempts` failed ones: 2, 4, 8 … minutes, at most 6 h. */
export function retryDelayMs(attempts: number): number {
	return Math.min(MAX_RETRY_DELAY_MS, MINUTE_MS * 2 ** attempts);
}

/** One line for the outbox page: the server's reply when there is one, never a stack. */
export function describeSendError(err: unknown): string {
	const message = err instanceof Error ? err.message : String(err);
	const line = message.split('\n')[0].trim() || 'unknown error';
	return line.length > MAX_ERROR_LENGTH ? `${line.slice(0, MAX_ERROR_LENGTH - 1)}…` : line;
}

function isServerError(err: unknown): boolean {
	const code = (err as { code?: unknown } | null)?.code;
	return typeof code === 'string' && SERVER_ERRORS.has(code);
}

type ClaimedMail = {
	id: string;
	to_address: string;
	subject: string;
	body_text: string | null;
	body_html: string | null;
	attempts: number;
};

/**
 * One statement, so one short transaction: rows another instance has locked are skipped, and
 * the claimed ones get a lease (a future next_attempt_at) and their attempt counted up front,
 * so a process that dies mid-send neither blocks them for good nor retries them forever.
 */
async function claimDueMail(db: Db, now: Date, limit: number): Promise<ClaimedMail[]> {
	return db
		.updateTable('mail_outbox')
		.set((eb) => ({
			attempts: eb('attempts', '+', 1),
			next_attempt_at: new Date(now.getTime() + LEASE_MS)
		}))
		.where('id', 'in', (eb) =>
			eb
				.selectFrom('mail_outbox')
				.select('id')
				.where('sent_at', 'is', null)
				.where('next_attempt_at', '<=', now)
				.where('attempts', '<', MAX_DELIVERY_ATTEMPTS)
				.orderBy('next_attempt_at')
				.limit(limit)
				.forUpdate()
				.skipLocked()
		)
		.returning(['id', 'to_address', 'subject', 'body_text', 'body_html', 'attempts'])
		.execute();
}

async function recordSent(db: Db, id: string, sentAt: Date): Promise<void> {
	// The bodies carry one-time survey links: once delivered they must not linger here.
	await db
		.updateTable('mail_outbox')
		.set({ sent_at: sentAt, body_text: null, body_html: null, last_error: null })
		.where('id', '=', id)
		.execute();
	await db.deleteFrom('mail_attachments').where('mail_id', '=', id).execute();
}

async function attachmentsOf(db: Db, id: string) {
	const files = await db
		.selectFrom('mail_attachments')
		.select(['filename', 'content_type', 'content'])
		.where('mail_id', '=', id)
		.orderBy('position')
		.execute();
	return files.map((f) => ({
		filename: f.filename,
		contentType: f.content_type,
		content: Buffer.from(f.content)
	}));
}

async function recordFailure(db: Db, mail: ClaimedMail, error: string, now: Date): Promise<Date> {
	const givenUp = mail.attempts >= MAX_DELIVERY_ATTEMPTS;
	const next = givenUp ? now : new Date(now.getTime() + retryDelayMs(mail.attempts));
	await db
		.updateTable('mail_outbox')
		.set({ last_error: error, next_attempt_at: next })
		.where('id', '=', mail.id)
		.execute();
	return next;
}

/** Hands back claimed messages that were never tried: their attempt is not counted. */
async function releaseUntried(db: Db, ids: string[], nextAttemptAt: Date): Promise<void> {
	if (ids.length === 0) return;
	await db
		.updateTable('mail_outbox')
		.set((eb) => ({ attempts: eb('attempts', '-', 1), next_attempt_at: nextAttemptAt }))
		.where('id', 'in', ids)
		.execute();
}

export type DeliveryOptions = {
	/** The clock, for tests; defaults to the real time at each step. */
	now?: Date;
	/** Messages claimed at a time. */
	batchSize?: number;
	/** No new batch is claimed after this long, so a big round does not hold up the caller. */
	timeBudgetMs?: number;
};

export type DeliveryReport = { sent: number; failed: number };

/**
 * Sends due messages from the outbox through `transport`, batch after batch, until none is due,
 * the time budget is spent or the server turns out to be unreachable. Several instances may run
 * it at once: each message is claimed by one of them. Failures are retried with exponential
 * backoff, up to MAX_DELIVERY_ATTEMPTS attempts; then the message stays in the outbox, failed.
 */
export async function deliverPendingMail(
	db: Db,
	transport: MailTransport,
	options: DeliveryOptions = {}
): Promise<DeliveryReport> {
	const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
	const deadline = Date.now() + (options.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS);
	const clock = () => options.now ?? new Date();
	const report: DeliveryReport = { sent: 0, failed: 0 };
	for (;;) {
		const batch = await claimDueMail(db, clock(), batchSize);
		const { stopped } = await sendBatch(db, transport, batch, clock, report);
		if (stopped || batch.length < batchSize || Date.now() >= deadline) return report;
	}
}

async function sendBatch(
	db: Db,
	transport: MailTransport,
	batch: ClaimedMail[],
	clock: () => Date,
	report: DeliveryReport
): Promise<{ stopped: boolean }> {
	const queue = [...batch];
	let serverDown: { error: string; retryAt: Date } | null = null;
	const worker = async () => {
		while (!serverDown) {
			const mail = queue.shift();
			if (!mail) return;
			try {
				await transport.sendMail({
					to: mail.to_address,
					subject: mail.subject,
					text: mail.body_text ?? undefined,
					html: mail.body_html ?? undefined,
					attachments: await attachmentsOf(db, mail.id)
				});
			} catch (err) {
				report.failed += 1;
				const error = describeSendError(err);
				const retryAt = await recordFailure(db, mail, error, clock());
				if (isServerError(err)) serverDown ??= { error, retryAt };
				continue;
			}
			report.sent += 1;
			await recordSent(db, mail.id, clock());
		}
	};
	const results = await Promise.allSettled(
		Array.from({ length: Math.min(SEND_CONCURRENCY, batch.length) }, worker)
	);
	const down = serverDown as { error: string; retryAt: Date } | null;
	if (down) {
		await releaseUntried(
			db,
			queue.map((m) => m.id),
			down.retryAt
		);
		console.warn(`mail: delivery paused until ${down.retryAt.toISOString()}: ${down.error}`);
	}
	const crashed = results.find((r) => r.status === 'rejected');
	if (crashed) throw crashed.reason;
	return { stopped: down !== null };
}
