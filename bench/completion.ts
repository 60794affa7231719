// Full survey completions as a browser without JavaScript makes them: open the invitation link,
// press Start (a 303 to the survey), load the survey, tick the departments depended on (the
// answer is the rating page), send the answers. Five requests per person since the survey asks
// for the departments first; four when nobody is ticked. The same five steps against the bare
// node:http + pg server, in the same run, at 1, 10 and 20 clients.
import { request, postForm } from './http';
import { inParallel, percentiles, type Percentiles } from './stats';
import { cpuMsOf } from './server';
import { ms, p50p99, ratioOf, type Row } from './table';
import type { LiveRound } from './submit';

export type CompletionRun = {
	clients: number;
	completions: number;
	perSecond: number;
	/** The wall time of the run, and each completion's time, in ms. */
	wallMs: number;
	latencies: number[];
	latency: Percentiles;
	/** The server's CPU time (user and system) per completion, in ms. */
	cpuMs: number;
	failures: number;
	/** What went wrong (`answers: 400 …`), and how many times. */
	problems: Map<string, number>;
};

export type CompletionPaths = {
	invitation: (token: string) => string;
	start: (token: string) => string;
	submit: (roundId: string) => string;
};

export const APP_PATHS: CompletionPaths = {
	invitation: (token) => `/s/${token}`,
	start: (token) => `/s/${token}?/start`,
	submit: (roundId) => `/survey/${roundId}?/submit`
};

export const BARE_PATHS: CompletionPaths = {
	invitation: (token) => `/s/${token}`,
	start: (token) => `/s/${token}/start`,
	submit: (roundId) => `/survey/${roundId}/submit`
};

/** Clients and completions at each level; quick runs are shorter. */
export function completionLevels(quick: boolean): { clients: number; people: number }[] {
	return quick
		? [
				{ clients: 1, people: 40 },
				{ clients: 10, people: 150 },
				{ clients: 20, people: 150 }
			]
		: [
				{ clients: 1, people: 150 },
				{ clients: 10, people: 600 },
				{ clients: 20, people: 600 }
			];
}

/**
 * Completions each server runs before any level is measured. A server that has been up for a
 * while runs its survey optimised by V8; one just started spends its first thousand or so
 * completions compiling. Measured (2026-12-04, chunks of 200 at 10 clients), the app's CPU per
 * completion falls from about 6 ms over its first 200 to about 2 ms after 1,000, the bare
 * server's from 2.3 to 0.7 ms: with a warm-up of 30, the levels measured mostly that. Quick runs
 * keep a short one.
 */
export function completionWarmUp(quick: boolean): number {
	return quick ? 30 : 1000;
}

/** The departments a filled-in form rates: the choice of the first step. */
function twoSteps(form: string) {
	const all = new URLSearchParams(form);
	const chosen = [...all.keys()]
		.filter((k) => k.startsWith('isr_') && !/^isr_(reasons|comment)_/.test(k))
		.map((k) => k.slice(4));
	const first = new URLSearchParams(
		[...all].filter(([k]) => !k.startsWith('isr_')).concat(chosen.map((id) => ['chosen', id]))
	);
	const second = new URLSearchParams([
		...all,
		...chosen.map((id) => ['chosen', id]),
		['rated', '1']
	]);
	return { first: first.toString(), second: second.toString() };
}

const cookiePairs = (setCookie: string[] | undefined) =>
	(setCookie ?? []).map((c) => c.split(';')[0]).join('; ');

/**
 * One person's way from the invitation link to the thank-you page: null when it got there, else
 * the step that went wrong.
 */
async function complete(
	base: string,
	paths: CompletionPaths,
	round: LiveRound,
	link: LiveRound['links'][number],
	i: number
): Promise<string | null> {
	const html = { accept: 'text/html' };
	const invitation = await request(base + paths.invitation(link.token), { headers: html });
	if (invitation.status !== 200) return `invitation page: ${invitation.status}`;
	const start = await postForm(base + paths.start(link.token), base, '');
	const cookie = cookiePairs(start.headers['set-cookie']);
	const location = start.headers.location;
	if (start.status !== 303 || !location || !cookie.includes('ballot=')) {
		return `start: ${start.status} ${location ?? ''}`;
	}
	const survey = await request(new URL(location, base).href, { headers: { ...html, cookie } });
	if (survey.status !== 200) return `survey page: ${survey.status}`;
	const { first, second } = twoSteps(round.form(link.departmentId, i));
	const submit = base + paths.submit(round.id);
	const rating = await postForm(submit, base, first, cookie);
	if (rating.status !== 200) return `choice: ${rating.status}`;
	const thanks = await postForm(submit, base, second, cookie);
	// A fifth of the bench's people read the survey in Spanish.
	const page = thanks.body.toString();
	if (thanks.status === 200 && /Thank you|Gracias/.test(page)) return null;
	const heading = /<h1[^>]*>([^<]*)/.exec(page)?.[1] ?? '';
	return `answers: ${thanks.status} ${heading.trim()}`;
}

