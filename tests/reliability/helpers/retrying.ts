import {
	answersFor,
	type Ballot,
	type Exchange,
	type SubmitOutcome,
	type SurveyClient
} from './survey-client';

/** Every HTTP answer a client got, with when it was sent (ms since the epoch). */
export type Observed = Exchange & { what: string; at: number };

export type BallotResult =
	| { kind: 'acknowledged'; ballot: Ballot; fields: [string, string][]; attempts: SubmitOutcome[] }
	| { kind: 'opened_elsewhere' }
	| { kind: 'failed'; reason: string };

const RETRY_PAUSE_MS = 200;
const MAX_ATTEMPTS = 150;

const pause = () => new Promise((r) => setTimeout(r, RETRY_PAUSE_MS));

/**
 * A patient respondent: opens the invitation, loads the survey and sends it, trying each step
 * again after a 503 or a dropped connection (sooner than Retry-After, to probe the recovery), and
 * sending the same ballot and answers again until the server acknowledges them.
 */
export async function answerPatiently(
	client: SurveyClient,
	link: string,
	random: () => number,
	observe: (o: Observed) => void,
	serverGone: () => boolean = () => false
): Promise<BallotResult> {
	const seen = (what: string, exchange: Exchange, at: number) => observe({ ...exchange, what, at });
	// Worth trying again: a 503, or no answer at all from a server that is still running.
	const retryable = (status: number) => status === 503 || (status === 0 && !serverGone());
	let ballot: Ballot | null = null;
	let startFailed = false;
	for (let attempt = 0; !ballot; attempt++) {
		const at = Date.now();
		const start = await client.startBallot(link);
		seen('start', start.exchange, at);
		ballot = start.ballot;
		if (ballot) break;
		if (!retryable(start.exchange.status)) {
			// A start that committed but whose answer was lost leaves the invitation opened: by
			// design a second ballot is never handed out for it.
			if (startFailed && start.exchange.status === 303) return { kind: 'opened_elsewhere' };
			return { kind: 'failed', reason: `start: ${start.exchange.status}` };
		}
		startFailed = true;
		if (attempt >= MAX_ATTEMPTS) return { kind: 'failed', reason: 'start: gave up' };
		await pause();
	}
	let fields: [string, string][] | null = null;
	for (let attempt = 0; !fields; attempt++) {
		const at = Date.now();
		const page = await client.loadSurvey(ballot);
		seen('survey page', page.exchange, at);
		if (page.form) fields = answersFor(page.form, random);
		else if (!retryable(page.exchange.status) || attempt >= MAX_ATTEMPTS) {
			return { kind: 'failed', reason: `survey page: ${page.exchange.status}` };
		} else await pause();
	}
	const attempts: SubmitOutcome[] = [];
	for (;;) {
		const at = Date.now();
		const { outcome, exchange } = await client.submit(ballot, fields);
		seen('submit', exchange, at);
		attempts.push(outcome);
		if (outcome === 'recorded' || outcome === 'already_recorded') {
			return { kind: 'acknowledged', ballot, fields, attempts };
		}
		if (!retryable(exchange.status) || attempts.length >= MAX_ATTEMPTS) {
			return { kind: 'failed', reason: `submit: ${attempts.join(', ')}` };
		}
		await pause();
	}
}
