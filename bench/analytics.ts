// Times rollups and the analytics read path on a PostgreSQL server, at company scale:
//   npx tsx bench/analytics.ts [postgres://postgres@127.0.0.1:5432/postgres]
// It creates a throwaway database next to the one given (BENCH_DATABASE_URL or the argument)
// with 10,000 people in 200 departments and two years of fortnightly rounds (52: 49 answered by
// about 70%, the last 3 by everyone), closes the last three through closeRound (10,000
// respondents each), then times the heatmap and department health, in process and through the
// built server (build/, if present), prints the figures and drops the database.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import { openDatabase } from '../src/lib/server/db/connection';
import { migrateToLatest } from '../src/lib/server/db/migrate';
import type { Database } from '../src/lib/server/db/schema';
import { computeRollups } from '../src/lib/server/analytics/rollups';
import { orgHeatmap } from '../src/lib/server/analytics/heatmap';
import { departmentHealth } from '../src/lib/server/analytics/health';
import { createSession, generateSessionToken } from '../src/lib/server/auth/session';
import { closeRound, getRound } from '../src/lib/server/surveys/rounds';

const adminUrl =
	process.argv[2] ??
	process.env.BENCH_DATABASE_URL ??
	'postgres://postgres@127.0.0.1:5432/postgres';
const root = resolve(import.meta.dirname, '..');
const PEOPLE = 10_000;
const ROUNDS = 52;
const FULL_ROUNDS = 3;
const DAY_MS = 86_400_000;

const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
function percentiles(samples: number[]) {
	const sorted = [...samples].sort((a, b) => a - b);
	const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
	return {
		n: sorted.length,
		p50: +at(0.5).toFixed(1),
		p95: +at(0.95).toFixed(1),
		max: +at(1).toFixed(1)
	};
}

/** 8 divisions, 40 areas, 152 teams; every tenth team has 3 people, below k. */
async function seedOrganisation(db: Kysely<Database>) {
	const levels = [8, 40, 152];
	const ids: string[] = [];
	for (const [level, count] of levels.entries()) {
		const offset = ids.length;
		const parentOffset = level === 0 ? 0 : offset - levels[level - 1];
		const rows = Array.from({ length: count }, (_, i) => ({
			code: `B${offset + i}`,
			name: `Bench department ${offset + i}`,
			parent_id: level === 0 ? null : ids[parentOffset + (i % levels[level - 1])],
			kind: i % 3 === 0 ? ('customer_facing' as const) : ('internal' as const)
		}));
		const inserted = await db.insertInto('departments').values(rows).returning('id').execute();
		ids.push(...inserted.map((r) => r.id));
	}
	const sizes = ids.map((_, i) => (i < 8 ? 2 : i < 48 ? 8 : (i - 48) % 10 === 0 ? 3 : 0));
	const teams = ids.slice(48).filter((_, i) => i % 10 !== 0);
	const placed = sizes.reduce((a, b) => a + b, 0);
	const department = (n: number) => {
		let i = n;
		for (const [d, size] of sizes.entries()) {
			if (i < size) return ids[d];
			i -= size;
		}
		return teams[(n - placed) % teams.length];
	};
	const people = Array.from({ length: PEOPLE }, (_, n) => ({
		email: `person.${n}@bench.test`,
		name: `Person ${n}`,
		department_id: department(n),
		role: n === 0 ? ('hr' as const) : ('employee' as const)
	}));
	for (let i = 0; i < people.length; i += 2000) {
		await db
			.insertInto('people')
			.values(people.slice(i, i + 2000))
			.execute();
	}
	await sql`create table bench_departments as
		select row_number() over (order by code) - 1 as idx, id from departments`.execute(db);
	return ids;
}

/** Invitations, responses (each person answering with `share` chance) and their answers. */
async function fillRound(
	db: Kysely<Database>,
	roundId: string,
	questions: string[],
	share: number
) {
	const round = sql`${roundId}::uuid`;
	await sql`insert into round_questions (round_id, position, question_id)
		select ${round}, p - 1, q from unnest(${questions}::uuid[]) with ordinality as t(q, p)`.execute(db);
	await sql`insert into invitations (round_id, person_id, department_id, expires_at, ballot_issued)
		select ${round}, id, department_id, now(), true from people`.execute(db);
	await sql`insert into responses (round_id, department_id)
		select ${round}, department_id from invitations
		where round_id = ${round} and random() < ${share}`.execute(db);
	// Each department leans one way, each person another, so figures differ and correlate.
	await sql`insert into answers (response_id, question_id, value)
		select s.id, q.id, case when q.kind = 'likert'
				then least(5, greatest(1, round(3 + d.lean + s.mood + random() * 2 - 1)))
				else least(10, greatest(0, round(7 + 2 * (d.lean + s.mood) + random() * 4 - 2))) end
		from (select id, department_id, random() - 0.5 as mood from responses where round_id = ${round}) s
		join (select id, (abs(hashtext(id::text)) % 5) / 4.0 - 0.5 as lean from departments) d
			on d.id = s.department_id
		join questions q on q.id = any(${questions}::uuid[]) and q.kind in ('likert', 'scale_0_10')`.execute(
		db
	);
	await sql`insert into service_ratings (response_id, provider_department_id, score, reasons)
		select s.id, d2.id, floor(random() * 11)::int,
			case when random() < 0.3 then array['reliable', 'responsive'] else '{}' end
		from responses s
		join bench_departments d1 on d1.id = s.department_id
		cross join generate_series(0, 4) k
		join bench_departments d2 on d2.idx = (d1.idx * 7 + k * 13 + 1) % 200
		where s.round_id = ${round} and d2.id <> d1.id and random() < 0.3`.execute(db);
	await sql`insert into comments (round_id, department_id, question_id, body)
		select ${round}, department_id, ${questions[2]}::uuid, 'A comment from the bench'
		from responses where round_id = ${round} and random() < 0.1`.execute(db);
}

