import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { isCapability } from '$lib/server/conversations/capability';
import { writerConversations } from '$lib/server/conversations/messages';
import { submitWriterAnswer, writerLocale } from '$lib/server/conversations/writer-form';
import type { Actions, PageServerLoad } from './$types';

// The writer's private page, opened by their link: a survey-side page, so no session is read or
// written, no JavaScript ships, and nothing records that it was opened.
export const csr = false;

function capabilityOr404(value: string): string {
	if (!isCapability(value)) error(404, { message: 'There is no such page.' });
	return value;
}

export const load: PageServerLoad = async ({ params, url, setHeaders, locals }) => {
	setHeaders({ 'cache-control': 'no-store' });
	const capability = capabilityOr404(params.capability);
	return {
		locale: writerLocale(url, locals.locale),
		conversations: await writerConversations(getDb(), capability)
	};
};

export const actions: Actions = {
	answer: async ({ params, request }) => {
		const capability = capabilityOr404(params.capability);
		const form = await request.formData().catch(() => new FormData());
		return submitWriterAnswer(getDb(), capability, form);
	}
};
