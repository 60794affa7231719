// Company-scale data for the benchmarks, in a PostgreSQL database of its own:
//   npx tsx bench/generate.ts [--quick] [--people N] [--rounds N]
// An organisation of 10,000 people in 200 departments on 4 levels, 52 closed fortnightly rounds
// answered by about 70% (driver items, eNPS, internal service ratings with reasons, comments),
// rolled up as a close would, and monthly external metrics when that table exists. Rows are made
// by INSERT … SELECT in the database, so a full dataset takes a few minutes. A dataset with the
// same parameters is found and reused; another one in the same database is replaced.
import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import { openDatabase } from '../src/lib/server/db/connection';
import { migrateToLatest } from '../src/lib/server/db/migrate';
import type { Database } from '../src/lib/server/db/schema';
import { computeRollups } from '../src/lib/server/analytics/rollups';
import { createRoundPartitions } from '../src/lib/server/surveys/answer-storage';
import { benchOptions, type BenchOptions } from './options';
import { elapsedMs } from './stats';

export type Dataset = {
	db: Kysely<Database>;
	url: string;
	/** Closed rounds, oldest first. */
	rounds: string[];
	/** Every department, top level first. */
	departments: string[];
	/** Seconds spent generating in this run; null when an existing dataset was reused. */
	generatedIn: number | null;
	externalMetrics: 'included' | 'no table';
};

const DAY_MS = 86_400_000;
const LEVELS = [5, 20, 50, 125]; // 200 departments, 4 levels
const PEOPLE_ABOVE_TEAMS = [4, 6, 10]; // each division, area and group has a few people of its own
const DRIVERS = ['empowerment', 'internal_support', 'morale', 'recognition', 'workload'];

type Params = { people: number; rounds: number; participation: number; version: number };

/** Creates the database when missing; refuses to touch one that holds anything but a dataset. */
async function prepareDatabase(options: BenchOptions): Promise<void> {
	const url = new URL(options.databaseUrl);
	const name = decodeURIComponent(url.pathname.slice(1));
	url.pathname = '/postgres';
	const admin = new pg.Client({ connectionString: url.toString() });
	await admin.connect();
	try {
		const found = await admin.query('select 1 from pg_database where datname = $1', [name]);
		if (found.rowCount === 0) await admin.query(`create database "${name.replaceAll('"', '')}"`);
	} finally {
		await admin.end();
	}
}

async function existingParams(db: Kysely<Database>): Promise<Params | 'empty' | 'foreign'> {
	const tables = await sql<{ n: number; marked: boolean }>`
		select count(*)::int as n, bool_or(table_name = 'bench_dataset') as marked
		from information_schema.tables where table_schema = 'public'`.execute(db);
	const { n, marked } = tables.rows[0];
	if (n === 0) return 'empty';
	if (!marked) return 'foreign';
	const row = await sql<{ params: Params | null }>`
		select params from bench_dataset where completed_at is not null`.execute(db);
	return row.rows[0]?.params ?? { people: 0, rounds: 0, participation: 0, version: 0 };
}

/** The dataset for these options: reused when complete, else (re)generated. */
export async function ensureDataset(options: BenchOptions): Promise<Dataset> {
	await prepareDatabase(options);
	const params: Params = {
		people: options.people,
		rounds: options.rounds,
		participation: 0.7,
		// 2: answer tables partitioned by round (migration 0007).
		version: 3
	};
	let db = openDatabase({ kind: 'postgres', url: options.databaseUrl, maxConnections: 5 });
	const existing = await existingParams(db);
	if (existing === 'foreign') {
		await db.destroy();
		throw new Error(
			`${options.databaseUrl} holds tables that are not a benchmark dataset; give another database in BENCH_DATABASE_URL.`
		);
	}
	let generatedIn: number | null = null;
	const same =
		existing !== 'empty' &&
		(Object.keys(params) as (keyof Params)[]).every((key) => existing[key] === params[key]);
	if (!same) {
		if (existing !== 'empty') {
			console.log('bench: replacing the dataset generated with other parameters');
			await sql`drop schema public cascade; create schema public`.execute(db);
			await db.destroy();
			db = openDatabase({ kind: 'postgres', url: options.databaseUrl, maxConnections: 5 });
		}
		const started = process.hrtime.bigint();
		await migrateToLatest(db);
		await generate(db, params);
		generatedIn = elapsedMs(started) / 1000;
	} else {
		// New migrations since the dataset was made (the server would run them anyway).
		await migrateToLatest(db);
	}
	const externalMetrics = await ensureExternalMetrics(db, params.rounds);
	const rounds = await sql<{ id: string }>`
		select r.id from pulse_rounds r join pulse_programmes p on p.id = r.programme_id
		where p.name = 'Bench pulse' order by r.period_index`.execute(db);
	const departments = await sql<{ id: string }>`
		select id from bench_departments order by idx`.execute(db);
	return {
		db,
		url: options.databaseUrl,
		rounds: rounds.rows.map((r) => r.id),
		departments: departments.rows.map((r) => r.id),
		generatedIn,
		externalMetrics
	};
}