async function generate(db: Kysely<Database>) {
	const started = process.hrtime.bigint();
	const departments = await seedOrganisation(db);
	const bank = await db.selectFrom('questions').select(['id', 'key', 'driver', 'kind']).execute();
	const byKey = (key: string) => bank.find((q) => q.key === key)!.id;
	const core = [byKey('enps.recommend'), byKey('internal_service.rating'), byKey('comment.open')];
	const drivers = ['empowerment', 'internal_support', 'morale', 'recognition', 'workload'];
	const programme = await db
		.insertInto('pulse_programmes')
		.values({
			name: 'Bench pulse',
			cadence: 'biweekly',
			starts_on: new Date(Date.now() - ROUNDS * 14 * DAY_MS).toISOString().slice(0, 10),
			round_length_days: 7,
			questions_per_round: 8,
			core_question_keys: ['enps.recommend', 'internal_service.rating', 'comment.open'],
			k_scores: 5,
			k_comments: 10
		})
		.returning('id')
		.executeTakeFirstOrThrow();
	await db
		.insertInto('pulse_programme_departments')
		.values(
			departments
				.slice(0, 8)
				.map((department_id) => ({ programme_id: programme.id, department_id }))
		)
		.execute();
	const rounds: { id: string; full: boolean }[] = [];
	for (let t = 0; t < ROUNDS; t++) {
		const full = t >= ROUNDS - FULL_ROUNDS;
		const opensAt = new Date(Date.now() - (ROUNDS - t) * 14 * DAY_MS);
		const items = drivers.map((d) => {
			const pool = bank.filter((q) => q.driver === d);
			return pool[t % pool.length].id;
		});
		const round = await db
			.insertInto('pulse_rounds')
			.values({
				programme_id: programme.id,
				period_index: t,
				rotation_index: t,
				status: full ? 'open' : 'closed',
				opens_at: opensAt,
				closes_at: new Date(opensAt.getTime() + 7 * DAY_MS),
				closed_at: full ? null : new Date(opensAt.getTime() + 7 * DAY_MS),
				invited_count: PEOPLE
			})
			.returning('id')
			.executeTakeFirstOrThrow();
		await fillRound(db, round.id, [...core, ...items], full ? 1 : 0.7);
		if (!full) await computeRollups(db, round.id);
		rounds.push({ id: round.id, full });
		if (full) await closeFull(db, round.id, rounds.length);
		process.stdout.write(`\rgenerated ${t + 1}/${ROUNDS} rounds`);
	}
	console.log(` in ${(ms(started) / 1000).toFixed(0)} s`);
	return { rounds: rounds.map((r) => r.id), departments };
}

const closeTimes: number[] = [];
async function closeFull(db: Kysely<Database>, roundId: string, position: number) {
	await sql`analyze`.execute(db);
	const round = (await getRound(db, roundId))!;
	const started = process.hrtime.bigint();
	await db.transaction().execute((trx) => closeRound(trx, round, new Date()));
	closeTimes.push(ms(started));
	const { count } = await db
		.selectFrom('responses')
		.select((eb) => eb.fn.countAll<string>().as('count'))
		.where('round_id', '=', roundId)
		.executeTakeFirstOrThrow();
	console.log(
		`\nclosed round ${position} (${count} respondents) in ${closeTimes.at(-1)!.toFixed(0)} ms`
	);
}

async function timeModules(db: Kysely<Database>, rounds: string[], departments: string[]) {
	const pick = <T>(list: T[], i: number) => list[(i * 7919) % list.length];
	const cold = { heatmap: [] as number[], health: [] as number[] };
	for (const round of rounds) {
		let t = process.hrtime.bigint();
		await orgHeatmap(db, round, { kind: 'all' });
		cold.heatmap.push(ms(t));
		t = process.hrtime.bigint();
		await departmentHealth(db, pick(departments, cold.health.length), round);
		cold.health.push(ms(t));
	}
	const warm = { heatmap: [] as number[], health: [] as number[] };
	for (let i = 0; i < 300; i++) {
		let t = process.hrtime.bigint();
		await orgHeatmap(db, pick(rounds, i), { kind: 'all' });
		warm.heatmap.push(ms(t));
		t = process.hrtime.bigint();
		await departmentHealth(db, pick(departments, i + 3), pick(rounds, i + 1));
		warm.health.push(ms(t));
	}
	return { cold, warm };
}

