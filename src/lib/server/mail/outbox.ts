import type { Db } from '../db';
import { isOneOf } from '../../domain/one-of';

export const MAIL_KINDS = ['invitation', 'reminder', 'report'] as const;
export type MailKind = (typeof MAIL_KINDS)[number];

export function isMailKind(value: unknown): value is MailKind {
	return isOneOf(MAIL_KINDS, value);
}

/** Delivery stops trying after this many attempts; the message stays in the outbox, failed. */
export const MAX_DELIVERY_ATTEMPTS = 8;

export type OutgoingMail = {
	kind: MailKind;
	to: string;
	locale: string;
	subject: string;
	text: string;
	html: string;
	roundId?: string | null;
	/** Files sent with the message (a scheduled report's PDF); kept only until it is delivered. */
	attachments?: MailAttachment[];
};

export type MailAttachment = { filename: string; contentType: string; content: Uint8Array };

/** Rows per insert: 500 × 7 parameters stays far below PostgreSQL's 65,535. */
const INSERT_CHUNK = 500;

function toRow(mail: OutgoingMail) {
	return {
		kind: mail.kind,
		to_address: mail.to,
		locale: mail.locale,
		// A header: a line break in it (from a programme name, say) must not start a new header.
		subject: mail.subject.replace(/\s+/g, ' ').trim(),
		body_text: mail.text,
		body_html: mail.html,
		round_id: mail.roundId ?? null
	};
}

/** Queues one message for delivery (or for the outbox page when no SMTP is configured). */
export async function queueMail(db: Db, mail: OutgoingMail): Promise<{ id: string }> {
	const queued = await db
		.insertInto('mail_outbox')
		.values(toRow(mail))
		.returning('id')
		.executeTakeFirstOrThrow();
	for (const [position, file] of (mail.attachments ?? []).entries()) {
		await db
			.insertInto('mail_attachments')
			.values({
				mail_id: queued.id,
				position,
				filename: file.filename,
				content_type: file.contentType,
				content: file.content
			})
			.execute();
	}
	return queued;
}

/** Queues many messages in multi-row inserts; pass a transaction to make it all or nothing. */
export async function queueMails(db: Db, mails: OutgoingMail[]): Promise<number> {
	for (let i = 0; i < mails.length; i += INSERT_CHUNK) {
		await db
			.insertInto('mail_outbox')
			.values(mails.slice(i, i + INSERT_CHUNK).map(toRow))
			.execute();
	}
	return mails.length;
}

export type OutboxStatus = 'queued' | 'retrying' | 'failed' | 'sent';

export type OutboxListing = {
	id: string;
	kind: string;
	to: string;
	locale: string;
	subject: string;
	roundId: string | null;
	createdAt: Date;
	sentAt: Date | null;
	attempts: number;
	nextAttemptAt: Date;
	lastError: string | null;
	status: OutboxStatus;
};

/** A message with its bodies; both are null once it has been delivered. */
export type OutboxMessage = OutboxListing & { text: string | null; html: string | null };

export type OutboxPage = {
	messages: OutboxListing[];
	total: number;
	page: number;
	pageSize: number;
};

const LISTING_COLUMNS = [
	'id',
	'kind',
	'to_address',
	'locale',
	'subject',
	'round_id',
	'created_at',
	'sent_at',
	'attempts',
	'next_attempt_at',
	'last_error'
] as const;

type ListingRow = {
	id: string;
	kind: string;
	to_address: string;
	locale: string;
	subject: string;
	round_id: string | null;
	created_at: Date;
	sent_at: Date | null;
	attempts: number;
	next_attempt_at: Date;
	last_error: string | null;
};

export function outboxStatus(
	row: { sentAt: Date | null; attempts: number; nextAttemptAt: Date; lastError: string | null },
	now = new Date()
): OutboxStatus {
	if (row.sentAt) return 'sent';
	// The last attempt still in flight holds a lease (a future next_attempt_at): not failed yet.
	if (row.attempts >= MAX_DELIVERY_ATTEMPTS && row.nextAttemptAt <= now) return 'failed';
	return row.lastError ? 'retrying' : 'queued';
}

function toListing(row: ListingRow): OutboxListing {
	const listing = {
		id: row.id,
		kind: row.kind,
		to: row.to_address,
		locale: row.locale,
		subject: row.subject,
		roundId: row.round_id,
		createdAt: row.created_at,
		sentAt: row.sent_at,
		attempts: row.attempts,
		nextAttemptAt: row.next_attempt_at,
		lastError: row.last_error
	};
	return { ...listing, status: outboxStatus(listing) };
}

/** Newest first, without bodies. */
export async function listOutbox(
	db: Db,
	options: { page?: number; pageSize?: number; kind?: MailKind | null } = {}
): Promise<OutboxPage> {
	const pageSize = options.pageSize ?? 50;
	const page = Math.max(1, options.page ?? 1);
	let base = db.selectFrom('mail_outbox');
	if (options.kind) base = base.where('kind', '=', options.kind);
	const [{ total }] = await base.select((eb) => eb.fn.countAll<string>().as('total')).execute();
	const rows = await base
		.select(LISTING_COLUMNS)
		.orderBy('created_at', 'desc')
		.orderBy('id', 'desc')
		.limit(pageSize)
		.offset((page - 1) * pageSize)
		.execute();
	return { messages: rows.map(toListing), total: Number(total), page, pageSize };
}

export async function getOutboxMessage(db: Db, id: string): Promise<OutboxMessage | null> {
	const row = await db
		.selectFrom('mail_outbox')
		.select([...LISTING_COLUMNS, 'body_text', 'body_html'])
		.where('id', '=', id)
		.executeTakeFirst();
	if (!row) return null;
	return { ...toListing(row), text: row.body_text, html: row.body_html };
}

/**
 * Gives a message that delivery gave up on a fresh set of attempts, due now: for HR, once the
 * problem that made it fail is fixed. False when the message is not (or no longer) failed.
 */
export async function retryFailedMail(db: Db, id: string, now = new Date()): Promise<boolean> {
	const result = await db
		.updateTable('mail_outbox')
		.set({ attempts: 0, next_attempt_at: now, last_error: null })
		.where('id', '=', id)
		.where('sent_at', 'is', null)
		.where('attempts', '>=', MAX_DELIVERY_ATTEMPTS)
		// A future next_attempt_at is the lease of an attempt in flight: leave that one alone.
		.where('next_attempt_at', '<=', now)
		.executeTakeFirst();
	return result.numUpdatedRows > 0n;
}
