// What a message in a conversation (and a story's text) may be: plain text, trimmed, not empty.

export const MESSAGE_MAX_LENGTH = 2000;

export type MessageProblem = 'required' | 'too_long';

export function checkText(
	value: unknown,
	max: number
): { ok: true; value: string } | { ok: false; problem: MessageProblem } {
	const text = typeof value === 'string' ? value.replace(/\r\n?/g, '\n').trim() : '';
	if (!text) return { ok: false, problem: 'required' };
	if ([...text].length > max) return { ok: false, problem: 'too_long' };
	return { ok: true, value: text };
}

export function checkMessage(value: unknown) {
	return checkText(value, MESSAGE_MAX_LENGTH);
}
