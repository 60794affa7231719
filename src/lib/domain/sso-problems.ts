import { ENGLISH_SERVER_WORDS, type ServerWords } from '../i18n/server-words';

/** Why a single sign-on attempt ended, as the person is told, with the status of that page. */
export type SsoProblemReason =
	| 'provider_error'
	| 'state_mismatch'
	| 'nonce_mismatch'
	| 'expired'
	| 'token_rejected'
	| 'unreachable'
	| 'no_email'
	| 'unverified_email'
	| 'unknown_person'
	| 'inactive';

export type SsoWords = ServerWords['signIn'];

const STATUS: Record<SsoProblemReason, number> = {
	provider_error: 401,
	state_mismatch: 400,
	nonce_mismatch: 400,
	expired: 400,
	token_rejected: 401,
	unreachable: 502,
	no_email: 403,
	unverified_email: 403,
	unknown_person: 403,
	inactive: 403
};

export function signInProblem(
	reason: SsoProblemReason,
	provider: string,
	detail: string | null,
	w: SsoWords = ENGLISH_SERVER_WORDS.signIn
): { status: number; message: string } {
	const message = {
		provider_error: () => w.providerError(provider, detail),
		state_mismatch: () => w.notThisBrowser,
		nonce_mismatch: () => w.notThisBrowser,
		expired: () => w.expired,
		token_rejected: () => w.tokenRejected(provider),
		unreachable: () => w.unreachable(provider),
		no_email: () => w.noEmail(provider),
		unverified_email: () => w.unverifiedEmail(provider),
		unknown_person: () => w.unknownPerson(detail),
		inactive: () => w.inactive
	}[reason]();
	return { status: STATUS[reason], message };
}
