import type { ValidAnswers } from './survey-answers';

/**
 * The survey's steps, carried in the form only (never stored): first the departments a person
 * depended on (`chosen`), then the ratings of those alone; an empty survey waits for a second
 * press (`confirm_empty`) before it is recorded.
 */
export const stepField = {
	chosen: 'chosen',
	rated: 'rated',
	confirmEmpty: 'confirm_empty'
} as const;

const STEP_FIELDS = new Set<string>(Object.values(stepField));

export type SurveyStep = {
	/** Departments ticked on the first step, in the order given, without repeats. */
	chosen: string[];
	/** True once the rating step was shown for them. */
	rated: boolean;
	confirmedEmpty: boolean;
	/** The form's other fields: the answers themselves. */
	answers: [string, FormDataEntryValue][];
};

export function readSurveyStep(entries: readonly (readonly [string, FormDataEntryValue])[]) {
	const chosen = new Set<string>();
	const step: SurveyStep = { chosen: [], rated: false, confirmedEmpty: false, answers: [] };
	for (const [name, value] of entries) {
		if (!STEP_FIELDS.has(name)) step.answers.push([name, value]);
		else if (name === stepField.chosen && typeof value === 'string') chosen.add(value);
		else if (name === stepField.rated) step.rated = true;
		else if (name === stepField.confirmEmpty) step.confirmedEmpty = true;
	}
	step.chosen = [...chosen];
	return step;
}

/**
 * What the submit does next: show the ratings of the departments just chosen, ask before
 * recording nothing at all, or record.
 */
export function nextSurveyStep(
	step: SurveyStep,
	answers: ValidAnswers
): 'rate' | 'confirm' | 'record' {
	if (step.chosen.length > 0 && !step.rated) return 'rate';
	const empty =
		answers.answers.length === 0 && answers.ratings.length === 0 && answers.comments.length === 0;
	return empty && !step.confirmedEmpty ? 'confirm' : 'record';
}
