import { describe, expect, it } from 'vitest';
import { field, validateAnswers, type SnapshotQuestion } from '../../src/lib/domain/survey-answers';

const LIKERT = 'aaaaaaaa-0000-4000-8000-000000000001';
const ENPS = 'aaaaaaaa-0000-4000-8000-000000000002';
const SERVICE = 'aaaaaaaa-0000-4000-8000-000000000003';
const COMMENT = 'aaaaaaaa-0000-4000-8000-000000000004';
const OWN = 'dddddddd-0000-4000-8000-000000000001';
const IT = 'dddddddd-0000-4000-8000-000000000002';
const FIN = 'dddddddd-0000-4000-8000-000000000003';

const questions: SnapshotQuestion[] = [
	{ id: LIKERT, kind: 'likert' },
	{ id: ENPS, kind: 'scale_0_10' },
	{ id: SERVICE, kind: 'internal_service' },
	{ id: COMMENT, kind: 'comment' }
];
const providers = [
	{ id: IT, name: 'IT' },
	{ id: FIN, name: 'Finance' }
];

const check = (entries: [string, unknown][]) => validateAnswers(entries, questions, providers, OWN);

describe('survey answer validation', () => {
	it('accepts a full survey and shapes what is stored', () => {
		const result = check([
			[field.scale(LIKERT), '4'],
			[field.scale(ENPS), '10'],
			[field.rating(IT), '3'],
			[field.reasons(IT), 'reliable'],
			[field.reasons(IT), 'responsive'],
			[field.providerComment(IT), '  Tickets wait for days.  '],
			[field.rating(FIN), ''],
			[field.comment(COMMENT), 'More focus time please']
		]);
		expect(result).toEqual({
			ok: true,
			value: {
				answers: [
					{ q: LIKERT, v: 4 },
					{ q: ENPS, v: 10 }
				],
				ratings: [{ p: IT, s: 3, r: ['reliable', 'responsive'] }],
				comments: [
					{ q: COMMENT, p: null, b: 'More focus time please' },
					{ q: SERVICE, p: IT, b: 'Tickets wait for days.' }
				]
			}
		});
	});

	it('accepts an empty survey: every item is optional', () => {
		expect(check([])).toEqual({ ok: true, value: { answers: [], ratings: [], comments: [] } });
	});

	it.each([
		[[[field.scale(LIKERT), '6']], 'out_of_range'],
		[[[field.scale(LIKERT), '0']], 'out_of_range'],
		[[[field.scale(ENPS), '11']], 'out_of_range'],
		[[[field.scale(ENPS), '4.5']], 'not_a_number'],
		[[[field.scale(ENPS), '007']], 'not_a_number'],
		[[['q_00000000-0000-4000-8000-000000000000', '3']], 'unknown_field'],
		[[['ballot', 'x']], 'unknown_field'],
		[
			[
				[field.scale(LIKERT), '3'],
				[field.scale(LIKERT), '4']
			],
			'duplicate'
		],
		[[[field.rating(OWN), '9']], 'own_department'],
		[[['isr_dddddddd-0000-4000-8000-00000000dead', '9']], 'unknown_department'],
		[
			[
				[field.rating(IT), '5'],
				[field.reasons(IT), 'cheap']
			],
			'unknown_reason'
		],
		[[[field.reasons(IT), 'reliable']], 'reasons_without_score'],
		[[[field.comment(COMMENT), 'x'.repeat(2001)]], 'too_long'],
		[[[field.scale(LIKERT), new Blob(['3'])]], 'not_text']
	] as [[string, unknown][], string][])('refuses %j with %s', (entries, code) => {
		const result = check(entries);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.problems.map((p) => p.code)).toContain(code);
	});

	it('counts characters, not bytes, against the comment limit', () => {
		expect(check([[field.comment(COMMENT), 'ñ'.repeat(2000)]]).ok).toBe(true);
	});

	it('refuses a comment holding NUL or another control character, keeping line breaks and tabs', () => {
		for (const [name, text] of [
			[field.comment(COMMENT), 'good\u0000bad'],
			[field.providerComment(IT), 'bell\u0007']
		]) {
			const entries: [string, unknown][] = [
				[field.rating(IT), '7'],
				[name, text]
			];
			const result = check(entries);
			expect(result).toEqual({ ok: false, problems: [{ field: name, code: 'control_character' }] });
		}
		expect(check([[field.comment(COMMENT), 'line one\nline two\tand a tab']]).ok).toBe(true);
	});
});
