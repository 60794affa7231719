// Dashboards at scale: the company view and team health as the server answers them (from the
// rollups, gated), next to a plain SQL aggregate over the raw answers computing the same figures.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../src/lib/server/db/schema';
import { createSession, generateSessionToken } from '../src/lib/server/auth/session';
import { request } from './http';
import { percentiles, timed, type Percentiles } from './stats';
import { p50p95, ratioOf, type Row } from './table';

export type ReadFigures = {
	companyFirst: Percentiles;
	healthFirst: Percentiles;
	company: Percentiles;
	health: Percentiles;
	/** The dashboard pages as HR opens them, when the build has them. */
	pages: {
		/** Each round's page a second time: the view made on its first is kept. */
		company: Percentiles;
		/** The first page of each round since the start (its tables were read by the API). */
		companyFirst: Percentiles;
		health: Percentiles;
		companyBytes: number;
	} | null;
};

const pick = <T>(list: readonly T[], i: number) => list[(i * 7919) % list.length];

export async function hrSession(db: Kysely<Database>): Promise<string> {
	const hr = await db
		.selectFrom('people')
		.select('id')
		.where('role', '=', 'hr')
		.executeTakeFirstOrThrow();
	const token = generateSessionToken();
	await createSession(db, token, hr.id);
	return `rapport_session=${token}`;
}

const api = {
	company: (round: string) => `/api/v1/org/heatmap?round=${round}`,
	health: (department: string, round: string) =>
		`/api/v1/departments/${department}/health?round=${round}`
};
const pagePaths = {
	company: (round: string) => `/company?round=${round}`,
	health: (department: string, round: string) => `/team/${department}?round=${round}`
};

/**
 * Reads through the server, one at a time: the read API's first read of each round, then `reads`
 * of each view; then the company and team pages, when the build has them.
 */
export async function timeServerReads(
	base: string,
	cookie: string,
	rounds: readonly string[],
	departments: readonly string[],
	reads: number
): Promise<ReadFigures> {
	const get = async (path: string) => {
		const reply = await request(base + path, { headers: { cookie } });
		if (reply.status !== 200) throw new Error(`${path}: ${reply.status} ${reply.body}`);
		return reply;
	};
	const time = async (path: string) => (await get(path)).total;
	const companyFirst: number[] = [];
	const healthFirst: number[] = [];
	for (const [i, round] of rounds.entries()) {
		companyFirst.push(await time(api.company(round)));
		// Health reads tables of its own (service, comments, driver impact): read each round once.
		healthFirst.push(await time(api.health(pick(departments, i + 5), round)));
	}
	const company: number[] = [];
	const health: number[] = [];
	for (let i = 0; i < reads; i++) {
		company.push(await time(api.company(pick(rounds, i))));
		health.push(await time(api.health(pick(departments, i + 11), pick(rounds, i + 3))));
	}
	let pages: ReadFigures['pages'] = null;
	if ((await request(`${base}/company`, { headers: { cookie } })).status === 200) {
		// Pages cost far more than the API; fewer reads keep the run short.
		const pageReads = Math.min(reads, 40);
		const companyFirstPage: number[] = [];
		const companyPage: number[] = [];
		const healthPage: number[] = [];
		let companyBytes = 0;
		for (let i = 0; i < pageReads; i++) {
			const reply = await get(pagePaths.company(pick(rounds, i)));
			companyFirstPage.push(reply.total);
			companyBytes = Math.max(companyBytes, reply.body.length);
			healthPage.push(await time(pagePaths.health(pick(departments, i + 11), pick(rounds, i + 3))));
		}
		// The same rounds again, as HR goes back and forth between them: each view is made once
		// per publication and kept (gate/round-tables.ts), as the API's are above.
		for (let i = 0; i < pageReads; i++) {
			companyPage.push(await time(pagePaths.company(pick(rounds, i))));
		}
		pages = {
			company: percentiles(companyPage),
			companyFirst: percentiles(companyFirstPage),
			health: percentiles(healthPage),
			companyBytes
		};
	}
	return {
		companyFirst: percentiles(companyFirst),
		healthFirst: percentiles(healthFirst),
		company: percentiles(company),
		health: percentiles(health),
		pages
	};
}

/** The company view's figures from raw answers: participation and every measure per group. */
function rawCompanyView(roundId: string) {
	const round = sql`${roundId}::uuid`;
	return sql`
		with r as (select id, department_id from responses where round_id = ${round}),
		groups as (
			select c.ancestor_id as g, c.descendant_id as d from department_closure c
			union all select id, id from departments
			union all select null, id from departments
		),
		invited as (
			select g, count(*) as n from invitations i join groups on groups.d = i.department_id
			where i.round_id = ${round} group by g
		),
		measured as (
			select g, coalesce(q.driver, q.key) as measure, count(*) as n, avg(a.value) as mean,
				count(*) filter (where q.kind = 'likert' and a.value >= 4) as favourable,
				count(*) filter (where q.kind = 'scale_0_10' and a.value >= 9) as promoters,
				count(*) filter (where q.kind = 'scale_0_10' and a.value <= 6) as detractors,
				count(distinct r.id) as respondents
			from r join answers a on a.response_id = r.id join questions q on q.id = a.question_id
			join groups on groups.d = r.department_id
			group by g, measure
		)
		select m.*, i.n as invited from measured m left join invited i on i.g is not distinct from m.g`;
}

