// The survey submit under load: ballots issued through the invitation link, answers posted as a
// browser without JavaScript posts them, 20 clients at once; and the same number of ballots
// posted to the bare node:http + pg handler that runs the same statement.
import { randomBytes } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../src/lib/server/db/schema';
import { field } from '../src/lib/domain/survey-answers';
import { issueBallot } from '../src/lib/server/surveys/ballots';
import { roundQuestionIds } from './generate';
import { postForm, type Reply } from './http';
import { createRoundPartitions } from '../src/lib/server/surveys/answer-storage';
import { closeRound, getRound } from '../src/lib/server/surveys/rounds';
import { submissionsInRound } from '../src/lib/server/surveys/submission-batches';
import { inParallel, percentiles, timed, type Percentiles } from './stats';
import { ms, p50p99, ratioOf, type Row } from './table';

export type LiveRound = {
	id: string;
	/** Invitation link tokens, one per invited person. */
	links: { token: string; departmentId: string }[];
	form: (departmentId: string, i: number) => string;
};

export type SubmitRun = {
	throughput: number;
	latency: Percentiles;
	/** Responses the database holds afterwards (set by the caller). */
	stored: number;
	/** Replies other than a 200 thank-you page. */
	failures: number;
	/** The server's CPU time per submit, in ms (set by the caller). */
	cpuMs: number;
};

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';
const linkToken = () => [...randomBytes(32)].map((b) => BASE32[b % 32]).join('');

/** Removes the rounds the submit benchmark opened, with everything stored and rolled up. */
export async function removeLiveRounds(db: Kysely<Database>): Promise<void> {
	const live = sql`(select r.id from pulse_rounds r join pulse_programmes p on p.id = r.programme_id
		where p.name = 'Bench live pulse')`;
	const rollups = await sql<{ table_name: string }>`
		select table_name from information_schema.columns
		where table_schema = 'public' and column_name = 'round_id' and table_name like 'rollup\_%'
		order by table_name = 'rollup_rounds', table_name`.execute(db);
	await db.transaction().execute(async (trx) => {
		// Rollups refuse changes (a trigger); this is the benchmark's own round in its own database.
		await sql`set local session_replication_role = replica`.execute(trx);
		for (const { table_name } of rollups.rows) {
			await sql`delete from ${sql.table(table_name)} where round_id in ${live}`.execute(trx);
		}
	});
	// A round's answers, spent ballots and pending submissions are partitions of their own.
	const partitions = await sql<{ name: string }>`
		select c.relname as name from pg_inherits i
		join pg_class c on c.oid = i.inhrelid
		join pulse_rounds r on c.relname like '%\_r\_' || replace(r.id::text, '-', '')
		join pulse_programmes p on p.id = r.programme_id and p.name = 'Bench live pulse'`.execute(db);
	for (const { name } of partitions.rows) await sql`drop table ${sql.id(name)}`.execute(db);
	await sql`delete from invitations where round_id in ${live}`.execute(db);
	await sql`delete from round_questions where round_id in ${live}`.execute(db);
	await sql`delete from pulse_rounds where id in ${live}`.execute(db);
}

/** An open round with `invited` invitations whose link tokens the benchmark knows. */
export async function openLiveRound(db: Kysely<Database>, invited: number): Promise<LiveRound> {
	await removeLiveRounds(db);
	const { id } = await sql<{ id: string }>`
		insert into pulse_rounds (programme_id, period_index, rotation_index, status, opens_at, closes_at, invited_count)
		select id, 0, 0, 'open', now() - interval '1 hour', now() + interval '1 day', ${invited}
		from pulse_programmes where name = 'Bench live pulse' returning id`
		.execute(db)
		.then((r) => r.rows[0]);
	await createRoundPartitions(db, id, { open: true });
	const questions = await roundQuestionIds(db, 0);
	await sql`insert into round_questions (round_id, position, question_id)
		select ${id}::uuid, p - 1, q from unnest(${questions}::uuid[]) with ordinality as t(q, p)`.execute(
		db
	);
	const people = await sql<{ id: string; department_id: string }>`
		select id, department_id from people where role = 'employee' order by random() limit ${invited}`.execute(
		db
	);
	const links = people.rows.map((p) => ({ token: linkToken(), departmentId: p.department_id }));
	await sql`with invited as (
			insert into invitations (round_id, person_id, department_id, expires_at)
			select ${id}::uuid, p, d, now() + interval '1 day'
			from unnest(${people.rows.map((p) => p.id)}::uuid[], ${people.rows.map((p) => p.department_id)}::uuid[]) as t(p, d)
			returning id, person_id
		)
		insert into invitation_links (token_hash, invitation_id)
		select encode(sha256(convert_to(t.token, 'UTF8')), 'hex'), invited.id
		from unnest(${people.rows.map((p) => p.id)}::uuid[], ${links.map((l) => l.token)}::text[]) as t(p, token)
		join invited on invited.person_id = t.p`.execute(db);

	const kinds = await sql<{ id: string; kind: string }>`
		select id, kind from questions where id = any(${questions}::uuid[])`.execute(db);
	const departments = await sql<{
		id: string;
	}>`select id from bench_departments order by idx`.execute(db);
	const providers = departments.rows.map((d) => d.id);
	const form = (departmentId: string, i: number) => {
		const body = new URLSearchParams();
		for (const q of kinds.rows) {
			if (q.kind === 'likert')
				body.append(field.scale(q.id), String(1 + ((i + q.id.charCodeAt(0)) % 5)));
			else if (q.kind === 'scale_0_10') body.append(field.scale(q.id), String(i % 11));
			else if (q.kind === 'comment' && i % 5 === 0) {
				body.append(field.comment(q.id), 'The handover from sales could be quicker.');
			}
		}
		// Two providers rated, one with reasons: what a typical respondent does.
		const rated = [
			providers[(i * 7) % providers.length],
			providers[(i * 13 + 5) % providers.length]
		];
		for (const [n, p] of [...new Set(rated)].filter((p) => p !== departmentId).entries()) {
			body.append(field.rating(p), String((i + n) % 11));
			if (n === 0) body.append(field.reasons(p), 'responsive');
		}
		return body.toString();
	};
	return { id, links, form };
}

