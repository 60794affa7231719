import { fail } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { isCapability } from '$lib/server/conversations/capability';
import { writerConversations } from '$lib/server/conversations/messages';
import {
	capabilityFromPasted,
	submitWriterAnswer,
	writerLocale
} from '$lib/server/conversations/writer-form';
import type { Actions, PageServerLoad } from './$types';

// The same private page opened by a form instead of the address, so the link need not appear in
// any address bar, history or proxy log: the code travels in the POST body only.
export const csr = false;

export const load: PageServerLoad = async ({ url, setHeaders, locals }) => {
	setHeaders({ 'cache-control': 'no-store' });
	return { locale: writerLocale(url, locals.locale) };
};

async function opened(capability: string, locale: string) {
	return { capability, conversations: await writerConversations(getDb(), capability), locale };
}

export const actions: Actions = {
	open: async ({ request, url, locals }) => {
		const form = await request.formData().catch(() => new FormData());
		const capability = capabilityFromPasted(form.get('link'));
		const locale = (locals.locale = writerLocale(url, locals.locale, form));
		if (!isCapability(capability)) return fail(400, { unknownLink: true, locale });
		return opened(capability, locale);
	},
	answer: async ({ request, url, locals }) => {
		const form = await request.formData().catch(() => new FormData());
		const capability = form.get('capability');
		const locale = (locals.locale = writerLocale(url, locals.locale, form));
		if (!isCapability(capability)) return fail(400, { unknownLink: true, locale });
		const result = await submitWriterAnswer(getDb(), capability, form);
		const outcome = 'data' in result ? result.data : result;
		return { ...(await opened(capability, locale)), outcome };
	}
};
