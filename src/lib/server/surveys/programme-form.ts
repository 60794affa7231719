import { isCalendarDay, isoDay } from '../../domain/dates';
import { z } from 'zod';
import { maxRoundLengthDays } from '../../domain/schedule';
import type { Cadence } from '../../domain/questions';

const MAX_REMINDERS = 5;

const uuid = z.string().regex(/^[0-9a-f-]{36}$/i, 'Choose departments from the list.');

function today(): string {
	return isoDay(new Date());
}

export const programmeForm = z
	.object({
		name: z
			.string()
			.trim()
			.min(1, 'Give the programme a name.')
			.max(120, 'Use at most 120 characters.'),
		departmentIds: z
			.array(uuid)
			.min(1, 'Choose at least one department: its people and everyone below it are invited.'),
		cadence: z.enum(['weekly', 'biweekly', 'monthly', 'once'], {
			error: 'Choose how often rounds open.'
		}),
		startsOn: z
			.string()
			.regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter the first day as a date.')
			.refine(isCalendarDay, 'Enter a real date.')
			.refine((d) => d >= today(), 'The first round cannot open in the past.'),
		roundLengthDays: z.coerce
			.number({ error: 'Enter a number of days.' })
			.int('Enter a whole number of days.')
			.min(1, 'A round stays open at least one day.'),
		questionsPerRound: z.coerce
			.number({ error: 'Enter a number of questions.' })
			.int('Enter a whole number.')
			.min(1)
			.max(40, 'At most 40 questions a round: pulses should take two or three minutes.'),
		coreQuestionKeys: z.array(z.string().max(100)).max(10),
		reminderDays: z
			.string()
			.trim()
			.max(100)
			.refine((v) => v === '' || /^\d+(\s*,\s*\d+)*$/.test(v), 'List days as numbers, e.g. 3, 6.')
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
				message: `With this cadence a round can stay open at most ${max} days, so it closes before the next one opens.`
			});
		}
		if (value.questionsPerRound <= value.coreQuestionKeys.length) {
			ctx.addIssue({
				code: 'custom',
				path: ['questionsPerRound'],
				message: `Leave room beyond the ${value.coreQuestionKeys.length} core question(s) so the other drivers can rotate in.`
			});
		}
		if (value.reminderDays.length > MAX_REMINDERS) {
			ctx.addIssue({
				code: 'custom',
				path: ['reminderDays'],
				message: `At most ${MAX_REMINDERS} reminders.`
			});
		}
		if (value.reminderDays.some((d) => d < 1 || d >= value.roundLengthDays)) {
			ctx.addIssue({
				code: 'custom',
				path: ['reminderDays'],
				message: `Reminder days count from the opening day: between 1 and ${value.roundLengthDays - 1}.`
			});
		}
	});

export type ProgrammeFormValue = z.output<typeof programmeForm>;
