import { surveyStrings } from '../../../src/lib/domain/survey-i18n';

/**
 * An HTTP client that answers surveys the way a browser without JavaScript does: it opens an
 * invitation link and presses Start (POST ?/start, which sets the ballot cookie), loads the
 * survey page, and sends the form (POST ?/submit). No shortcut past the server's own checks.
 */

/** What one HTTP exchange ended in. `status` 0 means no HTTP answer (refused, reset, timeout). */
export type Exchange = {
	status: number;
	ms: number;
	/** Retry-After in seconds, when the server sent one. */
	retryAfter: number | null;
	contentType: string;
	body: string;
	/** The transport error when status is 0. */
	error?: string;
};

export type Ballot = {
	roundId: string;
	departmentId: string;
	/** The ballot token as the cookie carries it (round.department.nonce.mac). */
	token: string;
	/** Every cookie the survey set (ballot and language), as a Cookie header. */
	cookie: string;
};

export type SubmitOutcome =
	| 'recorded'
	| 'already_recorded'
	| 'round_closed'
	| 'no_ballot'
	| 'invalid'
	| 'unavailable'
	| 'server_error'
	| 'network'
	| 'unexpected';

/** The survey form as the page offers it: for each field, the values a respondent may pick. */
export type SurveyForm = {
	scales: Map<string, string[]>;
	ratings: Map<string, string[]>;
	comments: string[];
};

const REQUEST_TIMEOUT_MS = 30_000;
const ALREADY_RECORDED = [surveyStrings('en').alreadyRecorded, surveyStrings('es').alreadyRecorded];

function decodeEntities(html: string): string {
	return html
		.replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
		.replace(/&quot;/g, '"')
		.replace(/&#39;|&apos;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');
}

function attribute(tag: string, name: string): string | null {
	const match = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
	return match ? decodeEntities(match[1]) : null;
}

/** Reads the fields of a survey page: radio groups for scales and ratings, comment boxes. */
export function parseSurveyForm(html: string): SurveyForm {
	const form: SurveyForm = { scales: new Map(), ratings: new Map(), comments: [] };
	for (const [tag] of html.matchAll(/<input\b[^>]*>/g)) {
		const name = attribute(tag, 'name');
		const value = attribute(tag, 'value');
		if (attribute(tag, 'type') !== 'radio' || !name || value === null) continue;
		const group = name.startsWith('q_')
			? form.scales
			: name.startsWith('isr_')
				? form.ratings
				: null;
		if (!group) continue;
		group.set(name, [...(group.get(name) ?? []), value]);
	}
	for (const [tag] of html.matchAll(/<textarea\b[^>]*>/g)) {
		const name = attribute(tag, 'name');
		if (name?.startsWith('c_')) form.comments.push(name);
	}
	return form;
}

/** A small seeded generator, so that a run can be repeated. */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0 || 1;
	return () => {
		state ^= state << 13;
		state ^= state >>> 17;
		state ^= state << 5;
		return (state >>> 0) / 2 ** 32;
	};
}

/** Answers like a person would: most statements, a few departments rated, now and then a comment. */
export function answersFor(form: SurveyForm, random: () => number): [string, string][] {
	const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
	const fields: [string, string][] = [];
	for (const [name, values] of form.scales) {
		if (random() < 0.95) fields.push([name, pick(values)]);
	}
	const ratings = [...form.ratings.keys()];
	for (let i = 0; i < 3 && ratings.length > 0; i++) {
		const name = ratings.splice(Math.floor(random() * ratings.length), 1)[0];
		const values = form.ratings.get(name)!.filter((v) => v !== '');
		fields.push([name, pick(values)]);
		if (random() < 0.3) fields.push([`isr_reasons_${name.slice(4)}`, 'responsive']);
	}
	for (const name of form.comments) {
		if (random() < 0.2) fields.push([name, 'More time for customers, please.']);
	}
	return fields;
}

function cookiesFrom(response: Response): Map<string, string> {
	const cookies = new Map<string, string>();
	for (const line of response.headers.getSetCookie()) {
		const [pair] = line.split(';');
		const at = pair.indexOf('=');
		if (at > 0) cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
	}
	return cookies;
}

export function outcomeOf(exchange: Exchange): SubmitOutcome {
	const { status, body } = exchange;
	if (status === 0) return 'network';
	if (status === 503) return 'unavailable';
	if (status >= 500) return 'server_error';
	if (status === 409) return 'round_closed';
	if (status === 403) return 'no_ballot';
	if (status === 400) return 'invalid';
	if (status !== 200 || !body.includes('id="thanks"')) return 'unexpected';
	const text = decodeEntities(body);
	return ALREADY_RECORDED.some((s) => text.includes(s)) ? 'already_recorded' : 'recorded';
}

