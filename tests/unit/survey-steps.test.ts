import { describe, expect, it } from 'vitest';
import { nextSurveyStep, readSurveyStep } from '../../src/lib/domain/survey-steps';

const none = { answers: [], ratings: [], comments: [] };
const some = { answers: [{ q: 'q1', v: 4 }], ratings: [], comments: [] };

describe('the survey steps', () => {
	it('keeps the step fields apart from the answers', () => {
		const step = readSurveyStep([
			['q_a', '4'],
			['chosen', 'd1'],
			['chosen', 'd1'],
			['chosen', 'd2'],
			['rated', '1']
		]);
		expect(step).toEqual({
			chosen: ['d1', 'd2'],
			rated: true,
			confirmedEmpty: false,
			answers: [['q_a', '4']]
		});
	});

	it('rates the chosen departments before recording anything', () => {
		const chosen = readSurveyStep([['chosen', 'd1']]);
		expect(nextSurveyStep(chosen, some)).toBe('rate');
		expect(nextSurveyStep({ ...chosen, rated: true }, some)).toBe('record');
	});

	it('asks before recording an empty survey, once', () => {
		expect(nextSurveyStep(readSurveyStep([]), none)).toBe('confirm');
		expect(nextSurveyStep(readSurveyStep([['confirm_empty', '1']]), none)).toBe('record');
		expect(
			nextSurveyStep(
				readSurveyStep([
					['chosen', 'd1'],
					['rated', '1']
				]),
				none
			)
		).toBe('confirm');
		expect(nextSurveyStep(readSurveyStep([]), some)).toBe('record');
	});
});
