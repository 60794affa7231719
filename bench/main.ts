// npm run bench [-- --quick | --generate | --people N --rounds N --submits N]
// Generates (or reuses) the company-scale dataset, then measures the built server against a
// baseline in the same run and writes the table to bench/results/latest.md.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { rapportSecret } from '../src/lib/server/surveys/secret';
import { timeColdStarts } from './cold-start';
import { timeExport } from './export';
import { ensureDataset } from './generate';
import { benchOptions } from './options';
import { measureSurveyPage, timeTtfb } from './page';
import { hrSession, timeRawReads, timeServerReads } from './reads';
import { root, startApp, startProcess } from './server';
import {
	ballotCookies,
	openLiveRound,
	removeLiveRounds,
	startFromLinks,
	storedInRound,
	submitAll
} from './submit';
import { markdownTable, ms, p50p95, p50p99, ratioOf, type Row } from './table';

const WARM_UP = 100;
const options = benchOptions(process.argv.slice(2));
const load = () =>
	loadavg()
		.map((l) => l.toFixed(2))
		.join(', ');
const say = (line: string) => console.log(`bench: ${line}`);

const dataset = await ensureDataset(options);
if (dataset.generatedIn !== null) say(`dataset generated in ${dataset.generatedIn.toFixed(0)} s`);
else say(`reusing the dataset in ${dataset.url}`);
if (options.generateOnly) {
	await dataset.db.destroy();
	process.exit(0);
}
const { db } = dataset;
const loadBefore = load();
const started = performance.now();
const rows: Row[] = [];

const round = await openLiveRound(db, WARM_UP + options.submits + 1);
const app = await startApp('app', { DATABASE_URL: dataset.url });
const secret = await rapportSecret(db);
say(`server up in ${ms(app.readyIn)} ms; issuing ${round.links.length} ballots`);

const issueStart = performance.now();
const cookies = await startFromLinks(app.base, round.links, options.clients);
const issueRate = (cookies.length / (performance.now() - issueStart)) * 1000;
const [pageCookie, ...submitCookies] = cookies;
const submitUrl = `${app.base}/survey/${round.id}?/submit`;
await submitAll(submitUrl, app.base, round, submitCookies.slice(0, WARM_UP), options.clients);
say(`submitting ${options.submits} surveys, ${options.clients} clients`);
const appSubmit = await submitAll(
	submitUrl,
	app.base,
	round,
	submitCookies.slice(WARM_UP),
	options.clients,
	WARM_UP
);
const appStored = await storedInRound(db, round.id);

say('the survey page');
const page = await measureSurveyPage(app.base, round.id, pageCookie, options.quick ? 30 : 100);

say('company view and team health');
const session = await hrSession(db);
const reads = await timeServerReads(
	app.base,
	session,
	dataset.rounds,
	dataset.departments,
	options.reads
);
const csv = await timeExport(app, session, db, dataset.url);
await app.stop();

say('the bare node:http + pg baseline');
const pageFile = join(tmpdir(), `rapport-bench-page-${process.pid}.html`);
writeFileSync(pageFile, page.html);
const bare = await startProcess('bare', ['--import', 'tsx', join(root, 'bench/bare-server.ts')], {
	DATABASE_URL: dataset.url,
	BENCH_BALLOT_SECRET: secret,
	BENCH_PAGE_FILE: pageFile
});
const bareBallots = ballotCookies(secret, round, round.links.slice(0, WARM_UP + options.submits));
await submitAll(
	`${bare.base}/submit`,
	bare.base,
	round,
	bareBallots.slice(0, WARM_UP),
	options.clients
);
const bareSubmit = await submitAll(
	`${bare.base}/submit`,
	bare.base,
	round,
	bareBallots.slice(WARM_UP),
	options.clients,
	WARM_UP
);
const bareStored = (await storedInRound(db, round.id)) - appStored;
const bareTtfb = await timeTtfb(`${bare.base}/page`, '', options.quick ? 30 : 100);
await bare.stop();

say('plain SQL aggregates over the raw answers');
const raw = await timeRawReads(db, dataset.rounds, dataset.departments, options.quick ? 5 : 9);
say('cold starts');
const starts = await timeColdStarts(dataset.url);
await removeLiveRounds(db);

const expected = WARM_UP + options.submits;
const lost = (stored: number) =>
	stored === expected ? '' : ` (**${expected - stored} not stored**)`;