/** One department's health from raw answers: measures this round and last, service, comments. */
function rawHealth(departmentId: string, roundId: string, previousId: string) {
	const department = sql`${departmentId}::uuid`;
	const rounds = sql`array[${roundId}::uuid, ${previousId}::uuid]`;
	return sql`
		with sub as (select descendant_id as d from department_closure where ancestor_id = ${department}),
		r as (select id, round_id from responses where round_id = any(${rounds}) and department_id in (select d from sub)),
		measures as (
			select r.round_id, coalesce(q.driver, q.key) as measure, count(*) as n, avg(a.value) as mean,
				count(*) filter (where q.kind = 'likert' and a.value >= 4) as favourable,
				count(*) filter (where q.kind = 'scale_0_10' and a.value >= 9) as promoters,
				count(*) filter (where q.kind = 'scale_0_10' and a.value <= 6) as detractors
			from r join answers a on a.response_id = r.id join questions q on q.id = a.question_id
			group by r.round_id, measure
		),
		invited as (
			select round_id, count(*) as n from invitations
			where round_id = any(${rounds}) and department_id in (select d from sub) group by round_id
		),
		received as (
			select s.provider_department_id, count(*) as n, avg(s.score) as mean
			from responses x join service_ratings s on s.response_id = x.id
			where x.round_id = ${roundId}::uuid and s.provider_department_id = ${department}
			group by 1
		),
		given as (
			select s.provider_department_id, count(*) as n, avg(s.score) as mean
			from r join service_ratings s on s.response_id = r.id
			where r.round_id = ${roundId}::uuid group by 1
		),
		said as (
			select count(*) as n from comments
			where round_id = ${roundId}::uuid and department_id in (select d from sub)
		)
		select 'measure' as part, to_jsonb(measures) as row from measures
		union all select 'invited', to_jsonb(invited) from invited
		union all select 'received', to_jsonb(received) from received
		union all select 'given', to_jsonb(given) from given
		union all select 'comments', to_jsonb(said) from said`;
}

export async function timeRawReads(
	db: Kysely<Database>,
	rounds: readonly string[],
	departments: readonly string[],
	samples: number
) {
	const company: number[] = [];
	const health: number[] = [];
	for (let i = 0; i < samples; i++) {
		const at = 1 + ((i * 7) % (rounds.length - 1));
		company.push((await timed(() => rawCompanyView(rounds[at]).execute(db)))[1]);
		const department = pick(departments, i + 11);
		health.push(
			(await timed(() => rawHealth(department, rounds[at], rounds[at - 1]).execute(db)))[1]
		);
	}
	return { company: percentiles(company), health: percentiles(health) };
}

export function readRows(
	server: ReadFigures,
	raw: Awaited<ReturnType<typeof timeRawReads>>
): Row[] {
	const target = 'p95 ≤ 50 ms, ≥ 20×';
	const meets = (p: Percentiles) => p.p95 <= 50 && raw.company.p50 / p.p50 >= 20;
	const companyRaw = `SQL aggregate over raw answers: ${p50p95(raw.company)}`;
	const healthRaw = `SQL aggregate over raw answers: ${p50p95(raw.health)}`;
	const rows: Row[] = [];
	if (server.pages) {
		rows.push(
			{
				measure: `Company view page (\`GET /company?round=…\`, ${(server.pages.companyBytes / 1024 / 1024).toFixed(1)} MB), any of the rounds`,
				rapport: p50p95(server.pages.company),
				baseline: companyRaw,
				ratio: ratioOf(raw.company.p50, server.pages.company.p50),
				target,
				met: meets(server.pages.company)
			},
			{
				measure: 'Company view page, first view of each round after start',
				rapport: p50p95(server.pages.companyFirst),
				baseline: companyRaw,
				ratio: ratioOf(raw.company.p50, server.pages.companyFirst.p50),
				target: '',
				met: null
			}
		);
	}
	rows.push(
		{
			measure: 'Company view data (`GET /api/v1/org/heatmap?round=…`), any of the rounds',
			rapport: p50p95(server.company),
			baseline: companyRaw,
			ratio: ratioOf(raw.company.p50, server.company.p50),
			target: server.pages ? '' : target,
			met: server.pages ? null : meets(server.company)
		},
		{
			measure: 'Company view data, first read of each round after start',
			rapport: p50p95(server.companyFirst),
			baseline: companyRaw,
			ratio: ratioOf(raw.company.p50, server.companyFirst.p50),
			target: '',
			met: null
		}
	);
	if (server.pages) {
		rows.push({
			measure: 'Team health page (`GET /team/{id}?round=…`)',
			rapport: p50p95(server.pages.health),
			baseline: healthRaw,
			ratio: ratioOf(raw.health.p50, server.pages.health.p50),
			target: '',
			met: null
		});
	}
	rows.push(
		{
			measure: 'Team health data (`GET /api/v1/departments/{id}/health?round=…`)',
			rapport: p50p95(server.health),
			baseline: healthRaw,
			ratio: ratioOf(raw.health.p50, server.health.p50),
			target: '',
			met: null
		},
		{
			measure: 'Team health data, first read of each round after start',
			rapport: p50p95(server.healthFirst),
			baseline: healthRaw,
			ratio: ratioOf(raw.health.p50, server.healthFirst.p50),
			target: '',
			met: null
		}
	);
	return rows;
}
