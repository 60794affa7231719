import { z } from 'zod';
import { ACTION_STATUSES } from '../../domain/action-plans';
import { isUuid } from '../../domain/ids';
import { hasControlCharacters } from '../../domain/org-fields';
import { isReportingDay } from '../../domain/periods';
import { ENGLISH_SERVER_WORDS, type ServerWords } from '../../i18n/server-words';

// The fields of a focus area and of an action, checked once for the pages' forms and the API.

const uuid = (message: string) => z.string().refine((v) => isUuid(v), message);

// NUL and other C0 controls but tab and line breaks, which notes may hold.
// eslint-disable-next-line no-control-regex
const CONTROL_IN_NOTES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
/** The words of the fields' problems: the reader's on the team pages, English on the API. */
export type ActionWords = ServerWords['actions'];
const ENGLISH: ActionWords = ENGLISH_SERVER_WORDS.actions;

export function focusAreaInput(w: ActionWords = ENGLISH) {
	return z.object({
		roundId: uuid(w.chooseRound),
		/** `driver:<key>` for a whole driver, `item:<question id>` for one item. */
		subject: z.string().regex(/^(driver:[a-z_]{1,40}|item:[0-9a-f-]{36})$/i, w.chooseSubject)
	});
}
export type FocusAreaInput = z.output<ReturnType<typeof focusAreaInput>>;

export function actionInput(w: ActionWords = ENGLISH) {
	return z
		.object({
			title: z
				.string()
				.trim()
				.min(1, w.sayWhat)
				.max(200, w.atMost(200))
				.refine((v) => !hasControlCharacters(v), w.noControls),
			ownerPersonId: z
				.string()
				.trim()
				.refine((v) => v === '' || isUuid(v), w.chooseOwner)
				.default(''),
			ownerName: z
				.string()
				.trim()
				.max(120, w.atMost(120))
				.refine((v) => !hasControlCharacters(v), w.noControls)
				.default(''),
			dueOn: z
				.string()
				.trim()
				.regex(/^\d{4}-\d{2}-\d{2}$/, w.dueDate)
				.refine(isReportingDay, w.realDate),
			status: z.enum(ACTION_STATUSES, { error: w.chooseStatus }).default('planned'),
			notes: z
				.string()
				.trim()
				.max(2000, w.atMost(2000))
				.refine((v) => !CONTROL_IN_NOTES.test(v), w.controlsInNotes)
				.default('')
		})
		.superRefine((value, ctx) => {
			if (value.ownerPersonId !== '' && value.ownerName !== '') {
				ctx.addIssue({ code: 'custom', path: ['ownerName'], message: w.ownerBoth });
			}
		});
}
export type ActionInput = z.output<ReturnType<typeof actionInput>>;