export class SurveyClient {
	constructor(readonly baseURL: string) {}

	/** One request; never throws: a transport failure is status 0. */
	async request(
		path: string,
		init: { method?: string; headers?: Record<string, string>; body?: string } = {}
	): Promise<Exchange & { response: Response | null }> {
		const started = performance.now();
		try {
			const response = await fetch(`${this.baseURL}${path}`, {
				method: init.method ?? 'GET',
				headers: init.headers,
				body: init.body,
				redirect: 'manual',
				signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS)
			});
			const body = await response.text();
			const retryAfter = response.headers.get('retry-after');
			return {
				status: response.status,
				ms: performance.now() - started,
				retryAfter: retryAfter === null ? null : Number(retryAfter),
				contentType: response.headers.get('content-type') ?? '',
				body,
				response
			};
		} catch (err) {
			return {
				status: 0,
				ms: performance.now() - started,
				retryAfter: null,
				contentType: '',
				body: '',
				error: err instanceof Error ? `${err.message} ${String(err.cause ?? '')}` : String(err),
				response: null
			};
		}
	}

	/** A form post as a browser sends it (same origin, urlencoded). */
	post(path: string, fields: [string, string][], cookie = ''): ReturnType<SurveyClient['request']> {
		return this.request(path, {
			method: 'POST',
			headers: {
				'content-type': 'application/x-www-form-urlencoded',
				accept: 'text/html',
				origin: this.baseURL,
				...(cookie ? { cookie } : {})
			},
			body: new URLSearchParams(fields).toString()
		});
	}

	/**
	 * Presses Start on an invitation link (`/s/<token>`): the server marks the invitation opened
	 * and sets the ballot cookie. Returns the ballot, or the exchange when none was handed out.
	 */
	async startBallot(linkPath: string): Promise<{ ballot: Ballot | null; exchange: Exchange }> {
		const exchange = await this.post(`${linkPath}?/start`, []);
		const cookies = exchange.response ? cookiesFrom(exchange.response) : new Map();
		const token = [...cookies].find(([name]) => name.endsWith('rapport_ballot'))?.[1];
		if (exchange.status !== 303 || !token) return { ballot: null, exchange };
		const [roundId, departmentId] = token.split('.');
		const cookie = [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');
		return { ballot: { roundId, departmentId, token, cookie }, exchange };
	}

	/** Loads the survey page the ballot opens and reads its form. */
	async loadSurvey(ballot: Ballot): Promise<{ form: SurveyForm | null; exchange: Exchange }> {
		const exchange = await this.request(`/survey/${ballot.roundId}`, {
			headers: { cookie: ballot.cookie, accept: 'text/html' }
		});
		const form = exchange.status === 200 ? parseSurveyForm(exchange.body) : null;
		return { form: form && form.scales.size > 0 ? form : null, exchange };
	}

	/** Sends the survey form; the outcome is read from the page the server answers with. */
	async submit(
		ballot: Ballot,
		fields: [string, string][]
	): Promise<{ outcome: SubmitOutcome; exchange: Exchange }> {
		const exchange = await this.post(`/survey/${ballot.roundId}?/submit`, fields, ballot.cookie);
		return { outcome: outcomeOf(exchange), exchange };
	}

	/** Signs in through the login form; returns the session cookie. */
	async signIn(email: string, password: string): Promise<string> {
		const exchange = await this.post('/login', [
			['email', email],
			['password', password]
		]);
		const cookies = exchange.response ? cookiesFrom(exchange.response) : new Map();
		const session = [...cookies].find(([name]) => name.endsWith('rapport_session'));
		if (exchange.status !== 303 || !session) {
			throw new Error(
				`sign-in as ${email} failed: ${exchange.status} ${exchange.body.slice(0, 300)}`
			);
		}
		return `${session[0]}=${session[1]}`;
	}
}

/** Runs `work` over `items` with at most `concurrency` in flight, like that many clients. */
export async function runConcurrently<T>(
	items: readonly T[],
	concurrency: number,
	work: (item: T, index: number) => Promise<void>
): Promise<void> {
	let next = 0;
	const client = async () => {
		while (next < items.length) {
			const index = next++;
			await work(items[index], index);
		}
	};
	await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, client));
}

/** Percentile (0–100) of a list of numbers, nearest rank. */
export function percentile(values: readonly number[], p: number): number {
	if (values.length === 0) return NaN;
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
