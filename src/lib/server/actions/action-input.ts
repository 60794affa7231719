import { z } from 'zod';
import { ACTION_STATUSES } from '../../domain/action-plans';
import { isUuid } from '../../domain/ids';
import { hasControlCharacters } from '../../domain/org-fields';
import { isReportingDay } from '../../domain/periods';

// The fields of a focus area and of an action, checked once for the pages' forms and the API.

const uuid = (message: string) => z.string().refine((v) => isUuid(v), message);

// NUL and other C0 controls but tab and line breaks, which notes may hold.
// eslint-disable-next-line no-control-regex
const CONTROL_IN_NOTES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const NO_CONTROLS = 'Remove the line breaks and control characters.';

export const focusAreaInput = z.object({
	roundId: uuid('Choose a closed round from the list.'),
	/** `driver:<key>` for a whole driver, `item:<question id>` for one item. */
	subject: z
		.string()
		.regex(
			/^(driver:[a-z_]{1,40}|item:[0-9a-f-]{36})$/i,
			'Choose a driver or an item from the list.'
		)
});
export type FocusAreaInput = z.output<typeof focusAreaInput>;

export const actionInput = z
	.object({
		title: z
			.string()
			.trim()
			.min(1, 'Say what will be done.')
			.max(200, 'Use at most 200 characters.')
			.refine((v) => !hasControlCharacters(v), NO_CONTROLS),
		ownerPersonId: z
			.string()
			.trim()
			.refine((v) => v === '' || isUuid(v), 'Choose the owner from the list.')
			.default(''),
		ownerName: z
			.string()
			.trim()
			.max(120, 'Use at most 120 characters.')
			.refine((v) => !hasControlCharacters(v), NO_CONTROLS)
			.default(''),
		dueOn: z
			.string()
			.trim()
			.regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter the due date as a date (YYYY-MM-DD).')
			.refine(isReportingDay, 'Enter a real date between 1900 and 2999.'),
		status: z.enum(ACTION_STATUSES, { error: 'Choose a status from the list.' }).default('planned'),
		notes: z
			.string()
			.trim()
			.max(2000, 'Use at most 2,000 characters.')
			.refine((v) => !CONTROL_IN_NOTES.test(v), 'Remove the control characters.')
			.default('')
	})
	.superRefine((value, ctx) => {
		if (value.ownerPersonId !== '' && value.ownerName !== '') {
			ctx.addIssue({
				code: 'custom',
				path: ['ownerName'],
				message: 'Choose a person from the list or write a name, not both.'
			});
		}
	});
export type ActionInput = z.output<typeof actionInput>;
