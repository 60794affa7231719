import type { Db } from '../db';
import { lastCompletePeriod, type PeriodKind } from '../../domain/periods';
import { recordAudit } from '../audit/log';
import { queueMail } from '../mail/outbox';
import { buildPdf } from '../exports/pdf/report';
import { planExport, planFileName, type Exporter } from '../exports/plan';
import { FORM_DEFAULT_CONTENTS, parseExportRequest, todayUtc } from '../exports/request';
import { reportMessage } from './report-mail';

// Sending scheduled reports. When a schedule's period has ended, every active department head
// receives the report of the departments they head, and every HR person the company's, as a
// PDF through the mail outbox. The schedule row is claimed (FOR UPDATE SKIP LOCKED) for the
// whole send, and its last period moves on in the same transaction, so with several instances
// each period goes out once.

const KIND: Record<'monthly' | 'quarterly', PeriodKind> = {
	monthly: 'month',
	quarterly: 'quarter'
};

type Recipient = Exporter & { id: string; email: string; locale: string; departments: string[] };

async function recipients(db: Db): Promise<Recipient[]> {
	const people = await db
		.selectFrom('people')
		.select(['id', 'name', 'email', 'role', 'locale'])
		.where('active', '=', true)
		.orderBy('email')
		.execute();
	const heads = await db
		.selectFrom('department_heads')
		.select(['person_id', 'department_id'])
		.execute();
	const list: Recipient[] = [];
	for (const person of people) {
		const headOf = heads.filter((h) => h.person_id === person.id).map((h) => h.department_id);
		if (person.role !== 'hr' && headOf.length === 0) continue;
		// HR receives the company's report; a head, one report per department they head.
		const departments = person.role === 'hr' ? [''] : headOf;
		list.push({ ...person, headOf, departments });
	}
	return list;
}

export type ReportSendResult = { schedules: number; sent: number };

/** Sends every scheduled report whose period has ended and has not gone out yet. */
export async function sendDueReports(db: Db, now = new Date()): Promise<ReportSendResult> {
	const today = todayUtc(now);
	const candidates = await db
		.selectFrom('report_schedules')
		.select(['id', 'cadence', 'last_period'])
		.execute();
	const result: ReportSendResult = { schedules: 0, sent: 0 };
	for (const candidate of candidates) {
		const period = lastCompletePeriod(KIND[candidate.cadence], today);
		if (candidate.last_period !== null && candidate.last_period >= period.key) continue;
		const sent = await db.transaction().execute(async (trx) => {
			const schedule = await trx
				.selectFrom('report_schedules')
				.selectAll()
				.where('id', '=', candidate.id)
				.forUpdate()
				.skipLocked()
				.executeTakeFirst();
			if (!schedule || (schedule.last_period !== null && schedule.last_period >= period.key)) {
				return null;
			}
			let count = 0;
			for (const person of await recipients(trx)) {
				const files = [];
				for (const department of person.departments) {
					const params = new URLSearchParams({
						format: 'pdf',
						period: period.key,
						language: schedule.language,
						paper: schedule.paper,
						contents: FORM_DEFAULT_CONTENTS.join(',')
					});
					if (department) params.set('department', department);
					const parsed = parseExportRequest(params, today);
					if (!parsed.ok) continue;
					const planned = await planExport(trx, person, parsed.request, now);
					if (!planned.ok) continue;
					files.push({
						filename: planFileName(planned.plan, 'pdf'),
						contentType: 'application/pdf',
						content: await buildPdf(trx, planned.plan)
					});
				}
				if (files.length === 0) continue;
				const message = reportMessage({
					language: schedule.language,
					name: person.name,
					period: period.key,
					company: person.role === 'hr'
				});
				const mail = await queueMail(trx, {
					kind: 'report',
					to: person.email,
					locale: schedule.language,
					...message,
					attachments: files
				});
				await trx
					.insertInto('report_sends')
					.values({
						schedule_id: schedule.id,
						period: period.key,
						person_id: person.id,
						mail_id: mail.id
					})
					.execute();
				await recordAudit(trx, {
					actorId: null,
					action: 'report.sent',
					entityType: 'export',
					entityId: null,
					entityLabel: `Scheduled PDF report ${period.key} to ${person.name}`,
					after: {
						schedule: schedule.id,
						period: period.key,
						to: person.email,
						files: files.map((f) => f.filename)
					}
				});
				count += 1;
			}
			await trx
				.updateTable('report_schedules')
				.set({ last_period: period.key })
				.where('id', '=', schedule.id)
				.execute();
			return count;
		});
		if (sent === null) continue;
		result.schedules += 1;
		result.sent += sent;
	}
	return result;
}