async function seedOrganisation(db: Kysely<Database>, people: number): Promise<string[]> {
	const ids: string[] = [];
	for (const [level, count] of LEVELS.entries()) {
		const parents = level === 0 ? [] : ids.slice(ids.length - LEVELS[level - 1]);
		const offset = ids.length;
		const rows = Array.from({ length: count }, (_, i) => ({
			code: `B${offset + i}`,
			name: `${['Division', 'Area', 'Group', 'Team'][level]} ${offset + i}`,
			parent_id: level === 0 ? null : parents[i % parents.length],
			kind: i % 3 === 0 ? ('customer_facing' as const) : ('internal' as const)
		}));
		const inserted = await db.insertInto('departments').values(rows).returning('id').execute();
		ids.push(...inserted.map((r) => r.id));
	}
	await sql`create table bench_departments (idx int primary key, id uuid not null)`.execute(db);
	await sql`insert into bench_departments
		select i - 1, id from unnest(${ids}::uuid[]) with ordinality as t(id, i)`.execute(db);

	// A few people in each department above the teams; the teams take the rest in sizes from
	// about 30 to 140, except every tenth team, which has 3 people (below k).
	const above = LEVELS.slice(0, 3).flatMap((count, level) =>
		Array<number>(count).fill(PEOPLE_ABOVE_TEAMS[level])
	);
	const teams = ids.slice(ids.length - LEVELS[3]);
	const small = teams.filter((_, i) => i % 10 === 0);
	const large = teams.filter((_, i) => i % 10 !== 0);
	const placed = above.reduce((a, b) => a + b, 0) + small.length * 3;
	const weights = large.map((_, i) => 1 + (i % 5));
	const unit = Math.max(0, people - placed) / weights.reduce((a, b) => a + b, 0);
	const sizes = [...above, ...small.map(() => 3), ...weights.map((w) => Math.round(w * unit))];
	const order = [...ids.slice(0, above.length), ...small, ...large];
	const assigned: string[] = [];
	for (const [i, size] of sizes.entries()) for (let n = 0; n < size; n++) assigned.push(order[i]);
	while (assigned.length < people) assigned.push(large[assigned.length % large.length]);
	assigned.length = people;
	// Everyone joined their department long before the first round: newcomers would hide their
	// groups (the gate's established rule), and a real company's history is mostly settled people.
	await sql`insert into people (email, name, employee_id, department_id, role, locale, department_since)
		select 'person.' || (i - 1) || '@bench.test', 'Person ' || (i - 1), 'E' || (100000 + i), d,
			case when i = 1 then 'hr' else 'employee' end, case when i % 5 = 0 then 'es' else 'en' end,
			now() - interval '5 years'
		from unnest(${assigned}::uuid[]) with ordinality as t(d, i)`.execute(db);
	return ids;
}

async function createProgrammes(db: Kysely<Database>, rounds: number, divisions: string[]) {
	const programme = (name: string) =>
		db
			.insertInto('pulse_programmes')
			.values({
				name,
				cadence: 'biweekly',
				starts_on: new Date(Date.now() - rounds * 14 * DAY_MS).toISOString().slice(0, 10),
				round_length_days: 7,
				questions_per_round: 8,
				core_question_keys: ['enps.recommend', 'internal_service.rating', 'comment.open'],
				k_scores: 5,
				k_comments: 10
			})
			.returning('id')
			.executeTakeFirstOrThrow();
	const history = await programme('Bench pulse');
	// The submit benchmark opens its rounds here, so the history above never changes.
	const live = await programme('Bench live pulse');
	await db
		.insertInto('pulse_programme_departments')
		.values(
			[history.id, live.id].flatMap((programme_id) =>
				divisions.map((department_id) => ({ programme_id, department_id }))
			)
		)
		.execute();
	return history.id;
}

/** The round's question ids: eNPS, internal service, the open comment and one item per driver. */
export async function roundQuestionIds(db: Kysely<Database>, t: number): Promise<string[]> {
	const bank = await db.selectFrom('questions').select(['id', 'key', 'driver']).execute();
	const byKey = (key: string) => bank.find((q) => q.key === key)!.id;
	const items = DRIVERS.map((d) => {
		const pool = bank.filter((q) => q.driver === d);
		return pool[t % pool.length].id;
	});
	return [
		byKey('enps.recommend'),
		byKey('internal_service.rating'),
		byKey('comment.open'),
		...items
	];
}

