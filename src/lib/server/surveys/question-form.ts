import { z } from 'zod';
import { DRIVER_LABELS, type Driver } from '../../domain/questions';

const text = (language: string) =>
	z
		.string()
		.trim()
		.min(5, `Write the question in ${language}.`)
		.max(300, 'Keep a question under 300 characters: people answer on phones.');

export const questionTextsForm = z.object({
	en: text('English'),
	es: text('Spanish')
});

export const newQuestionForm = questionTextsForm.extend({
	driver: z.enum(Object.keys(DRIVER_LABELS) as [Driver, ...Driver[]], {
		error: 'Choose the driver this question measures.'
	})
});

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
