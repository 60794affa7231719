import { beforeEach, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../helpers/db';
import {
	getOutboxMessage,
	listOutbox,
	queueMail,
	queueMails,
	type OutgoingMail
} from '../../src/lib/server/mail/outbox';

const db = useTestDatabase();

function mail(n: number, kind: OutgoingMail['kind'] = 'invitation'): OutgoingMail {
	return {
		kind,
		to: `p${n}@outbox.test`,
		locale: n % 2 ? 'es' : 'en',
		subject: `Subject ${n}`,
		text: `Body ${n} https://rapport.example.com/i/${n}`,
		html: `<p>Body ${n}</p>`
	};
}

beforeEach(async () => {
	await db().deleteFrom('mail_outbox').execute();
});

describe('the outbox', () => {
	it('queues one message with everything delivery needs', async () => {
		const { id } = await queueMail(db(), { ...mail(1), subject: 'Two\r\nlines ' });
		const message = await getOutboxMessage(db(), id);
		expect(message).toMatchObject({
			id,
			kind: 'invitation',
			to: 'p1@outbox.test',
			locale: 'es',
			subject: 'Two lines',
			text: 'Body 1 https://rapport.example.com/i/1',
			html: '<p>Body 1</p>',
			roundId: null,
			sentAt: null,
			attempts: 0,
			lastError: null,
			status: 'queued'
		});
		expect(message?.createdAt).toBeInstanceOf(Date);
	});

	it('queues a whole round in chunked multi-row inserts', async () => {
		const mails = Array.from({ length: 1201 }, (_, i) => mail(i));
		expect(await queueMails(db(), mails)).toBe(1201);
		expect(await queueMails(db(), [])).toBe(0);
		const { total } = await listOutbox(db(), { pageSize: 1 });
		expect(total).toBe(1201);
		const addresses = await db().selectFrom('mail_outbox').select('to_address').execute();
		expect(new Set(addresses.map((a) => a.to_address)).size).toBe(1201);
	});

	it('queues nothing when one message of a batch is refused inside a transaction', async () => {
		const bad = { ...mail(2), to: null } as unknown as OutgoingMail;
		await expect(
			db()
				.transaction()
				.execute((trx) => queueMails(trx, [...Array.from({ length: 600 }, (_, i) => mail(i)), bad]))
		).rejects.toThrow();
		expect((await listOutbox(db())).total).toBe(0);
	});

	it('lists newest first, by page, with the total, filtered by kind, without bodies', async () => {
		for (let i = 0; i < 5; i++) {
			await db()
				.insertInto('mail_outbox')
				.values({
					kind: i % 2 ? 'reminder' : 'invitation',
					to_address: `p${i}@outbox.test`,
					locale: 'en',
					subject: `Subject ${i}`,
					body_text: 'text',
					created_at: new Date(Date.UTC(2026, 2, 1 + i))
				})
				.execute();
		}
		const first = await listOutbox(db(), { page: 1, pageSize: 2 });
		expect(first.total).toBe(5);
		expect(first.messages.map((m) => m.subject)).toEqual(['Subject 4', 'Subject 3']);
		expect(first.messages[0]).not.toHaveProperty('text');
		const last = await listOutbox(db(), { page: 3, pageSize: 2 });
		expect(last.messages.map((m) => m.subject)).toEqual(['Subject 0']);
		const reminders = await listOutbox(db(), { kind: 'reminder' });
		expect(reminders.total).toBe(2);
		expect(reminders.messages.map((m) => m.subject)).toEqual(['Subject 3', 'Subject 1']);
		expect((await listOutbox(db(), { page: 0 })).page).toBe(1);
	});

	it('finds no message for an unknown id', async () => {
		expect(await getOutboxMessage(db(), '00000000-0000-4000-8000-000000000000')).toBeNull();
	});
});