/** Invitations, responses (each person answering with `share` chance) and what they hold. */
async function fillRound(
	db: Kysely<Database>,
	roundId: string,
	questions: string[],
	share: number
) {
	const round = sql`${roundId}::uuid`;
	await createRoundPartitions(db, roundId, { open: false });
	await sql`insert into round_questions (round_id, position, question_id)
		select ${round}, p - 1, q from unnest(${questions}::uuid[]) with ordinality as t(q, p)`.execute(db);
	await sql`insert into invitations (round_id, person_id, department_id, expires_at, ballot_issued)
		select ${round}, id, department_id, now(), true from people where role = 'employee'`.execute(db);
	// Rows in random order, as a close leaves them.
	await sql`insert into responses (round_id, department_id)
		select ${round}, department_id from invitations
		where round_id = ${round} and random() < ${share} order by random()`.execute(db);
	// Each department leans one way, each person another, so figures differ and correlate.
	await sql`insert into answers (round_id, response_id, question_id, value)
		select ${round}, s.id, q.id, case when q.kind = 'likert'
				then least(5, greatest(1, round(3 + d.lean + s.mood + random() * 2 - 1)))
				else least(10, greatest(0, round(7 + 2 * (d.lean + s.mood) + random() * 4 - 2))) end
		from (select id, department_id, random() - 0.5 as mood from responses where round_id = ${round}) s
		join (select id, (abs(hashtext(id::text)) % 5) / 4.0 - 0.5 as lean from departments) d
			on d.id = s.department_id
		join questions q on q.id = any(${questions}::uuid[]) and q.kind in ('likert', 'scale_0_10')
		order by random()`.execute(db);
	await sql`insert into service_ratings (round_id, response_id, provider_department_id, score, reasons)
		select ${round}, s.id, d2.id, floor(random() * 11)::int,
			case when random() < 0.3 then array['reliable', 'responsive'] else '{}' end
		from responses s
		join bench_departments d1 on d1.id = s.department_id
		cross join generate_series(0, 4) k
		join bench_departments d2 on d2.idx = (d1.idx * 7 + k * 13 + 1) % 200
		where s.round_id = ${round} and d2.id <> d1.id and random() < 0.3
		order by random()`.execute(db);
	await sql`insert into comments (round_id, department_id, question_id, body)
		select ${round}, department_id, ${questions[2]}::uuid,
			(array['More time for customers, please', 'The new tooling helps a lot',
				'Handovers between teams are slow', 'Good support from finance this month'])[1 + floor(random() * 4)::int]
		from responses where round_id = ${round} and random() < 0.1 order by random()`.execute(db);
}

async function generate(db: Kysely<Database>, params: Params): Promise<void> {
	await sql`create table bench_dataset (params jsonb not null, completed_at timestamptz)`.execute(
		db
	);
	await sql`insert into bench_dataset (params) values (${JSON.stringify(params)}::jsonb)`.execute(
		db
	);
	const departments = await seedOrganisation(db, params.people);
	const programmeId = await createProgrammes(db, params.rounds, departments.slice(0, LEVELS[0]));
	const invited = params.people - 1;
	for (let t = 0; t < params.rounds; t++) {
		const opensAt = new Date(Date.now() - (params.rounds - t) * 14 * DAY_MS);
		const closesAt = new Date(opensAt.getTime() + 7 * DAY_MS);
		const round = await db
			.insertInto('pulse_rounds')
			.values({
				programme_id: programmeId,
				period_index: t,
				rotation_index: t,
				status: 'closed',
				opens_at: opensAt,
				closes_at: closesAt,
				closed_at: closesAt,
				invited_count: invited
			})
			.returning('id')
			.executeTakeFirstOrThrow();
		await fillRound(db, round.id, await roundQuestionIds(db, t), params.participation);
		await computeRollups(db, round.id);
		process.stdout.write(`\rbench: generated ${t + 1}/${params.rounds} rounds`);
	}
	process.stdout.write('\n');
	await sql`analyze`.execute(db);
	await sql`update bench_dataset set completed_at = now()`.execute(db);
}

/** Monthly CSAT and NPS per customer-facing department, once the table exists. */
async function ensureExternalMetrics(
	db: Kysely<Database>,
	rounds: number
): Promise<Dataset['externalMetrics']> {
	const table = await sql<{ n: number }>`select count(*)::int as n from information_schema.tables
		where table_schema = 'public' and table_name = 'external_metrics'`.execute(db);
	if (table.rows[0].n === 0) return 'no table';
	const months = Math.ceil((rounds * 14) / 30);
	await sql`insert into external_metrics
			(department_id, metric, period_start, period_end, value, scale, sample_size, source)
		select d.id, m.metric, (date_trunc('month', now()) - make_interval(months => k))::date,
			(date_trunc('month', now()) - make_interval(months => k - 1) - interval '1 day')::date,
			case when m.metric = 'csat' then round((65 + 25 * random())::numeric, 1)
				else round((-10 + 60 * random())::numeric) end,
			case when m.metric = 'csat' then 'percent' end, 50 + floor(random() * 400)::int, 'bench'
		from departments d cross join generate_series(1, ${months}) k
		cross join (values ('csat'), ('nps')) as m(metric)
		where d.kind = 'customer_facing'
		on conflict do nothing`.execute(db);
	return 'included';
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const options = benchOptions(process.argv.slice(2));
	const dataset = await ensureDataset(options);
	console.log(
		dataset.generatedIn === null
			? `bench: the dataset in ${options.databaseUrl} is complete; nothing to do`
			: `bench: generated in ${dataset.generatedIn.toFixed(0)} s`
	);
	await dataset.db.destroy();
}
