import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { isCapability } from '$lib/server/conversations/capability';
import { writerConversations } from '$lib/server/conversations/messages';
import { submitWriterAnswer, writerLocale } from '$lib/server/conversations/writer-form';
import { i18n } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';

// The writer's private page, opened by their link: a survey-side page, so no session is read or
// written, no JavaScript ships, and nothing records that it was opened.
export const csr = false;

function capabilityOr404(value: string, locale: string): string {
	if (!isCapability(value)) {
		error(404, { message: i18n(locale).t.serverMessages.pages.noSuchPage });
	}
	return value;
}

export const load: PageServerLoad = async ({ params, url, setHeaders, locals }) => {
	setHeaders({ 'cache-control': 'no-store' });
	const locale = writerLocale(url, locals.locale);
	const capability = capabilityOr404(params.capability, locale);
	return {
		locale,
		conversations: await writerConversations(getDb(), capability)
	};
};

export const actions: Actions = {
	answer: async ({ params, request, url, locals }) => {
		const capability = capabilityOr404(params.capability, writerLocale(url, locals.locale));
		const form = await request.formData().catch(() => new FormData());
		return submitWriterAnswer(getDb(), capability, form);
	}
};
