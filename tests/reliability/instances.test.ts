import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CORE_KEYS } from '../../src/lib/domain/questions';
import { openDatabase } from '../../src/lib/server/db/connection';
import { migrateToLatest } from '../../src/lib/server/db/migrate';
import { createProgramme } from '../../src/lib/server/surveys/programmes';
import { startAppServer, type AppServer } from './helpers/app-server';
import { startCluster, type Cluster } from './helpers/cluster';
import { sizes } from './helpers/sizes';
import { startSmtpSink, type SmtpSink } from './helpers/smtp-sink';
import { answersFor, runConcurrently, seededRandom, SurveyClient } from './helpers/survey-client';
import { createDepartments, createPeople } from './helpers/survey-fixture';

// Two app instances on one database, both with their schedulers on (every second), under survey
// load: each programme's round is opened once, every invitation is mailed once, every answer
// submitted through either instance is stored, and each round is closed once.

const ANSWERING = 0.8;
const WAIT_MS = 300_000;

let cluster: Cluster;
let databaseUrl: string;
let smtp: SmtpSink;
let instances: AppServer[] = [];

async function prepareProgrammes(url: string, people: number, programmes: number) {
	const db = openDatabase({ kind: 'postgres', url, maxConnections: 2 });
	try {
		await migrateToLatest(db);
		const departmentIds = await createDepartments(db, sizes.departments);
		await createPeople(db, people, departmentIds);
		const tops = departmentIds.slice(0, Math.max(1, Math.round(sizes.departments / 10)));
		for (let i = 0; i < programmes; i++) {
			await createProgramme(
				db,
				{
					name: `Pulse ${i + 1}`,
					cadence: 'monthly',
					startsOn: new Date().toISOString().slice(0, 10),
					roundLengthDays: 7,
					questionsPerRound: 6,
					coreQuestionKeys: [...DEFAULT_CORE_KEYS],
					reminderDays: [],
					departmentIds: tops
				},
				null
			);
		}
	} finally {
		await db.destroy();
	}
}

async function query<T extends pg.QueryResultRow>(text: string, values: unknown[] = []) {
	const client = new pg.Client({ connectionString: databaseUrl });
	await client.connect();
	try {
		return (await client.query<T>(text, values)).rows;
	} finally {
		await client.end();
	}
}

async function waitFor(what: string, done: () => Promise<boolean> | boolean): Promise<void> {
	const deadline = Date.now() + WAIT_MS;
	while (!(await done())) {
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
		await new Promise((r) => setTimeout(r, 500));
	}
}

/** What the schedulers of all instances said they did. */
function schedulerTotals() {
	let opened = 0;
	let closed = 0;
	for (const instance of instances) {
		for (const match of instance.output().matchAll(/scheduler: opened (\d+), closed (\d+)/g)) {
			opened += Number(match[1]);
			closed += Number(match[2]);
		}
	}
	return { opened, closed };
}

beforeAll(async () => {
	cluster = await startCluster();
	databaseUrl = await cluster.createDatabase('rapport_instances');
	await prepareProgrammes(databaseUrl, sizes.instancePeople, sizes.instanceProgrammes);
	smtp = await startSmtpSink();
	const env = { SCHEDULER_INTERVAL_SECONDS: '1', SMTP_URL: smtp.url, DATABASE_POOL_SIZE: '10' };
	instances = await Promise.all([
		startAppServer(databaseUrl, env),
		startAppServer(databaseUrl, env)
	]);
});

afterAll(async () => {
	await Promise.all(instances.map((i) => i.stop()));
	await smtp?.close();
	cluster?.stop();
});

describe(`two instances, ${sizes.instanceProgrammes} programmes, ${sizes.instancePeople} people`, () => {
	it('open and close each round once, mail each invitation once, and lose no answer', async () => {
		const { instancePeople: people, instanceProgrammes: programmes } = sizes;
		const expectedMail = people * programmes;
		await waitFor('every invitation mailed', () => smtp.received.length >= expectedMail);

		const links = smtp.received.map(({ text }) => /\/s\/[a-z2-7]{32}/.exec(text)?.[0] ?? '');
		const random = seededRandom(22);
		const answering = links.filter(() => random() < ANSWERING);
		const clients = instances.map((i) => new SurveyClient(i.baseURL));
		const problems: string[] = [];
		const recordedPerRound = new Map<string, number>();
		let scaleAnswers = 0;
		await runConcurrently(answering, sizes.clients, async (link, index) => {
			// A load balancer's round robin: the Start and the submit may reach different instances.
			const start = await clients[index % 2].startBallot(link);
			if (!start.ballot) return void problems.push(`start: ${start.exchange.status}`);
			const page = await clients[(index + 1) % 2].loadSurvey(start.ballot);
			if (!page.form) return void problems.push(`survey page: ${page.exchange.status}`);
			const fields = answersFor(page.form, random);
			const { outcome, exchange } = await clients[index % 2].submit(start.ballot, fields);
			if (outcome !== 'recorded')
				return void problems.push(`submit: ${outcome} ${exchange.status}`);
			const round = start.ballot.roundId;
			recordedPerRound.set(round, (recordedPerRound.get(round) ?? 0) + 1);
			scaleAnswers += fields.filter(([name]) => name.startsWith('q_')).length;
		});
		expect(problems.slice(0, 10)).toEqual([]);

		await query(`update pulse_rounds set closes_at = now() where status = 'open'`);
		await waitFor('every round closed', async () => {
			const open = await query<{ n: number }>(
				`select count(*)::int as n from pulse_rounds where status <> 'closed'`
			);
			return open[0].n === 0;
		});
		// A tick that closed logs after its transaction: give the last one a moment to say so.
		await waitFor('the schedulers to report', () => schedulerTotals().closed >= programmes);

		const rounds = await query<{ programme_id: string; id: string; responses: number }>(
			`select r.programme_id, r.id,
				(select count(*) from responses s where s.round_id = r.id)::int as responses
			from pulse_rounds r`
		);
		const stored = await query<{ answers: number; pending: number; invitations: number }>(
			`select (select count(*) from answers)::int as answers,
				(select count(*) from pending_submissions)::int as pending,
				(select count(*) from invitations)::int as invitations`
		);
		const mailed = new Set(smtp.received.map((m) => `${m.to} ${links[smtp.received.indexOf(m)]}`));
		const figures = {
			instances: instances.length,
			programmes,
			people,
			mails: smtp.received.length,
			submitted: answering.length,
			scheduler: schedulerTotals(),
			stored: stored[0]
		};
		console.log(`reliability: instances ${JSON.stringify(figures)}`);

		expect(rounds).toHaveLength(programmes);
		expect(new Set(rounds.map((r) => r.programme_id)).size).toBe(programmes);
		expect(schedulerTotals()).toEqual({ opened: programmes, closed: programmes });
		expect(smtp.received).toHaveLength(expectedMail);
		expect(mailed.size).toBe(expectedMail);
		expect(stored[0].invitations).toBe(expectedMail);
		for (const round of rounds) expect(round.responses).toBe(recordedPerRound.get(round.id) ?? 0);
		expect(stored[0].pending).toBe(0);
		expect(stored[0].answers).toBe(scaleAnswers);
		for (const instance of instances) {
			expect(instance.exited()).toBeNull();
			// A programme the scheduler could not open (a deadlock between the instances, say) is
			// logged and retried, not fatal: it must not happen either.
			expect(instance.output()).not.toMatch(
				/pass failed|scheduler: programme|error [0-9a-f-]{36} on/
			);
		}
	});
});
