import { z } from 'zod';
import { DRIVER_LABELS, type Driver } from '../../domain/questions';
import type { Messages } from '../../i18n';

function text(t: Messages, language: 'en' | 'es') {
	return z.string().trim().min(5, t.questions.writeIn[language]).max(300, t.questions.tooLong);
}

/** A question's wording in each language, with messages in the reader's language. */
export function questionTextsForm(t: Messages) {
	return z.object({ en: text(t, 'en'), es: text(t, 'es') });
}

export function newQuestionForm(t: Messages) {
	return questionTextsForm(t).extend({
		driver: z.enum(Object.keys(DRIVER_LABELS) as [Driver, ...Driver[]], {
			error: t.questions.chooseDriver
		})
	});
}

/** A readable, stable key for a new question: its driver and the first words of its English. */
export function questionKeyFor(driver: Driver, english: string, taken: (key: string) => boolean) {
	const words = english
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9 ]+/g, ' ')
		.split(/\s+/)
		.filter((w) => w.length > 2)
		.slice(0, 3);
	const base = `${driver}.${words.join('_') || 'item'}`;
	let key = base;
	for (let n = 2; taken(key); n++) key = `${base}_${n}`;
	return key;
}
