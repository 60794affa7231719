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

export function signInProblem(
	reason: SsoProblemReason,
	provider: string,
	detail: string | null
): { status: number; message: string } {
	switch (reason) {
		case 'provider_error':
			return {
				status: 401,
				message: `${provider} did not sign you in${detail ? ` (${detail})` : ''}. Try again, or ask your IT team.`
			};
		case 'state_mismatch':
		case 'nonce_mismatch':
			return {
				status: 400,
				message:
					'This sign-in answer does not belong to the sign-in started in this browser, so it was refused. Start again from the sign-in page.'
			};
		case 'expired':
			return {
				status: 400,
				message:
					'The sign-in took too long or was started in another browser. Start again from the sign-in page.'
			};
		case 'token_rejected':
			return {
				status: 401,
				message: `Rapport could not verify the answer from ${provider}. Start again; if it keeps happening, tell your HR team.`
			};
		case 'unreachable':
			return {
				status: 502,
				message: `Rapport could not reach ${provider}. Try again in a moment, or tell your HR team.`
			};
		case 'no_email':
			return {
				status: 403,
				message: `${provider} did not tell Rapport your email address. Ask your IT team to release the "email" claim to Rapport.`
			};
		case 'unverified_email':
			return {
				status: 403,
				message: `${provider} has not verified your email address, so Rapport cannot tell who you are.`
			};
		case 'unknown_person':
			return {
				status: 403,
				message: `${detail ?? 'Your address'} has no Rapport account. Ask your HR team to add you.`
			};
		case 'inactive':
			return {
				status: 403,
				message: 'Your Rapport account is deactivated. Ask your HR team if this is a mistake.'
			};
	}
}
