import { INTERNAL_SERVICE_REASONS, type QuestionKind } from './questions';

export const COMMENT_MAX_LENGTH = 2000;

export type SnapshotQuestion = { id: string; kind: QuestionKind };
export type ProviderDepartment = { id: string; name: string };

export type ValidAnswers = {
	answers: { q: string; v: number }[];
	ratings: { p: string; s: number; r: string[] }[];
	comments: { q: string; p: string | null; b: string }[];
};

/** Field names of the survey form; one scheme shared by the page and the validation. */
export const field = {
	scale: (questionId: string) => `q_${questionId}`,
	comment: (questionId: string) => `c_${questionId}`,
	rating: (providerId: string) => `isr_${providerId}`,
	reasons: (providerId: string) => `isr_reasons_${providerId}`,
	providerComment: (providerId: string) => `isr_comment_${providerId}`
};

export type AnswerProblem =
	| { field: string; code: 'unknown_field' | 'duplicate' | 'out_of_range' | 'not_a_number' }
	| { field: string; code: 'own_department' | 'unknown_department' | 'unknown_reason' }
	| { field: string; code: 'too_long' | 'reasons_without_score' | 'not_text' }
	| { field: string; code: 'control_character' };

const RANGE: Partial<Record<QuestionKind, [number, number]>> = {
	likert: [1, 5],
	scale_0_10: [0, 10]
};
const REASONS = new Set<string>(INTERNAL_SERVICE_REASONS);
const WHOLE_NUMBER = /^(?:0|[1-9]\d?)$/;
// NUL and the other C0 controls but tab and line breaks: no keyboard types them, and PostgreSQL
// cannot store NUL in text at all.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

function commentProblem(text: string): 'too_long' | 'control_character' | null {
	if ([...text].length > COMMENT_MAX_LENGTH) return 'too_long';
	if (CONTROL_CHARACTER.test(text)) return 'control_character';
	return null;
}

/**
 * Checks a submitted survey against the round's snapshot: every field must belong to a question
 * of the round (or to a department the respondent may rate), appear once, and hold a value in
 * range. Unanswered items are simply absent or empty. Returns the answers to store, or every
 * problem found, keyed by field.
 */
export function validateAnswers(
	entries: readonly (readonly [string, unknown])[],
	questions: readonly SnapshotQuestion[],
	providers: readonly ProviderDepartment[],
	ownDepartmentId: string
): { ok: true; value: ValidAnswers } | { ok: false; problems: AnswerProblem[] } {
	const problems: AnswerProblem[] = [];
	const scales = new Map<string, SnapshotQuestion>();
	const commentQuestions = new Map<string, SnapshotQuestion>();
	let serviceQuestion: SnapshotQuestion | undefined;
	for (const q of questions) {
		if (q.kind === 'likert' || q.kind === 'scale_0_10') scales.set(field.scale(q.id), q);
		else if (q.kind === 'comment') commentQuestions.set(field.comment(q.id), q);
		else if (q.kind === 'internal_service') serviceQuestion ??= q;
	}
	const providerIds = new Set(providers.map((p) => p.id));
	const seen = new Set<string>();
	const value: ValidAnswers = { answers: [], ratings: [], comments: [] };
	const reasonsByProvider = new Map<string, string[]>();
	const scoreByProvider = new Map<string, number>();
	const providerComments = new Map<string, string>();

	const providerOf = (name: string, prefix: string): string | null => {
		const id = name.slice(prefix.length);
		if (id === ownDepartmentId) {
			problems.push({ field: name, code: 'own_department' });
			return null;
		}
		if (!serviceQuestion || !providerIds.has(id)) {
			problems.push({
				field: name,
				code: serviceQuestion ? 'unknown_department' : 'unknown_field'
			});
			return null;
		}
		return id;
	};

	for (const [name, raw] of entries) {
		if (typeof raw !== 'string') {
			problems.push({ field: name, code: 'not_text' });
			continue;
		}
		const isReasons = name.startsWith('isr_reasons_');
		if (!isReasons && seen.has(name)) {
			problems.push({ field: name, code: 'duplicate' });
			continue;
		}
		seen.add(name);
		const text = raw.trim();
		if (scales.has(name)) {
			if (text === '') continue;
			const [min, max] = RANGE[scales.get(name)!.kind]!;
			if (!WHOLE_NUMBER.test(text)) problems.push({ field: name, code: 'not_a_number' });
			else if (Number(text) < min || Number(text) > max)
				problems.push({ field: name, code: 'out_of_range' });
			else value.answers.push({ q: scales.get(name)!.id, v: Number(text) });
		} else if (commentQuestions.has(name)) {
			if (text === '') continue;
			const problem = commentProblem(text);
			if (problem) problems.push({ field: name, code: problem });
			else value.comments.push({ q: commentQuestions.get(name)!.id, p: null, b: text });
		} else if (isReasons) {
			const id = providerOf(name, 'isr_reasons_');
			if (!id) continue;
			if (!REASONS.has(text)) problems.push({ field: name, code: 'unknown_reason' });
			else if (reasonsByProvider.get(id)?.includes(text))
				problems.push({ field: name, code: 'duplicate' });
			else reasonsByProvider.set(id, [...(reasonsByProvider.get(id) ?? []), text]);
		} else if (name.startsWith('isr_comment_')) {
			const id = providerOf(name, 'isr_comment_');
			if (!id || text === '') continue;
			const problem = commentProblem(text);
			if (problem) problems.push({ field: name, code: problem });
			else providerComments.set(id, text);
		} else if (name.startsWith('isr_')) {
			const id = providerOf(name, 'isr_');
			if (!id || text === '') continue;
			if (!WHOLE_NUMBER.test(text)) problems.push({ field: name, code: 'not_a_number' });
			else if (Number(text) > 10) problems.push({ field: name, code: 'out_of_range' });
			else scoreByProvider.set(id, Number(text));
		} else {
			problems.push({ field: name, code: 'unknown_field' });
		}
	}

	for (const id of new Set([...reasonsByProvider.keys(), ...providerComments.keys()])) {
		if (!scoreByProvider.has(id)) {
			const name = reasonsByProvider.has(id) ? field.reasons(id) : field.providerComment(id);
			problems.push({ field: name, code: 'reasons_without_score' });
		}
	}
	if (problems.length > 0) return { ok: false, problems };
	for (const [id, score] of scoreByProvider) {
		value.ratings.push({ p: id, s: score, r: reasonsByProvider.get(id) ?? [] });
		const comment = providerComments.get(id);
		if (comment && serviceQuestion)
			value.comments.push({ q: serviceQuestion.id, p: id, b: comment });
	}
	return { ok: true, value };
}
