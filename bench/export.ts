// The full CSV export (the trend figures of every round for the whole company) as HR downloads
// it from the API, next to PostgreSQL's own COPY of the published cells the export is made of.
import { spawn } from 'node:child_process';
import http from 'node:http';
import { resetPeakRss, rssOf, type RunningServer } from './server';
import { ms, ratioOf, type Row } from './table';

const TARGET = '< 250 MB, ≥ 0.5×';

// The export's rows: per round, participation and each measure for every group, internal NPS
// per provider, as the gate published them (shown cells with their statistics, hidden ones with
// their reason), with the round's dates and the department's code and name.
const PUBLISHED_ROWS = `
	select r.id, r.opens_at::date, r.closes_at::date, c.part, c.measure, c.cell_key, d.code, d.name,
		c.n, c.stat, c.reason
	from published_cells c
	join pulse_rounds r on r.id = c.round_id
	left join departments d on d.id::text = coalesce(
		nullif(split_part(split_part(c.cell_key, '|', 1), ':', 2), ''), split_part(c.cell_key, '|', 2))
	where c.part in ('participation', 'scores') or (c.part = 'service' and c.cell_key like 'company|%')`;

type Download = { status: number; bytes: number; lines: number; ms: number };

/** Streams a response to its end, counting bytes and lines, keeping none of it. */
function download(url: string, cookie: string): Promise<Download> {
	return new Promise((resolveDownload, reject) => {
		const started = performance.now();
		http
			.get(url, { headers: { cookie } }, (res) => {
				let bytes = 0;
				let lines = 0;
				res.on('data', (chunk: Buffer) => {
					bytes += chunk.length;
					for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) lines++;
				});
				res.on('end', () =>
					resolveDownload({
						status: res.statusCode ?? 0,
						bytes,
						lines,
						ms: performance.now() - started
					})
				);
				res.on('error', reject);
			})
			.on('error', reject);
	});
}

/** `COPY (…) TO STDOUT` through psql, counted the same way. */
function copyOut(databaseUrl: string, query: string): Promise<Download> {
	return new Promise((resolveCopy, reject) => {
		const started = performance.now();
		const psql = spawn(
			'psql',
			[
				'-X',
				'-q',
				'-v',
				'ON_ERROR_STOP=1',
				'-d',
				databaseUrl,
				'-c',
				`copy (${query}) to stdout with csv header`
			],
			{
				stdio: ['ignore', 'pipe', 'inherit']
			}
		);
		let bytes = 0;
		let lines = 0;
		psql.stdout.on('data', (chunk: Buffer) => {
			bytes += chunk.length;
			for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) lines++;
		});
		psql.on('error', reject);
		psql.on('exit', (code) =>
			code === 0
				? resolveCopy({ status: 200, bytes, lines, ms: performance.now() - started })
				: reject(new Error(`psql exited with ${code}`))
		);
	});
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

const RUNS = 3;

const median = (runs: readonly Download[]) =>
	[...runs].sort((a, b) => a.ms - b.ms)[runs.length >> 1];

export async function timeExport(
	app: RunningServer,
	session: string,
	databaseUrl: string,
	say: (line: string) => void
): Promise<{ row: Row; note?: string }> {
	const url = `${app.base}/api/v1/exports/trends.csv`;
	const row = { measure: 'Full CSV export: time, peak RSS', target: TARGET };
	const idle = rssOf(app.pid);
	resetPeakRss(app.pid);
	say('the full CSV export');
	// The first download after the start also loads the export's modules and warms the
	// server up; it is reported on its own. The export and COPY are then timed three times each,
	// alternately, and their medians compared.
	const cold = await download(url, session);
	if (cold.status === 404 && cold.bytes < 2000) {
		return {
			row: { ...row, rapport: 'not built', baseline: '`COPY … TO STDOUT`', ratio: null, met: null },
			note: 'The CSV export (`GET /api/v1/exports/trends.csv`) is not in this build, so its row is empty.'
		};
	}
	if (cold.status !== 200) throw new Error(`${url}: ${cold.status}`);
	const firstPeak = rssOf(app.pid)?.peak ?? NaN;
	const downloads: Download[] = [];
	const copies: Download[] = [];
	for (let run = 0; run < RUNS; run++) {
		const csv = await download(url, session);
		if (csv.status !== 200) throw new Error(`${url}: ${csv.status}`);
		downloads.push(csv);
		const copy = await copyOut(databaseUrl, PUBLISHED_ROWS).catch(() => null);
		if (copy) copies.push(copy);
	}
	// Memory the first export takes a fresh server to, and the most it reached over all four: the
	// heap grows between garbage collections, so later exports can peak higher.
	const peak = rssOf(app.pid)?.peak ?? NaN;
	const csv = median(downloads);
	const copy = copies.length === RUNS ? median(copies) : null;
	const ratio = copy ? ratioOf(copy.ms, csv.ms) : null;
	return {
		row: {
			...row,
			rapport: `${ms(csv.ms)} ms for ${csv.lines.toLocaleString('en')} lines (${mb(csv.bytes)}), median of ${RUNS}; first download after the start ${ms(cold.ms)} ms; peak RSS ${firstPeak.toFixed(0)} MB (${idle ? idle.rss.toFixed(0) : '?'} MB before; ${peak.toFixed(0)} MB over ${RUNS + 1} exports)`,
			baseline: copy
				? `\`COPY … TO STDOUT\` of the published cells, through psql: ${ms(copy.ms)} ms for ${copy.lines.toLocaleString('en')} lines (${mb(copy.bytes)}), median of ${RUNS}`
				: '`COPY … TO STDOUT`: psql not found',
			ratio,
			met: firstPeak < 250 && ratio !== null && ratio >= 0.5
		}
	};
}
