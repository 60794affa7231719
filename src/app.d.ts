import type { Session, SessionUser } from '$lib/server/auth/session';
import type { ApiKeyCaller } from '$lib/server/auth/api-keys';

declare global {
	namespace App {
		interface Error {
			message: string;
			code?: string;
		}
		interface Locals {
			user: SessionUser | null;
			session: Session | null;
			/** Set instead of `user` when an API request carries a valid `Bearer` key. */
			apiKey: ApiKeyCaller | null;
			/** Set by the survey's submit action once the response is stored (now or before). */
			surveySubmitted?: boolean;
			/**
			 * Set by the survey's submit action when it answers with the survey again (the rating
			 * step, or a mistake to mend): nothing was stored, and the page needs no statement.
			 */
			surveyContinues?: boolean;
			/** The language the page is written in (a catalogue of src/lib/i18n/locales). */
			locale: string;
		}
		interface PageData {
			/** From the root layout: the request's language; the survey's pages set their own. */
			locale: string;
		}
	}
}

export {};
