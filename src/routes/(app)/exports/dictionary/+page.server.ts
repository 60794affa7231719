import { requireUser } from '$lib/server/auth/guards';
import {
	CSV_DICTIONARY,
	HIDDEN_REASONS_TEXT,
	MEASURES_TEXT,
	MISSING_CODES
} from '$lib/domain/export-dictionary';
import type { PageServerLoad } from './$types';

// The CSV's data dictionary: what every column, measure and code means.
export const load: PageServerLoad = () => {
	requireUser();
	return {
		columns: CSV_DICTIONARY,
		measures: Object.entries(MEASURES_TEXT),
		missing: Object.entries(MISSING_CODES),
		reasons: Object.entries(HIDDEN_REASONS_TEXT)
	};
};
