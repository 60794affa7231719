// The full CSV export (the trend figures of every round for the whole company) as HR downloads
// it from the API, next to PostgreSQL's own COPY of the rollup rows the export is made of.
import { spawn } from 'node:child_process';
import http from 'node:http';
import { resetPeakRss, rssOf, type RunningServer } from './server';
import { ms, ratioOf, type Row } from './table';

const TARGET = '< 250 MB, ≥ 0.5×';

// The export's rows: per round, participation and each measure for the company, every subtree
// and the own members of each department with sub-departments; internal NPS per provider.
const ROLLUP_ROWS = `
	select r.id, r.opens_at::date, r.closes_at::date, d.code, d.name, x.scope, x.measure,
		p.code, p.name, x.value, x.mean, x.n
	from (
		select round_id, scope, department_id, 'participation' as measure, null::uuid as provider,
			responded::float / nullif(invited, 0) as value, null::float as mean, invited as n
		from rollup_participation
		union all
		select round_id, scope, department_id, driver, null,
			case when cardinality(histogram) = 5
				then (histogram[4] + histogram[5])::float / nullif(answers, 0)
				else (histogram[10] + histogram[11] - histogram[1] - histogram[2] - histogram[3]
					- histogram[4] - histogram[5] - histogram[6] - histogram[7])::float / nullif(answers, 0) end,
			(select sum(v * (i - 1 + (cardinality(histogram) = 5)::int))::float / nullif(sum(v), 0)
				from unnest(histogram) with ordinality as h(v, i)),
			respondents
		from rollup_drivers
		union all
		select round_id, 'provider', provider_department_id, 'internal_nps_received', null,
			(histogram[10] + histogram[11] - histogram[1] - histogram[2] - histogram[3] - histogram[4]
				- histogram[5] - histogram[6] - histogram[7])::float / nullif(ratings, 0),
			(select sum(v * (i - 1))::float / nullif(sum(v), 0) from unnest(histogram) with ordinality as h(v, i)),
			respondents
		from rollup_service where scope = 'company' and provider_department_id is not null
	) x
	join pulse_rounds r on r.id = x.round_id
	left join departments d on d.id = x.department_id
	left join departments p on p.id = x.provider
	where x.scope <> 'direct' or exists (select 1 from departments c where c.parent_id = x.department_id)`;

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
	const csv = await download(url, session);
	if (csv.status === 404 && csv.bytes < 2000) {
		return {
			row: { ...row, rapport: 'not built', baseline: '`COPY … TO STDOUT`', ratio: null, met: null },
			note: 'The CSV export (`GET /api/v1/exports/trends.csv`) is not in this build, so its row is empty.'
		};
	}
	if (csv.status !== 200) throw new Error(`${url}: ${csv.status}`);
	const peak = rssOf(app.pid)?.peak ?? NaN;
	const copy = await copyOut(databaseUrl, ROLLUP_ROWS).catch(() => null);
	const ratio = copy ? ratioOf(copy.ms, csv.ms) : null;
	return {
		row: {
			...row,
			rapport: `${ms(csv.ms)} ms for ${csv.lines.toLocaleString('en')} lines (${mb(csv.bytes)}); peak RSS ${peak.toFixed(0)} MB (${idle ? idle.rss.toFixed(0) : '?'} MB before)`,
			baseline: copy
				? `\`COPY … TO STDOUT\` of the rollup rows, through psql: ${ms(copy.ms)} ms for ${copy.lines.toLocaleString('en')} lines (${mb(copy.bytes)})`
				: '`COPY … TO STDOUT`: psql not found',
			ratio,
			met: peak < 250 && ratio !== null && ratio >= 0.5
		}
	};
}