rows.push(
	{
		measure: `Survey submit, ${options.clients} clients: throughput`,
		rapport: `${appSubmit.throughput.toFixed(0)} /s${lost(appStored)}`,
		baseline: `bare node:http + pg, same statement: ${bareSubmit.throughput.toFixed(0)} /s${lost(bareStored)}`,
		ratio: appSubmit.throughput / bareSubmit.throughput,
		target: '≥ 0.6×',
		met: appSubmit.throughput / bareSubmit.throughput >= 0.6 && appStored === expected
	},
	{
		measure: `Survey submit, ${options.clients} clients: latency`,
		rapport: p50p99(appSubmit.latency),
		baseline: p50p99(bareSubmit.latency),
		ratio: ratioOf(bareSubmit.latency.p99, appSubmit.latency.p99),
		target: 'p99 ≤ 150 ms',
		met: appSubmit.latency.p99 <= 150
	},
	{
		measure: 'Company view (`GET /api/v1/org/heatmap`), any of the rounds',
		rapport: p50p95(reads.company),
		baseline: `SQL aggregate over raw answers: ${p50p95(raw.company)}`,
		ratio: ratioOf(raw.company.p50, reads.company.p50),
		target: 'p95 ≤ 50 ms, ≥ 20×',
		met: reads.company.p95 <= 50 && raw.company.p50 / reads.company.p50 >= 20
	},
	{
		measure: 'Company view, first read of each round after start',
		rapport: p50p95(reads.companyFirst),
		baseline: `the same aggregate: ${p50p95(raw.company)}`,
		ratio: ratioOf(raw.company.p50, reads.companyFirst.p50),
		target: '',
		met: null
	},
	{
		measure: 'Team health (`GET /api/v1/departments/{id}/health`)',
		rapport: p50p95(reads.health),
		baseline: `SQL aggregate over raw answers: ${p50p95(raw.health)}`,
		ratio: ratioOf(raw.health.p50, reads.health.p50),
		target: '',
		met: null
	},
	csv.row,
	{
		measure: 'Survey page: JavaScript, gzipped',
		rapport: `${(page.jsGzipBytes / 1024).toFixed(1)} KB (${page.scripts} scripts)`,
		baseline: 'budget: 40 KB',
		ratio: null,
		target: '≤ 40 KB',
		met: page.jsGzipBytes <= 40 * 1024
	},
	{
		measure: 'Survey page: time to first byte',
		rapport: p50p95(page.ttfb),
		baseline: `bare node:http, same bytes from memory: ${p50p95(bareTtfb)}`,
		ratio: ratioOf(bareTtfb.p50, page.ttfb.p50),
		target: '',
		met: null
	},
	{
		measure: 'Start from the invitation link (issues a ballot)',
		rapport: `${issueRate.toFixed(0)} /s at ${options.clients} clients`,
		baseline: '—',
		ratio: null,
		target: '',
		met: null
	},
	{
		measure: 'Embedded database (PGlite): first start, empty data directory',
		rapport: `${ms(starts.embeddedFirst)} ms`,
		baseline: `start against PostgreSQL: ${ms(starts.postgres)} ms`,
		ratio: ratioOf(starts.postgres, starts.embeddedFirst),
		target: '',
		met: null
	},
	{
		measure: 'Embedded database (PGlite): restart',
		rapport: `${ms(starts.embeddedRestart)} ms`,
		baseline: `start against PostgreSQL: ${ms(starts.postgres)} ms`,
		ratio: ratioOf(starts.postgres, starts.embeddedRestart),
		target: '',
		met: null
	}
);

const pgVersion = await sql<{ v: string }>`select current_setting('server_version') as v`.execute(
	db
);
const counts = await sql<{ people: number; answers: number }>`
	select (select count(*) from people)::int as people, (select count(*) from answers)::int as answers`.execute(
	db
);
await db.destroy();
const header = [
	`# Rapport benchmarks`,
	'',
	`${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC · ${cpus().length} × ${cpus()[0]?.model.trim()} · Node ${process.version} · PostgreSQL ${pgVersion.rows[0].v}`,
	'',
	`Dataset: ${counts.rows[0].people.toLocaleString('en')} people, ${dataset.departments.length} departments on 4 levels, ${dataset.rounds.length} closed rounds at about 70% participation, ${counts.rows[0].answers.toLocaleString('en')} answers; external metrics: ${dataset.externalMetrics === 'included' ? 'included' : 'not in this schema yet (no external_metrics table)'}. ${dataset.generatedIn === null ? 'Reused from an earlier run.' : `Generated in ${dataset.generatedIn.toFixed(0)} s.`}`,
	'',
	`Load average (1, 5, 15 min): ${loadBefore} before, ${load()} after; measuring took ${((performance.now() - started) / 1000).toFixed(0)} s.`,
	'',
	`Ratio: Rapport's speed relative to the baseline measured in the same run (throughput ÷ baseline throughput, or baseline time ÷ Rapport's time): higher is better, 1× is as fast.`,
	''
].join('\n');
const table = markdownTable(rows);
console.log('\n' + table);
mkdirSync(join(root, 'bench/results'), { recursive: true });
const file = options.full ? 'latest.md' : 'small.md';
writeFileSync(
	join(root, 'bench/results', file),
	`${header}\n${table}${csv.note ? `\n${csv.note}\n` : ''}`
);
say(`written to bench/results/${file}`);
