import { fail } from '@sveltejs/kit';
import type { Kysely } from 'kysely';
import type { Database } from '../db';
import { isSupportedLocale } from '$lib/i18n';
import { answerAsWriter } from './messages';

// The writer's answer form, shared by the page opened by the link's address and the one opened
// by pasting it: read the fields, store the answer, say what happened next to the right thread.

export function writerLocale(url: URL, otherwise: string, form?: FormData | null): string {
	const asked = form?.get('lang') ?? url.searchParams.get('lang');
	return isSupportedLocale(asked) ? asked : otherwise;
}

/** The private link's code from what a person pasted: the whole link or just its end. */
export function capabilityFromPasted(value: unknown): string {
	if (typeof value !== 'string') return '';
	const withoutQuery = value.trim().split(/[?#]/)[0];
	return withoutQuery.split('/').filter(Boolean).pop() ?? '';
}

export async function submitWriterAnswer(db: Kysely<Database>, capability: string, form: FormData) {
	const place = Number(form.get('place'));
	const body = form.get('body');
	const outcome = await answerAsWriter(db, capability, place, body);
	if (!outcome.ok) {
		return fail(outcome.problem === 'not_found' ? 404 : 400, {
			place,
			problem: outcome.problem,
			body: typeof body === 'string' ? body.slice(0, 2100) : ''
		});
	}
	return { place, sent: true };
}