/** Completes the survey for each link, `clients` people at a time, against the server `pid`. */
export async function runCompletions(
	base: string,
	pid: number,
	paths: CompletionPaths,
	round: LiveRound,
	links: LiveRound['links'],
	clients: number
): Promise<CompletionRun> {
	const latencies: number[] = [];
	let failures = 0;
	const problems = new Map<string, number>();
	const people = links.map((link, i) => ({ link, i }));
	const cpuBefore = cpuMsOf(pid);
	const wall = await inParallel(people, clients, async ({ link, i }) => {
		const started = performance.now();
		const problem = await complete(base, paths, round, link, i).catch((err: Error) => `${err}`);
		latencies.push(performance.now() - started);
		if (problem) {
			failures++;
			problems.set(problem, (problems.get(problem) ?? 0) + 1);
		}
	});
	return {
		clients,
		completions: links.length,
		perSecond: (links.length / wall) * 1000,
		wallMs: wall,
		latencies,
		latency: percentiles(latencies),
		cpuMs: (cpuMsOf(pid) - cpuBefore) / links.length,
		failures,
		problems
	};
}

/** What went wrong in a run, most common first: `12 × answers: 400 …`. */
export function problemLines(run: CompletionRun): string[] {
	return [...run.problems]
		.sort((a, b) => b[1] - a[1])
		.map(([problem, count]) => `${count} × ${problem}`);
}

/** The servers' CPU per completion over several runs, each weighed by its completions. */
const cpuPerCompletion = (runs: CompletionRun[]) =>
	runs.reduce((sum, r) => sum + r.cpuMs * r.completions, 0) /
	runs.reduce((sum, r) => sum + r.completions, 0);

/** Parts of one level run one after the other, as one run. */
export function mergeRuns(parts: CompletionRun[]): CompletionRun {
	const completions = parts.reduce((sum, r) => sum + r.completions, 0);
	const wallMs = parts.reduce((sum, r) => sum + r.wallMs, 0);
	const latencies = parts.flatMap((r) => r.latencies);
	const problems = new Map<string, number>();
	for (const [problem, count] of parts.flatMap((r) => [...r.problems])) {
		problems.set(problem, (problems.get(problem) ?? 0) + count);
	}
	return {
		clients: parts[0].clients,
		completions,
		perSecond: (completions / wallMs) * 1000,
		wallMs,
		latencies,
		latency: percentiles(latencies),
		cpuMs: cpuPerCompletion(parts),
		failures: parts.reduce((sum, r) => sum + r.failures, 0),
		problems
	};
}

/**
 * Each level is run in this many parts, the app's and the bare server's in turn (app first, then
 * bare first, and so on), and its ratio is the median of the parts' ratios: the machine's speed
 * drifts and stalls over seconds, and one part caught by a stall then moves the ratio little.
 */
export const COMPLETION_PARTS = 3;

// Measured before this change (issue 21): about 100 full completions a second at 10 and 20
// clients, 40 at one client, four requests each.
const BEFORE_PER_SECOND: Record<number, number> = { 1: 40, 10: 100, 20: 100 };

export function completionRows(
	app: CompletionRun[],
	bare: CompletionRun[],
	/** Per level, the ratio of each of its parts (app over bare). */
	partRatios: number[][]
): Row[] {
	const levels = app.map((run, level) => {
		const baseline = bare[level];
		// The median of the parts' ratios (their p50: the middle one of an odd number).
		const ratio = percentiles(partRatios[level]).p50;
		const before = BEFORE_PER_SECOND[run.clients];
		const failed = (r: CompletionRun) =>
			r.failures ? ` (**${r.failures} of ${r.completions} failed**)` : '';
		return {
			measure: `Full survey completions (link, Start, survey, choice, answers: 5 requests), ${run.clients} client${run.clients === 1 ? '' : 's'}`,
			rapport: `${run.perSecond.toFixed(0)} /s, ${p50p99(run.latency)}${failed(run)}`,
			baseline: `bare node:http + pg, same steps: ${baseline.perSecond.toFixed(0)} /s, ${p50p99(baseline.latency)}${failed(baseline)}; ratio of each part ${partRatios[level].map((r) => r.toFixed(2)).join(' / ')}; before: ~${before} /s`,
			ratio,
			target: `≥ 0.5×, ≥ ${2 * before} /s`,
			met: ratio >= 0.5 && run.perSecond >= 2 * before && run.failures === 0
		};
	});
	// The server's own CPU over every level. At many clients on a quiet machine the app is held
	// by its CPU and the bare server by the database and the clients, so this ratio, which moves
	// little with the machine's load, says what the throughput ratio there will tend to.
	const appCpu = cpuPerCompletion(app);
	const bareCpu = cpuPerCompletion(bare);
	return [
		...levels,
		{
			measure: 'Full survey completions: server CPU per completion, all levels',
			rapport: `${ms(appCpu)} ms`,
			baseline: `${ms(bareCpu)} ms`,
			ratio: ratioOf(bareCpu, appCpu),
			target: '—',
			met: null
		}
	];
}
