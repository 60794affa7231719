import { isCalendarDay, isoDay } from '../../domain/dates';
import { z } from 'zod';
import { maxRoundLengthDays } from '../../domain/schedule';
import type { Cadence } from '../../domain/questions';
import type { Messages } from '../../i18n';

const MAX_REMINDERS = 5;

function today(): string {
	return isoDay(new Date());
}

/** The new-programme form, its messages in the reader's language. */
export function programmeForm(t: Messages) {
	const e = t.pulses.form.errors;
	const uuid = z.string().regex(/^[0-9a-f-]{36}$/i, e.departments);
	return z
		.object({
			name: z.string().trim().min(1, e.name).max(120, e.atMost(120)),
			departmentIds: z.array(uuid).min(1, e.noDepartment),
			cadence: z.enum(['weekly', 'biweekly', 'monthly', 'once'], {
				error: e.cadence
			}),
			startsOn: z
				.string()
				.regex(/^\d{4}-\d{2}-\d{2}$/, e.startsOn)
				.refine(isCalendarDay, e.realDate)
				.refine((d) => d >= today(), e.past),
			roundLengthDays: z.coerce.number({ error: e.days }).int(e.wholeDays).min(1, e.oneDay),
			questionsPerRound: z.coerce
				.number({ error: e.questions })
				.int(e.whole)
				.min(1)
				.max(40, e.tooMany),
			coreQuestionKeys: z.array(z.string().max(100)).max(10),
			reminderDays: z
				.string()
				.trim()
				.max(100)
				.refine((v) => v === '' || /^\d+(\s*,\s*\d+)*$/.test(v), e.reminderDays)
				.transform((v) =>
					v === ''
						? []
						: [...new Set(v.split(',').map((d) => Number(d.trim())))].sort((a, b) => a - b)
				)
		})
		.superRefine((value, ctx) => {
			const max = maxRoundLengthDays(value.cadence as Cadence);
			if (value.roundLengthDays > max) {
				ctx.addIssue({
					code: 'custom',
					path: ['roundLengthDays'],
					message: e.roundTooLong(max)
				});
			}
			if (value.questionsPerRound <= value.coreQuestionKeys.length) {
				ctx.addIssue({
					code: 'custom',
					path: ['questionsPerRound'],
					message: e.roomForRotation(value.coreQuestionKeys.length)
				});
			}
			if (value.reminderDays.length > MAX_REMINDERS) {
				ctx.addIssue({
					code: 'custom',
					path: ['reminderDays'],
					message: e.tooManyReminders(MAX_REMINDERS)
				});
			}
			if (value.reminderDays.some((d) => d < 1 || d >= value.roundLengthDays)) {
				ctx.addIssue({
					code: 'custom',
					path: ['reminderDays'],
					message: e.reminderRange(value.roundLengthDays - 1)
				});
			}
		});
}

export type ProgrammeFormValue = z.output<ReturnType<typeof programmeForm>>;
