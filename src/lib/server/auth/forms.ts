import { z } from 'zod';
import { emailProblem, personNameProblem } from '../../domain/org-fields';
import { PASSWORD_MAX_LENGTH } from '../../domain/password-policy';
import type { Messages } from '$lib/i18n';

/** The org's own rule for a field, so that set-up refuses what creating a person would. */
const orgRule =
	(problem: (value: string) => string | null) => (value: string, ctx: z.RefinementCtx) => {
		const message = problem(value);
		if (message) ctx.addIssue({ code: 'custom', message });
	};

const email = (t: Messages['auth']) =>
	z
		.string({ error: t.enterEmail })
		.trim()
		.min(1, t.enterEmail)
		.max(254, t.emailTooLong)
		.pipe(z.email({ error: t.emailLike }));

/** The sign-in form, its messages in the reader's language. */
export const signInForm = (t: Messages['auth']) =>
	z.object({
		email: email(t),
		password: z
			.string({ error: t.enterPassword })
			.min(1, t.enterPassword)
			.max(PASSWORD_MAX_LENGTH, t.incorrect),
		next: z.string().optional()
	});

export const setupForm = (t: Messages['auth']) =>
	z.object({
		organisationName: z.string().trim().min(1, t.enterOrganisation).max(120, t.atMost(120)),
		name: z
			.string()
			.trim()
			.min(1, t.enterName)
			.max(200, t.atMost(200))
			.superRefine(orgRule(personNameProblem)),
		email: email(t).superRefine(orgRule(emailProblem)),
		password: z.string({ error: t.choosePassword })
	});
