import { loadLanguage } from '$lib/i18n';
import type { LayoutLoad } from './$types';

// The page's language, loaded before the page is drawn (a browser starts with English only).
export const load: LayoutLoad = async ({ data }) => {
	await loadLanguage(data.locale);
	return data;
};
