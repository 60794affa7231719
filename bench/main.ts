// npm run bench [-- --quick | --generate | --only submit,completion,reads,export,page,start | --people N …]
// Generates (or reuses) the company-scale dataset, then measures the built server next to a
// baseline in the same run and writes the table to bench/results/latest.md (small.md for other
// sizes).
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { startRows, timeColdStarts } from './cold-start';
import {
	APP_PATHS,
	BARE_PATHS,
	completionWarmUp,
	COMPLETION_PARTS,
	mergeRuns,
	problemLines,
	completionLevels,
	completionRows,
	runCompletions,
	type CompletionPaths,
	type CompletionRun
} from './completion';
import { timeExport } from './export';
import { ensureDataset } from './generate';
import { benchOptions } from './options';
import { measureSurveyPage, pageRows, timeTtfb } from './page';
import { hrSession, readRows, timeRawReads, timeServerReads } from './reads';
import {
	benchSecret,
	cpuMsOf,
	profileArgs,
	root,
	startApp,
	startProcess,
	type RunningServer
} from './server';
import {
	ballotCookies,
	openLiveRound,
	removeLiveRounds,
	startFromLinks,
	storedInRound,
	submitAll,
	submitRows,
	timeClose
} from './submit';
import { markdownTable, ms, type Row } from './table';

const WARM_UP = 100;
const options = benchOptions(process.argv.slice(2));
const want = (section: Parameters<typeof options.only.has>[0]) => options.only.has(section);
const load = () =>
	loadavg()
		.map((l) => l.toFixed(2))
		.join(', ');
const say = (line: string) => console.log(`bench: ${line}`);

const dataset = await ensureDataset(options);
say(
	dataset.generatedIn === null
		? `reusing the dataset in ${dataset.url}`
		: `dataset generated in ${dataset.generatedIn.toFixed(0)} s`
);
if (options.generateOnly) {
	await dataset.db.destroy();
	process.exit(0);
}
const { db } = dataset;
const loadBefore = load();
const started = performance.now();
const rows: Row[] = [];
const notes: string[] = [];

// The app: the dashboards, then submits through the invitation link and the survey form, the
// survey page, and the export.
const app = await startApp('app', { DATABASE_URL: dataset.url });
say(`server up in ${ms(app.readyIn)} ms`);
// The dashboards first, with the plain SQL aggregates right after them: both on the same quiet
// database. Measured after the survey sections, the app's reads paid for the thousands of rows
// those had just written (autovacuum, checkpoints, a busy disk) while the aggregates, run at the
// end, did not.
const session = await hrSession(db);
let reads = null;
if (want('reads')) {
	say('company view and team health');
	const server = await timeServerReads(
		app.base,
		session,
		dataset.rounds,
		dataset.departments,
		options.reads
	);
	say('plain SQL aggregates over the raw answers');
	const raw = await timeRawReads(db, dataset.rounds, dataset.departments, options.quick ? 5 : 9);
	reads = { server, raw };
}

const levels = completionLevels(options.quick);
const warmUpPeople = completionWarmUp(options.quick);
const completers = want('completion')
	? warmUpPeople + levels.reduce((sum, level) => sum + level.people, 0)
	: 0;
const round = await openLiveRound(
	db,
	(want('submit') ? WARM_UP + options.submits + 1 : 1) + 2 * completers
);
// Links of their own for the full completions, half for the app and half for the bare server.
const completionLinks = round.links.splice(round.links.length - 2 * completers);
const secret = benchSecret;
say(`starting ${round.links.length} surveys from their links`);
const issueStart = performance.now();
const [pageCookie, ...submitCookies] = await startFromLinks(app.base, round.links, options.clients);
const issueRate = (round.links.length / (performance.now() - issueStart)) * 1000;
const page = await measureSurveyPage(app.base, round.id, pageCookie, options.quick ? 30 : 100);

// The bare node:http + pg handler: the same statements, and the survey page's bytes from memory.
// Up beside the app, so that each of their runs follows the other's on the same machine and
// database: the machine's speed drifts over a run, and a comparison minutes apart would show it.
say('the bare node:http + pg baseline');
const pageFile = join(tmpdir(), `rapport-bench-page-${process.pid}.html`);
writeFileSync(pageFile, page.html);
const bareArgs = [...profileArgs(), '--import', 'tsx', join(root, 'bench/bare-server.ts')];
const bare = await startProcess('bare', bareArgs, {
	DATABASE_URL: dataset.url,
	BENCH_BALLOT_SECRET: secret,
	BENCH_PAGE_FILE: pageFile
});

