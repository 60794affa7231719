import { createServer, type AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../helpers/db';
import { deliverPendingMail, retryDelayMs } from '../../src/lib/server/mail/deliver';
import {
	MAX_DELIVERY_ATTEMPTS,
	getOutboxMessage,
	outboxStatus,
	queueMail,
	queueMails,
	retryFailedMail,
	type OutgoingMail
} from '../../src/lib/server/mail/outbox';
import { invitationMessage } from '../../src/lib/server/mail/templates';
import { mailTransportFromEnv, type MailTransport } from '../../src/lib/server/mail/transport';

const db = useTestDatabase();
const MAIL_FROM = 'Rapport at Northwind <rapport@northwind.test>';
const CLOSES_AT = new Date('2026-03-14T00:00:00Z');

type Received = { to: string[]; mail: ParsedMail };

/** A real SMTP server on loopback that keeps what it receives and refuses chosen recipients. */
class TestSmtpServer {
	received: Received[] = [];
	refused = new Set<string>();
	port = 0;
	private server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		disableReverseLookup: true,
		logger: false,
		onRcptTo: (address, _session, callback) => {
			if (!this.refused.has(address.address)) return callback();
			callback(Object.assign(new Error('Mailbox busy, try again later'), { responseCode: 450 }));
		},
		onData: (stream, session, callback) => {
			simpleParser(stream).then(
				(mail) => {
					this.received.push({ to: session.envelope.rcptTo.map((r) => r.address), mail });
					callback();
				},
				(err) => callback(err)
			);
		}
	});

	async start(): Promise<void> {
		await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
		this.port = (this.server.server.address() as AddressInfo).port;
	}

	stop(): Promise<void> {
		return new Promise((resolve) => this.server.close(() => resolve()));
	}

	to(address: string): Received[] {
		return this.received.filter((r) => r.to.includes(address));
	}
}

const smtp = new TestSmtpServer();
const transports: MailTransport[] = [];

function transport(port = smtp.port): MailTransport {
	const made = mailTransportFromEnv({ SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_FROM });
	if (!made) throw new Error('no transport');
	transports.push(made);
	return made;
}

function invitation(to: string, locale: string, token = to): OutgoingMail {
	return {
		kind: 'invitation',
		to,
		locale,
		...invitationMessage({
			locale,
			personName: to.split('@')[0],
			organisationName: 'Northwind Outfitters',
			programmeName: 'Quarterly pulse',
			link: `https://rapport.example.com/i/${encodeURIComponent(token)}`,
			closesAt: CLOSES_AT,
			questionCount: 6
		})
	};
}

