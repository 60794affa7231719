import { z } from 'zod';
import type { Db } from '../db';
import { recordAudit } from '../audit/log';
import { recordChange } from '../audit/changes';
import { lastCompletePeriod } from '../../domain/periods';
import { isoDay } from '../../domain/dates';

// Scheduled reports: what HR schedules, and its one write path (create, change, delete), each
// audited.

export const CADENCES = ['monthly', 'quarterly'] as const;
export type Cadence = (typeof CADENCES)[number];

export const CADENCE_LABELS: Record<Cadence, string> = {
	monthly: 'Monthly, after each month',
	quarterly: 'Quarterly, after each quarter'
};

export const scheduleInput = z.object({
	cadence: z.enum(CADENCES, { error: 'Choose monthly or quarterly.' }),
	language: z.enum(['en', 'es'], { error: 'Choose English or Spanish.' }),
	paper: z.enum(['a4', 'letter'], { error: 'Choose A4 or Letter.' })
});
export type ScheduleInput = z.output<typeof scheduleInput>;

export type ReportSchedule = ScheduleInput & {
	id: string;
	createdAt: Date;
	lastPeriod: string | null;
};

/** The form's fields, or an error per field. */
export function parseSchedule(
	form: FormData
): { ok: true; data: ScheduleInput } | { ok: false; errors: Record<string, string> } {
	const field = (name: string) => {
		const value = form.get(name);
		return typeof value === 'string' ? value : undefined;
	};
	const parsed = scheduleInput.safeParse({
		cadence: field('cadence'),
		language: field('language') ?? 'en',
		paper: field('paper') ?? 'a4'
	});
	if (parsed.success) return { ok: true, data: parsed.data };
	const errors: Record<string, string> = {};
	for (const issue of parsed.error.issues)
		errors[String(issue.path[0] ?? 'form')] ??= issue.message;
	return { ok: false, errors };
}

/** A schedule as the audit log records it, its fields always in this order. */
function audited(s: ScheduleInput): ScheduleInput {
	return { cadence: s.cadence, language: s.language, paper: s.paper };
}

function describe(s: ScheduleInput): string {
	return `${s.cadence} report, ${s.language === 'es' ? 'Spanish' : 'English'}, ${s.paper === 'letter' ? 'Letter' : 'A4'}`;
}

export async function listSchedules(db: Db): Promise<ReportSchedule[]> {
	const rows = await db
		.selectFrom('report_schedules')
		.select(['id', 'cadence', 'language', 'paper', 'created_at', 'last_period'])
		.orderBy('created_at')
		.execute();
	return rows.map((r) => ({
		id: r.id,
		cadence: r.cadence,
		language: r.language,
		paper: r.paper,
		createdAt: r.created_at,
		lastPeriod: r.last_period
	}));
}

/**
 * A new schedule starts with the period that is running: the first report goes out when it
 * ends, not at once for a period that ended before anyone asked.
 */
export async function createSchedule(
	db: Db,
	actorId: string,
	input: ScheduleInput,
	now = new Date()
) {
	const kind = input.cadence === 'monthly' ? 'month' : 'quarter';
	const lastPeriod = lastCompletePeriod(kind, isoDay(now)).key;
	return db.transaction().execute(async (trx) => {
		const row = await trx
			.insertInto('report_schedules')
			.values({ ...input, created_by: actorId, last_period: lastPeriod })
			.returning('id')
			.executeTakeFirstOrThrow();
		await recordAudit(trx, {
			actorId,
			action: 'report_schedule.created',
			entityType: 'report_schedule',
			entityId: row.id,
			entityLabel: describe(input),
			after: audited(input)
		});
		return row;
	});
}

export async function updateSchedule(
	db: Db,
	actorId: string,
	id: string,
	input: ScheduleInput
): Promise<boolean> {
	return db.transaction().execute(async (trx) => {
		const before = await trx
			.selectFrom('report_schedules')
			.select(['cadence', 'language', 'paper'])
			.where('id', '=', id)
			.forUpdate()
			.executeTakeFirst();
		if (!before) return false;
		await trx.updateTable('report_schedules').set(input).where('id', '=', id).execute();
		await recordChange(trx, {
			actorId,
			action: 'report_schedule.updated',
			entityType: 'report_schedule',
			entityId: id,
			entityLabel: describe(input),
			before: audited(before),
			after: audited(input)
		});
		return true;
	});
}

export async function deleteSchedule(db: Db, actorId: string, id: string): Promise<boolean> {
	return db.transaction().execute(async (trx) => {
		const before = await trx
			.deleteFrom('report_schedules')
			.where('id', '=', id)
			.returning(['cadence', 'language', 'paper'])
			.executeTakeFirst();
		if (!before) return false;
		await recordAudit(trx, {
			actorId,
			action: 'report_schedule.deleted',
			entityType: 'report_schedule',
			entityId: id,
			entityLabel: describe(before),
			before: audited(before)
		});
		return true;
	});
}