/** Starts the survey from each link as the "Start" button does; returns the ballot cookies. */
export async function startFromLinks(
	base: string,
	links: LiveRound['links'],
	clients: number
): Promise<string[]> {
	const cookies: string[] = [];
	await inParallel(links, clients, async (link) => {
		const reply = await postForm(`${base}/s/${link.token}?/start`, base, '');
		const cookie = [reply.headers['set-cookie'] ?? []]
			.flat()
			.find((c) => c.startsWith('rapport_ballot='));
		if (reply.status !== 303 || !cookie) throw new Error(`start: ${reply.status}`);
		cookies.push(cookie.split(';')[0]);
	});
	return cookies;
}

/** Ballots for the bare handler, signed with the server's key the way issueBallot signs them. */
export function ballotCookies(secret: string, round: LiveRound, links: LiveRound['links']) {
	return links.map((l) => `rapport_ballot=${issueBallot(secret, round.id, l.departmentId)}`);
}

const departmentOf = (cookie: string) => cookie.split('=')[1].split('.')[1];

/** Posts one filled-in survey per ballot, `clients` at a time. */
export async function submitAll(
	url: string,
	origin: string,
	round: LiveRound,
	cookies: string[],
	clients: number,
	offset = 0
): Promise<SubmitRun> {
	const latencies: number[] = [];
	let failures = 0;
	const tasks = cookies.map((cookie, i) => ({ cookie, i }));
	const wall = await inParallel(tasks, clients, async ({ cookie, i }) => {
		const reply: Reply = await postForm(
			url,
			origin,
			round.form(departmentOf(cookie), offset + i),
			cookie
		);
		latencies.push(reply.total);
		if (reply.status !== 200 || !/Thank you|Gracias/.test(reply.body.toString())) failures++;
	});
	return {
		throughput: (cookies.length / wall) * 1000,
		latency: percentiles(latencies),
		stored: 0,
		failures,
		cpuMs: 0
	};
}

/** Accepted submissions: in the answer tables or still waiting for their batch. */
export function storedInRound(db: Kysely<Database>, roundId: string): Promise<number> {
	return submissionsInRound(db, roundId);
}

export function submitRows(
	clients: number,
	expected: number,
	app: SubmitRun,
	bare: SubmitRun
): Row[] {
	const lost = (run: SubmitRun) =>
		run.stored === expected ? '' : ` (**${expected - run.stored} of ${expected} not stored**)`;
	const ratio = app.throughput / bare.throughput;
	return [
		{
			measure: `Survey submit, ${clients} clients: throughput`,
			rapport: `${app.throughput.toFixed(0)} /s${lost(app)}`,
			baseline: `bare node:http + pg, same statement: ${bare.throughput.toFixed(0)} /s${lost(bare)}`,
			ratio,
			target: '≥ 0.6×',
			met: ratio >= 0.6 && app.stored === expected
		},
		{
			measure: `Survey submit, ${clients} clients: latency`,
			rapport: p50p99(app.latency),
			baseline: p50p99(bare.latency),
			ratio: ratioOf(bare.latency.p99, app.latency.p99),
			target: 'p99 ≤ 150 ms',
			met: app.latency.p99 <= 150
		},
		{
			measure: 'Survey submit: server CPU per submit',
			rapport: `${ms(app.cpuMs)} ms`,
			baseline: `${ms(bare.cpuMs)} ms`,
			ratio: ratioOf(bare.cpuMs, app.cpuMs),
			target: '',
			met: null
		}
	];
}

/** Closes the round as the scheduler does, rollups included; returns the time it took in ms. */
export async function timeClose(db: Kysely<Database>, roundId: string): Promise<number> {
	const round = await getRound(db, roundId);
	if (!round) throw new Error('the live round is gone');
	await sql`analyze`.execute(db);
	const [, took] = await timed(() =>
		db.transaction().execute((trx) => closeRound(trx, round, new Date()))
	);
	return took;
}