async function row(id: string) {
	return db().selectFrom('mail_outbox').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

beforeAll(() => smtp.start());
afterAll(async () => {
	for (const t of transports) t.close?.();
	await smtp.stop();
});
beforeEach(async () => {
	await db().deleteFrom('mail_outbox').execute();
	smtp.received = [];
	smtp.refused.clear();
});

describe('mail delivery over SMTP', () => {
	it('delivers each message to its recipient, in their language, then clears the bodies', async () => {
		const { id: enId } = await queueMail(db(), invitation('ana@northwind.test', 'en', 'tok-en'));
		const { id: esId } = await queueMail(db(), invitation('luis@northwind.test', 'es', 'tok-es'));

		expect(await deliverPendingMail(db(), transport())).toEqual({ sent: 2, failed: 0 });

		const [en] = smtp.to('ana@northwind.test');
		expect(en.mail.subject).toBe('Quarterly pulse: how is work going? (2–3 minutes)');
		expect(en.mail.text).toContain('https://rapport.example.com/i/tok-en');
		expect(en.mail.html).toContain('href="https://rapport.example.com/i/tok-en"');
		expect(en.mail.from?.text).toBe('"Rapport at Northwind" <rapport@northwind.test>');
		expect(en.mail.headers.get('auto-submitted')).toBe('auto-generated');
		const [es] = smtp.to('luis@northwind.test');
		expect(es.mail.subject).toBe('Quarterly pulse: ¿cómo te va en el trabajo? (2–3 minutos)');
		expect(es.mail.text).toContain('https://rapport.example.com/i/tok-es');
		expect(smtp.received).toHaveLength(2);

		for (const id of [enId, esId]) {
			const sent = await row(id);
			expect(sent.sent_at).toBeInstanceOf(Date);
			expect(sent.body_text).toBeNull();
			expect(sent.body_html).toBeNull();
			expect(sent.last_error).toBeNull();
			expect(sent.attempts).toBe(1);
			expect((await getOutboxMessage(db(), id))?.status).toBe('sent');
		}
	});

	it('sends nothing twice when delivery runs again', async () => {
		await queueMail(db(), invitation('once@northwind.test', 'en'));
		const t = transport();
		expect(await deliverPendingMail(db(), t)).toEqual({ sent: 1, failed: 0 });
		expect(await deliverPendingMail(db(), t)).toEqual({ sent: 0, failed: 0 });
		expect(await deliverPendingMail(db(), t)).toEqual({ sent: 0, failed: 0 });
		expect(smtp.to('once@northwind.test')).toHaveLength(1);
	});

	it('drains more than one batch in a run', async () => {
		const mails = Array.from({ length: 23 }, (_, i) => invitation(`b${i}@northwind.test`, 'en'));
		await queueMails(db(), mails);
		expect(await deliverPendingMail(db(), transport(), { batchSize: 5 })).toEqual({
			sent: 23,
			failed: 0
		});
		expect(smtp.received).toHaveLength(23);
	});

	it('records a refused recipient, retries later with backoff, and then delivers', async () => {
		const to = 'busy@northwind.test';
		smtp.refused.add(to);
		const { id } = await queueMail(db(), invitation(to, 'en'));
		const t = transport();
		const now = soon();

		expect(await deliverPendingMail(db(), t, { now })).toEqual({ sent: 0, failed: 1 });
		const failed = await row(id);
		expect(failed.sent_at).toBeNull();
		expect(failed.attempts).toBe(1);
		expect(failed.last_error).toMatch(/450/);
		expect(failed.last_error).not.toContain('\n');
		expect(failed.next_attempt_at.getTime()).toBe(now.getTime() + retryDelayMs(1));
		expect(failed.body_text).toContain('https://rapport.example.com/i/');
		expect((await getOutboxMessage(db(), id))?.status).toBe('retrying');

		// Not due yet: nothing is tried.
		expect(await deliverPendingMail(db(), t, { now })).toEqual({ sent: 0, failed: 0 });

		smtp.refused.delete(to);
		const later = new Date(failed.next_attempt_at.getTime() + 1000);
		expect(await deliverPendingMail(db(), t, { now: later })).toEqual({ sent: 1, failed: 0 });
		const sent = await row(id);
		expect(sent.sent_at?.getTime()).toBe(later.getTime());
		expect(sent.last_error).toBeNull();
		expect(sent.body_text).toBeNull();
		expect(sent.attempts).toBe(2);
		expect(smtp.to(to)).toHaveLength(1);
	});

	it('backs off exponentially, gives up after the last attempt, and can be retried by HR', async () => {
		const to = 'gone@northwind.test';
		smtp.refused.add(to);
		const { id } = await queueMail(db(), invitation(to, 'en'));
		const t = transport();
		let now = soon();
		const delays: number[] = [];
		for (let attempt = 1; attempt <= MAX_DELIVERY_ATTEMPTS; attempt++) {
			expect(await deliverPendingMail(db(), t, { now })).toEqual({ sent: 0, failed: 1 });
			const next = (await row(id)).next_attempt_at;
			delays.push(next.getTime() - now.getTime());
			now = new Date(Math.max(next.getTime(), now.getTime() + 1));
		}
		expect(delays.slice(0, 3)).toEqual([2, 4, 8].map((m) => m * 60_000));
		expect(Math.max(...delays)).toBeLessThanOrEqual(6 * 3_600_000);
		expect(retryDelayMs(20)).toBe(6 * 3_600_000);

		const given = await getOutboxMessage(db(), id);
		// Statuses read the real clock; this test's clock has run hours ahead of it.
		expect(outboxStatus(given!, now)).toBe('failed');
		expect(given?.attempts).toBe(MAX_DELIVERY_ATTEMPTS);
		expect(given?.lastError).toMatch(/450/);
		expect(given?.text).toContain('https://rapport.example.com/i/');
		const muchLater = new Date(now.getTime() + 30 * 86_400_000);
		expect(await deliverPendingMail(db(), t, { now: muchLater })).toEqual({ sent: 0, failed: 0 });

		smtp.refused.delete(to);
		expect(await retryFailedMail(db(), id, muchLater)).toBe(true);
		expect(await deliverPendingMail(db(), t, { now: muchLater })).toEqual({ sent: 1, failed: 0 });
		expect(await retryFailedMail(db(), id, muchLater)).toBe(false);
		expect(smtp.to(to)).toHaveLength(1);
	});

	it('stops a batch when the server cannot be reached and hands back the untried messages', async () => {
		const closed = await unusedPort();
		const ids = [];
		for (let i = 0; i < 12; i++)
			ids.push((await queueMail(db(), invitation(`d${i}@x.test`, 'en'))).id);
		const now = soon();

		const report = await deliverPendingMail(db(), transport(closed), { now, batchSize: 12 });
		expect(report.sent).toBe(0);
		expect(report.failed).toBeGreaterThan(0);
		expect(report.failed).toBeLessThan(12);
		const rows = await db().selectFrom('mail_outbox').selectAll().execute();
		expect(rows.filter((r) => r.attempts === 1)).toHaveLength(report.failed);
		expect(rows.filter((r) => r.attempts === 0)).toHaveLength(12 - report.failed);
		for (const r of rows) expect(r.next_attempt_at.getTime()).toBeGreaterThan(now.getTime());

		const later = new Date(now.getTime() + 60 * 60_000);
		expect(await deliverPendingMail(db(), transport(), { now: later })).toEqual({
			sent: 12,
			failed: 0
		});
	});

	it('never sends a message twice when several deliveries run at once', async () => {
		const count = 60;
		await queueMails(
			db(),
			Array.from({ length: count }, (_, i) =>
				invitation(`c${i}@northwind.test`, i % 2 ? 'es' : 'en')
			)
		);
		const runs = await Promise.all(
			[transport(), transport(), transport()].map((t) =>
				deliverPendingMail(db(), t, { batchSize: 7 })
			)
		);
		expect(runs.reduce((sum, r) => sum + r.sent, 0)).toBe(count);
		// They really did run side by side: the work was shared, not done by the first alone.
		expect(runs.filter((r) => r.sent > 0).length).toBeGreaterThan(1);
		expect(runs.every((r) => r.failed === 0)).toBe(true);
		expect(smtp.received).toHaveLength(count);
		expect(new Set(smtp.received.flatMap((r) => r.to)).size).toBe(count);
		const unsent = await db()
			.selectFrom('mail_outbox')
			.select('id')
			.where('sent_at', 'is', null)
			.execute();
		expect(unsent).toEqual([]);
	});
});

async function unusedPort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	await new Promise((resolve) => server.close(resolve));
	return port;
}

/** A moment just after messages queued now became due (they are due from the database's now()). */
function soon(): Date {
	return new Date(Date.now() + 1000);
}