const expected = options.submits;
const runSubmits = async (server: RunningServer, url: string, cookies: string[]) => {
	await submitAll(url, server.base, round, cookies.slice(0, WARM_UP), options.clients);
	const before = await storedInRound(db, round.id);
	const cpuBefore = cpuMsOf(server.pid);
	const run = await submitAll(
		url,
		server.base,
		round,
		cookies.slice(WARM_UP),
		options.clients,
		WARM_UP
	);
	const cpuMs = (cpuMsOf(server.pid) - cpuBefore) / expected;
	return { ...run, cpuMs, stored: (await storedInRound(db, round.id)) - before };
};
let appSubmit = null;
if (want('submit')) {
	say(`submitting ${expected} surveys, ${options.clients} clients, to the app and the bare server`);
	appSubmit = await runSubmits(app, `${app.base}/survey/${round.id}?/submit`, submitCookies);
	const ballots = ballotCookies(secret, round, round.links.slice(0, WARM_UP + expected));
	const bareSubmit = await runSubmits(bare, `${bare.base}/submit`, ballots);
	rows.push(...submitRows(options.clients, expected, appSubmit, bareSubmit));
	if (appSubmit.failures) notes.push(`${appSubmit.failures} submits were not answered 200.`);
}
if (want('completion')) {
	say(
		`full survey completions at ${levels.map((l) => l.clients).join(', ')} clients, app and bare in turn`
	);
	// People of their own for each server: a warm-up, then each level in turn, app then bare.
	const appLinks = completionLinks.slice(0, completers);
	const bareLinks = completionLinks.slice(completers);
	const warmUp = (server: RunningServer, paths: CompletionPaths, links: typeof round.links) =>
		runCompletions(server.base, server.pid, paths, round, links.slice(0, warmUpPeople), 10);
	await warmUp(app, APP_PATHS, appLinks);
	await warmUp(bare, BARE_PATHS, bareLinks);
	const appRuns: CompletionRun[] = [];
	const bareRuns: CompletionRun[] = [];
	const partRatios: number[][] = [];
	let from = warmUpPeople;
	for (const level of levels) {
		const appParts: CompletionRun[] = [];
		const bareParts: CompletionRun[] = [];
		const size = Math.ceil(level.people / COMPLETION_PARTS);
		const end = from + level.people;
		for (let part = 0; part < COMPLETION_PARTS; part++) {
			const partFrom = from + part * size;
			const partTo = Math.min(partFrom + size, end);
			const servers = [
				[app, APP_PATHS, appLinks, appParts],
				[bare, BARE_PATHS, bareLinks, bareParts]
			] as const;
			for (const [server, paths, links, parts] of part % 2 ? [...servers].reverse() : servers) {
				const people = links.slice(partFrom, partTo);
				const run = await runCompletions(
					server.base,
					server.pid,
					paths,
					round,
					people,
					level.clients
				);
				if (run.problems.size) {
					say(`${server.base}, ${level.clients} clients: ${problemLines(run).join('; ')}`);
				}
				parts.push(run);
			}
		}
		from = end;
		appRuns.push(mergeRuns(appParts));
		bareRuns.push(mergeRuns(bareParts));
		partRatios.push(appParts.map((run, part) => run.perSecond / bareParts[part].perSecond));
	}
	rows.push(...completionRows(appRuns, bareRuns, partRatios));
}
await app.stop();
let csv = null;
if (want('export')) {
	// A server of its own, so that its memory is the export's, not the dashboards' caches.
	const exporter = await startApp('app-export', { DATABASE_URL: dataset.url });
	csv = await timeExport(exporter, session, dataset.url, say);
	await exporter.stop();
}
const bareTtfb = await timeTtfb(`${bare.base}/page`, '', options.quick ? 30 : 100);
await bare.stop();
const respondents = await storedInRound(db, round.id);
const closeMs = await timeClose(db, round.id);
await removeLiveRounds(db);

if (reads) rows.push(...readRows(reads.server, reads.raw));
if (csv) {
	rows.push(csv.row);
	if (csv.note) notes.push(csv.note);
}
if (want('page')) rows.push(...pageRows(page, bareTtfb));
if (appSubmit) {
	rows.push({
		measure: 'Start a survey from its invitation link (issues the ballot)',
		rapport: `${issueRate.toFixed(0)} /s at ${options.clients} clients`,
		baseline: '—',
		ratio: null,
		target: '',
		met: null
	});
	rows.push({
		measure: `Closing a round of ${respondents.toLocaleString('en')} respondents (its rollups)`,
		rapport: `${ms(closeMs)} ms`,
		baseline: '—',
		ratio: null,
		target: '',
		met: null
	});
}
if (want('start')) {
	say('cold starts');
	rows.push(...startRows(await timeColdStarts(dataset.url)));
}

const facts = await sql<{ version: string; people: number; answers: number }>`
	select current_setting('server_version') as version, (select count(*) from people)::int as people,
		(select count(*) from answers)::int as answers`.execute(db);
await db.destroy();
const { version, people, answers } = facts.rows[0];
const header = [
	`# Rapport benchmarks`,
	'',
	`${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC · ${cpus().length} × ${cpus()[0]?.model.trim()} · Node ${process.version} · PostgreSQL ${version}`,
	'',
	`Dataset: ${people.toLocaleString('en')} people, ${dataset.departments.length} departments on 4 levels, ${dataset.rounds.length} closed rounds at about 70% participation, ${answers.toLocaleString('en')} answers; external metrics ${dataset.externalMetrics === 'included' ? 'included' : 'not in this schema yet'}. ${dataset.generatedIn === null ? 'Reused from an earlier run.' : `Generated in ${dataset.generatedIn.toFixed(0)} s.`}`,
	'',
	`Load average (1, 5, 15 min): ${loadBefore} before, ${load()} after; measuring took ${((performance.now() - started) / 1000).toFixed(0)} s.`,
	'',
	"Ratio: Rapport's speed relative to the baseline measured in the same run (throughput ÷ baseline throughput, or baseline time ÷ Rapport's time): higher is better, 1× is as fast.",
	''
].join('\n');
const table = markdownTable(rows);
console.log(`\n${table}`);
for (const note of notes) console.log(note);
mkdirSync(join(root, 'bench/results'), { recursive: true });
const file = options.full ? 'latest.md' : 'small.md';
writeFileSync(
	join(root, 'bench/results', file),
	[header, table, ...notes.map((n) => `${n}\n`)].join('\n')
);
say(`written to bench/results/${file}`);
