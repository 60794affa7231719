import { z } from 'zod';
import { emailProblem, personNameProblem } from '../../domain/org-fields';
import { PASSWORD_MAX_LENGTH } from '../../domain/password-policy';

/** The org's own rule for a field, so that set-up refuses what creating a person would. */
const orgRule =
	(problem: (value: string) => string | null) => (value: string, ctx: z.RefinementCtx) => {
		const message = problem(value);
		if (message) ctx.addIssue({ code: 'custom', message });
	};

const email = z
	.string({ error: 'Enter your email address.' })
	.trim()
	.min(1, 'Enter your email address.')
	.max(254, 'That email address is too long.')
	.pipe(z.email({ error: 'Enter an email address like name@example.com.' }));

export const signInForm = z.object({
	email,
	password: z
		.string({ error: 'Enter your password.' })
		.min(1, 'Enter your password.')
		.max(PASSWORD_MAX_LENGTH, 'Email or password is incorrect.'),
	next: z.string().optional()
});

export const setupForm = z.object({
	organisationName: z
		.string()
		.trim()
		.min(1, 'Enter the name of your organisation.')
		.max(120, 'Use at most 120 characters.'),
	name: z
		.string()
		.trim()
		.min(1, 'Enter your name.')
		.max(200, 'Use at most 200 characters.')
		.superRefine(orgRule(personNameProblem)),
	email: email.superRefine(orgRule(emailProblem)),
	password: z.string({ error: 'Choose a password.' })
});
