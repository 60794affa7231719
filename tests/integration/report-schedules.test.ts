import { addDepartment, addPerson, makeHead } from '../helpers/org-writes';
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../helpers/db';
import { LONG_AGO } from '../helpers/org-fixture';
import { answer, closeTestRound, openTestRound } from '../helpers/analytics-fixture';
import { pdfLines } from '../helpers/pdf-text';
import { deliverPendingMail } from '../../src/lib/server/mail/deliver';
import { mailTransportFromEnv } from '../../src/lib/server/mail/transport';
import { createSchedule, listSchedules } from '../../src/lib/server/reports/schedules';
import { sendDueReports } from '../../src/lib/server/reports/send';
import { listAuditEntries } from '../../src/lib/server/audit/log';

// A scheduled monthly report reaches a real SMTP server on loopback: each head their own
// department's PDF, HR the company's, once per period even when two instances run at once.

const db = useTestDatabase();
const received: { to: string[]; mail: ParsedMail }[] = [];
const server = new SMTPServer({
	authOptional: true,
	disabledCommands: ['STARTTLS'],
	disableReverseLookup: true,
	logger: false,
	onData: (stream, session, callback) => {
		simpleParser(stream).then(
			(mail) => {
				received.push({ to: session.envelope.rcptTo.map((r) => r.address), mail });
				callback();
			},
			(err) => callback(err)
		);
	}
});
let port = 0;

const SALES = 'Łódź Sprzedaż';
const SUPPORT = 'Ελλάδα Υποστήριξη';
let hrId = '';

beforeAll(async () => {
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	port = (server.server.address() as AddressInfo).port;
	const ids: string[] = [];
	for (const [code, name] of [
		['SAL', SALES],
		['SUP', SUPPORT]
	]) {
		const department = await addDepartment(db(), { code, name });
		ids.push(department.id);
		for (let i = 0; i < 6; i++) {
			await addPerson(db(), {
				email: `${code.toLowerCase()}.${i}@schedule.test`,
				name: `${code} ${i}`,
				departmentId: department.id,
				departmentSince: LONG_AGO
			});
		}
		const head = await addPerson(db(), {
			email: `head.${code.toLowerCase()}@schedule.test`,
			name: `Head of ${name}`,
			departmentId: department.id,
			departmentSince: LONG_AGO
		});
		await makeHead(db(), head.id, department.id);
	}
	const round = await openTestRound(db(), ids);
	for (const id of ids) {
		for (let i = 0; i < 6; i++) await answer(db(), round, id, { likert: 3 + (i % 3), enps: 5 + i });
	}
	await closeTestRound(db(), round);
	const hr = await addPerson(db(), {
		email: 'hr@schedule.test',
		name: 'Zofia HR',
		role: 'hr',
		departmentSince: LONG_AGO
	});
	hrId = hr.id;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function pdfText(mail: ParsedMail): Promise<string> {
	expect(mail.attachments).toHaveLength(1);
	expect(mail.attachments[0].contentType).toBe('application/pdf');
	return (await pdfLines(new Uint8Array(mail.attachments[0].content))).flat().join('\n');
}

describe('scheduled reports', () => {
	it('mails each head their own PDF and HR the company, once per period', async () => {
		const today = new Date();
		await createSchedule(db(), hrId, { cadence: 'monthly', language: 'en', paper: 'a4' }, today);
		// Nothing is due before the month of the schedule ends.
		expect(await sendDueReports(db(), today)).toEqual({ schedules: 0, sent: 0 });
		const nextMonth = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + 1, 3));
		const month = today.toISOString().slice(0, 7);
		// Two instances at once: the schedule row is claimed by one, the other skips it.
		const [a, b] = await Promise.all([
			sendDueReports(db(), nextMonth),
			sendDueReports(db(), nextMonth)
		]);
		expect(a.sent + b.sent).toBe(3);
		expect(await sendDueReports(db(), nextMonth)).toEqual({ schedules: 0, sent: 0 });
		expect((await listSchedules(db()))[0].lastPeriod).toBe(month);

		const transport = mailTransportFromEnv({ SMTP_URL: `smtp://127.0.0.1:${port}` })!;
		try {
			expect(await deliverPendingMail(db(), transport)).toEqual({ sent: 3, failed: 0 });
		} finally {
			transport.close?.();
		}
		const to = (address: string) => received.filter((r) => r.to.includes(address));
		expect(received).toHaveLength(3);

		const sales = await pdfText(to('head.sal@schedule.test')[0].mail);
		// Each page's foot names the report's subject: the head's own department.
		expect(sales).toContain(`Rapport · ${SALES}`);
		expect(sales).not.toContain(`Rapport · ${SUPPORT}`);
		expect(sales).toContain('Executive summary');
		const support = await pdfText(to('head.sup@schedule.test')[0].mail);
		expect(support).toContain(`Rapport · ${SUPPORT}`);
		expect(support).not.toContain(`Rapport · ${SALES}`);
		const company = await pdfText(to('hr@schedule.test')[0].mail);
		expect(company).toContain('Rapport · Whole company');
		expect(company).toContain('Łódź');
		expect(company).toContain('Ελλάδα');
		expect(to('hr@schedule.test')[0].mail.subject).toBe(`Rapport report: ${month}`);

		const audit = await listAuditEntries(db(), { entityType: 'export', limit: 20 });
		expect(audit.filter((e) => e.action === 'report.sent')).toHaveLength(3);
		const created = await listAuditEntries(db(), { entityType: 'report_schedule', limit: 5 });
		expect(created.map((e) => e.action)).toEqual(['report_schedule.created']);
		// Delivered: the attachments do not linger in the outbox.
		expect(await db().selectFrom('mail_attachments').select('mail_id').execute()).toEqual([]);
	});
});
