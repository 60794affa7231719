import { json } from '@sveltejs/kit';
import { apiError } from '../http/api-errors';
import type { ClosedRound } from './round-data';

export type Failure = 'unknown_round' | 'round_open' | 'unknown_department' | 'not_in_round';
export type AnalyticsResult<T> = { ok: true; data: T } | { ok: false; reason: Failure };

export type RoundRef = { id: string; programmeId: string; opensOn: string; closesOn: string };

export function roundRef(round: ClosedRound): RoundRef {
	return {
		id: round.id,
		programmeId: round.programmeId,
		opensOn: round.opensOn,
		closesOn: round.closesOn
	};
}

const FAILURES: Record<Failure, [number, string, string]> = {
	unknown_round: [404, 'not_found', 'There is no such round.'],
	round_open: [
		409,
		'round_open',
		'This round is still open: its results appear when it closes, never before.'
	],
	unknown_department: [404, 'not_found', 'There is no such department.'],
	not_in_round: [404, 'not_found', 'That department took no part in this round.']
};

/** The API's answer to someone who may read no results: neither HR nor a department head. */
export function refuseNonReader(): Response {
	return apiError(403, 'Results are for HR and department heads.', 'forbidden');
}

/** The API's answer to an analytics result: the data, or the error that fits. */
export function respond<T>(result: AnalyticsResult<T>): Response {
	if (result.ok) return json(result.data);
	const [status, code, message] = FAILURES[result.reason];
	return apiError(status, message, code);
}