/** Raw aggregation of one round's heatmap figures, for comparison with reading rollups. */
async function timeRawHeatmap(db: Kysely<Database>, roundId: string): Promise<number> {
	const started = process.hrtime.bigint();
	await sql`select c.ancestor_id, q.driver, count(distinct s.id), count(*) filter (where a.value >= 4)
		from responses s join answers a on a.response_id = s.id join questions q on q.id = a.question_id
		join department_closure c on c.descendant_id = s.department_id
		where s.round_id = ${roundId}::uuid group by c.ancestor_id, q.driver`.execute(db);
	return ms(started);
}

async function timeServer(
	url: string,
	db: Kysely<Database>,
	rounds: string[],
	departments: string[]
) {
	if (!existsSync(join(root, 'build/index.js'))) return null;
	mkdirSync(join(root, '.e2e'), { recursive: true });
	const copy = mkdtempSync(join(root, '.e2e', 'bench-build-'));
	cpSync(join(root, 'build'), copy, { recursive: true });
	const port = 20000 + Math.floor(Math.random() * 20000);
	const base = `http://127.0.0.1:${port}`;
	const server = spawn(process.execPath, [join(copy, 'index.js')], {
		env: {
			...process.env,
			DATABASE_URL: url,
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: base,
			SCHEDULER: 'off',
			NODE_ENV: 'production'
		},
		stdio: 'ignore'
	});
	try {
		for (let i = 0; i < 100; i++) {
			const ok = await fetch(`${base}/healthz`).then(
				(r) => r.ok,
				() => false
			);
			if (ok) break;
			await new Promise((r) => setTimeout(r, 200));
		}
		const hr = await db
			.selectFrom('people')
			.select('id')
			.where('role', '=', 'hr')
			.executeTakeFirstOrThrow();
		const token = generateSessionToken();
		await createSession(db, token, hr.id);
		const get = async (path: string) => {
			const t = process.hrtime.bigint();
			const response = await fetch(`${base}${path}`, {
				headers: { cookie: `rapport_session=${token}` }
			});
			await response.arrayBuffer();
			if (response.status !== 200) throw new Error(`${path}: ${response.status}`);
			return ms(t);
		};
		const pick = <T>(list: T[], i: number) => list[(i * 7919) % list.length];
		const times = {
			heatmapCold: [] as number[],
			healthCold: [] as number[],
			heatmap: [] as number[],
			health: [] as number[]
		};
		for (const [i, round] of rounds.entries()) {
			times.heatmapCold.push(await get(`/api/v1/org/heatmap?round=${round}`));
			times.healthCold.push(
				await get(`/api/v1/departments/${pick(departments, i + 11)}/health?round=${round}`)
			);
		}
		for (let i = 0; i < 300; i++) {
			times.heatmap.push(await get(`/api/v1/org/heatmap?round=${pick(rounds, i)}`));
			times.health.push(
				await get(
					`/api/v1/departments/${pick(departments, i + 5)}/health?round=${pick(rounds, i + 2)}`
				)
			);
		}
		return times;
	} finally {
		server.kill('SIGTERM');
		await new Promise((r) => server.once('exit', r));
		rmSync(copy, { recursive: true, force: true });
	}
}

const name = `rapport_bench_${randomBytes(4).toString('hex')}`;
const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`create database ${name}`);
const url = new URL(adminUrl);
url.pathname = `/${name}`;
const db = openDatabase({ kind: 'postgres', url: url.toString(), maxConnections: 5 });
try {
	await migrateToLatest(db);
	const { rounds, departments } = await generate(db);
	await sql`analyze`.execute(db);
	const modules = await timeModules(db, rounds, departments);
	const raw = await timeRawHeatmap(db, rounds.at(-1)!);
	const server = await timeServer(url.toString(), db, rounds, departments);
	const report = {
		when: new Date().toISOString(),
		scale: { people: PEOPLE, departments: departments.length, rounds: ROUNDS },
		closeRound10k: closeTimes.map((t) => +t.toFixed(0)),
		modules: {
			heatmapFirstRead: percentiles(modules.cold.heatmap),
			heatmapCached: percentiles(modules.warm.heatmap),
			healthFirstRead: percentiles(modules.cold.health),
			healthCached: percentiles(modules.warm.health)
		},
		rawHeatmapAggregation: +raw.toFixed(1),
		server: server && {
			heatmapFirstRead: percentiles(server.heatmapCold),
			heatmap: percentiles(server.heatmap),
			healthFirstRead: percentiles(server.healthCold),
			health: percentiles(server.health)
		}
	};
	console.log(JSON.stringify(report, null, 2));
	mkdirSync(join(root, 'bench/results'), { recursive: true });
	writeFileSync(join(root, 'bench/results/analytics.json'), JSON.stringify(report, null, 2) + '\n');
} finally {
	await db.destroy();
	if (!process.env.BENCH_KEEP) await admin.query(`drop database ${name} with (force)`);
	else console.log(`kept ${url}`);
	await admin.end();
}
