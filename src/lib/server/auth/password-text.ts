import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '$lib/domain/password-policy';
import type { PasswordProblem } from '$lib/domain/password-policy';
import type { Messages } from '$lib/i18n';

/** Why a new password is refused, in the reader's language. */
export function passwordProblemText(t: Messages, problem: PasswordProblem): string {
	if (problem === 'too_short') return t.password.problems.too_short(PASSWORD_MIN_LENGTH);
	if (problem === 'too_long') return t.password.problems.too_long(PASSWORD_MAX_LENGTH);
	return t.password.problems[problem];
}
