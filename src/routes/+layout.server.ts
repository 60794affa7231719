import { languageChoices } from '$lib/i18n';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals }) => ({
	locale: locals.locale,
	// For the language switch: a browser holds only the page's language, not every one's name.
	languages: languageChoices()
});
