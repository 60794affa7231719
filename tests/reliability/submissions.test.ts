import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer, type AppServer } from './helpers/app-server';
import { startCluster, type Cluster } from './helpers/cluster';
import { sizes } from './helpers/sizes';
import { storedCounts, unspentBallots } from './helpers/stored';
import {
	answersFor,
	percentile,
	runConcurrently,
	seededRandom,
	SurveyClient,
	type Ballot
} from './helpers/survey-client';
import { prepareSurvey, type SurveyFixture } from './helpers/survey-fixture';

const REPLAY_EVERY = 20; // 5%

let cluster: Cluster;
let databaseUrl: string;
let fixture: SurveyFixture;
let server: AppServer;

beforeAll(async () => {
	cluster = await startCluster();
	databaseUrl = await cluster.createDatabase('rapport_submissions');
	fixture = await prepareSurvey(
		databaseUrl,
		{ people: sizes.submissions, departments: sizes.departments },
		'http://127.0.0.1'
	);
	server = await startAppServer(databaseUrl);
});

afterAll(async () => {
	await server?.stop();
	cluster?.stop();
});

type Work =
	{ kind: 'new'; link: string } | { kind: 'replay'; ballot: Ballot; fields: [string, string][] };

describe(`${sizes.submissions} submissions and 5% replays at ${sizes.clients} clients`, () => {
	it('stores every accepted ballot exactly once; every replay is "already recorded"; no 5xx', async () => {
		const client = new SurveyClient(server.baseURL);
		const random = seededRandom(10);
		const work: Work[] = fixture.links.map((link) => ({ kind: 'new', link }));
		const statuses = new Map<string, number>();
		const count = (what: string) => statuses.set(what, (statuses.get(what) ?? 0) + 1);
		const problems: string[] = [];
		const recorded: string[] = [];
		const submitMs: number[] = [];
		let scaleAnswers = 0;
		let replays = 0;
		let replaysAlreadyRecorded = 0;

		const started = performance.now();
		await runConcurrently(work, sizes.clients, async (item, index) => {
			if (item.kind === 'replay') {
				const { outcome, exchange } = await client.submit(item.ballot, item.fields);
				count(`replay ${exchange.status}`);
				replays += 1;
				if (outcome === 'already_recorded') replaysAlreadyRecorded += 1;
				else problems.push(`replay: ${outcome} (${exchange.status})`);
				return;
			}
			const start = await client.startBallot(item.link);
			count(`start ${start.exchange.status}`);
			if (!start.ballot) {
				problems.push(`start ${item.link}: ${start.exchange.status} ${start.exchange.error ?? ''}`);
				return;
			}
			const page = await client.loadSurvey(start.ballot);
			count(`survey page ${page.exchange.status}`);
			if (!page.form) {
				problems.push(`survey page: ${page.exchange.status} ${page.exchange.error ?? ''}`);
				return;
			}
			const fields = answersFor(page.form, random);
			const { outcome, exchange } = await client.submit(start.ballot, fields);
			count(`submit ${exchange.status}`);
			submitMs.push(exchange.ms);
			if (outcome !== 'recorded') {
				problems.push(`submit: ${outcome} (${exchange.status}) ${exchange.error ?? ''}`);
				return;
			}
			recorded.push(start.ballot.token);
			scaleAnswers += fields.filter(([name]) => name.startsWith('q_')).length;
			// Every 20th ballot is sent again later, among the other clients' traffic.
			if (index % REPLAY_EVERY === 0) work.push({ kind: 'replay', ballot: start.ballot, fields });
		});
		const seconds = (performance.now() - started) / 1000;

		const stored = await storedCounts(databaseUrl, fixture.roundId);
		const figures = {
			ballots: fixture.links.length,
			recorded: recorded.length,
			replays,
			replaysAlreadyRecorded,
			seconds: Number(seconds.toFixed(1)),
			submitsPerSecond: Number((recorded.length / seconds).toFixed(1)),
			submitP50Ms: Math.round(percentile(submitMs, 50)),
			submitP99Ms: Math.round(percentile(submitMs, 99)),
			statuses: Object.fromEntries([...statuses].sort()),
			stored,
			serverRssMb: Math.round(server.rssKb() / 1024)
		};
		console.log(`reliability: submissions ${JSON.stringify(figures)}`);

		expect(problems.slice(0, 10)).toEqual([]);
		expect([...statuses.keys()].filter((k) => / 5\d\d$/.test(k))).toEqual([]);
		expect(recorded).toHaveLength(fixture.links.length);
		expect(replays).toBe(Math.ceil(fixture.links.length / REPLAY_EVERY));
		expect(replaysAlreadyRecorded).toBe(replays);
		expect(stored.responses).toBe(recorded.length);
		expect(stored.spentBallots).toBe(recorded.length);
		expect(stored.answers).toBe(scaleAnswers);
		expect(stored.ballotsIssued).toBe(fixture.links.length);
		expect(await unspentBallots(databaseUrl, fixture.roundId, recorded)).toEqual([]);
		expect(server.exited()).toBeNull();
	});
});
