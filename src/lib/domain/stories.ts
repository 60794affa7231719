import { checkText, type MessageProblem } from './conversations';

// A service story as told: which department served the teller well (and maybe who there), what
// happened and what it meant for a customer; signed unless the teller chooses otherwise.

export const STORY_LIMITS = { whoHelped: 200, whatHappened: 2000, customerImpact: 2000 } as const;

export type StoryField =
	'department' | 'colleague' | 'whoHelped' | 'whatHappened' | 'customerImpact';

export type StoryInput = {
	departmentId: string;
	colleagueId: string | null;
	whoHelped: string;
	whatHappened: string;
	customerImpact: string;
	signed: boolean;
};

export type StoryProblems = Partial<
	Record<StoryField, MessageProblem | 'unknown' | 'own_department'>
>;

/** The text fields of a story form, trimmed and checked; the department is checked by the caller. */
export function checkStoryText(
	fields: Record<'whoHelped' | 'whatHappened' | 'customerImpact', unknown>
) {
	const problems: StoryProblems = {};
	const values = { whoHelped: '', whatHappened: '', customerImpact: '' };
	for (const name of ['whoHelped', 'whatHappened', 'customerImpact'] as const) {
		const checked = checkText(fields[name], STORY_LIMITS[name]);
		if (checked.ok) values[name] = checked.value;
		else problems[name] = checked.problem;
	}
	return { values, problems };
}
