import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer, type AppServer } from './helpers/app-server';
import { startCluster, type Cluster } from './helpers/cluster';
import { answerPatiently, type Observed } from './helpers/retrying';
import { sizes } from './helpers/sizes';
import { connectionsTo, storedCounts } from './helpers/stored';
import { seededRandom, SurveyClient, type Ballot } from './helpers/survey-client';
import { HR_EMAIL, HR_PASSWORD, prepareSurvey, type SurveyFixture } from './helpers/survey-fixture';

const DATABASE = 'rapport_soak';
const POOL_SIZE = 10;
const SAMPLE_EVERY_MS = 1000;
// Fresh ballots for about half the soak at the pace seen here; replays and reads after that.
const BALLOTS_PER_SECOND = 10;
// Resident memory may settle a little higher as the heap finds its size; a leak grows on.
const RSS_SLACK = { ratio: 1.15, mb: 24 };
const MEMORY_CHECK_MIN_SECONDS = 120;

let cluster: Cluster;
let databaseUrl: string;
let fixture: SurveyFixture;
let server: AppServer;
let hrCookie: string;

beforeAll(async () => {
	cluster = await startCluster();
	databaseUrl = await cluster.createDatabase(DATABASE);
	fixture = await prepareSurvey(
		databaseUrl,
		{ people: Math.ceil(sizes.soakSeconds * BALLOTS_PER_SECOND), departments: sizes.departments },
		'http://127.0.0.1'
	);
	server = await startAppServer(databaseUrl, { DATABASE_POOL_SIZE: String(POOL_SIZE) });
	hrCookie = await new SurveyClient(server.baseURL).signIn(HR_EMAIL, HR_PASSWORD);
});

afterAll(async () => {
	await server?.stop();
	cluster?.stop();
});

const median = (values: number[]) =>
	[...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

describe(`a soak of ${sizes.soakSeconds} s at ${sizes.clients} clients`, () => {
	it('keeps memory and database connections flat', async () => {
		const client = new SurveyClient(server.baseURL);
		const random = seededRandom(30);
		const links = [...fixture.links];
		const answered: { ballot: Ballot; fields: [string, string][] }[] = [];
		const statuses = new Map<string, number>();
		const problems: string[] = [];
		const observe = (o: Observed) => {
			const key = `${o.what} ${o.status}`;
			statuses.set(key, (statuses.get(key) ?? 0) + 1);
			if (o.status >= 500 || o.status === 0) problems.push(`${key} ${o.error ?? ''}`);
		};
		const samples: { at: number; rssMb: number; connections: number }[] = [];
		const started = Date.now();
		const deadline = started + sizes.soakSeconds * 1000;

		const sampler = (async () => {
			while (Date.now() < deadline) {
				samples.push({
					at: (Date.now() - started) / 1000,
					rssMb: server.rssKb() / 1024,
					connections: await connectionsTo(cluster.url(), DATABASE)
				});
				await new Promise((r) => setTimeout(r, SAMPLE_EVERY_MS));
			}
		})();

		// Each client mixes what people do: answer a survey, send a form again, read the API,
		// and what a load balancer does: ask /healthz.
		const oneClient = async () => {
			while (Date.now() < deadline) {
				const dice = random();
				if (links.length > 0 && dice < 0.6) {
					const result = await answerPatiently(client, links.pop()!, random, observe);
					if (result.kind === 'acknowledged' && result.attempts.length === 1) answered.push(result);
					else problems.push(`answer: ${JSON.stringify(result).slice(0, 200)}`);
				} else if (answered.length > 0 && dice < 0.8) {
					const again = answered[Math.floor(random() * answered.length)];
					const { outcome, exchange } = await client.submit(again.ballot, again.fields);
					observe({ ...exchange, what: 'replay', at: Date.now() });
					if (outcome !== 'already_recorded') problems.push(`replay: ${outcome}`);
				} else if (dice < 0.9) {
					const api = await client.request('/api/v1/departments', {
						headers: { cookie: hrCookie }
					});
					observe({ ...api, what: 'api', at: Date.now() });
					if (api.status !== 200) problems.push(`api: ${api.status}`);
				} else {
					const health = await client.request('/healthz');
					observe({ ...health, what: 'healthz', at: Date.now() });
					if (health.status !== 200) problems.push(`healthz: ${health.status}`);
				}
			}
		};
		await Promise.all(Array.from({ length: sizes.clients }, oneClient));
		await sampler;

		// The first third (at least 5 s) warms up: caches fill, the heap finds its size (resident
		// memory climbs for a minute or so here, then stays level).
		const warm = samples.filter((s) => s.at >= Math.max(5, sizes.soakSeconds / 3));
		const third = Math.max(1, Math.floor(warm.length / 3));
		const early = warm.slice(0, third);
		const late = warm.slice(-third);
		const stored = await storedCounts(databaseUrl, fixture.roundId);
		const figures = {
			seconds: sizes.soakSeconds,
			answered: answered.length,
			requests: [...statuses.values()].reduce((a, b) => a + b, 0),
			statuses: Object.fromEntries([...statuses].sort()),
			rssMb: {
				start: Math.round(samples[0].rssMb),
				earlyMedian: Math.round(median(early.map((s) => s.rssMb))),
				lateMedian: Math.round(median(late.map((s) => s.rssMb))),
				end: Math.round(samples.at(-1)!.rssMb),
				max: Math.round(Math.max(...samples.map((s) => s.rssMb))),
				// About twelve points over the soak, to see the shape.
				series: samples
					.filter((_, i) => i % Math.max(1, Math.round(samples.length / 12)) === 0)
					.map((s) => Math.round(s.rssMb))
			},
			connections: {
				early: Math.max(...early.map((s) => s.connections)),
				late: Math.max(...late.map((s) => s.connections)),
				max: Math.max(...samples.map((s) => s.connections))
			},
			stored
		};
		console.log(`reliability: soak ${JSON.stringify(figures)}`);

		expect(problems.slice(0, 10)).toEqual([]);
		expect(server.exited()).toBeNull();
		expect(stored.responses).toBe(answered.length);
		// Resident memory climbs for a minute or more under load before it levels off: a shorter
		// soak (CI's) cannot tell that from a leak, so it checks errors and connections only.
		if (sizes.soakSeconds >= MEMORY_CHECK_MIN_SECONDS) {
			expect(figures.rssMb.lateMedian).toBeLessThanOrEqual(
				figures.rssMb.earlyMedian * RSS_SLACK.ratio + RSS_SLACK.mb
			);
		}
		// Never more connections than the pool holds: none leaked, no second pool.
		expect(figures.connections.max).toBeLessThanOrEqual(POOL_SIZE);
	});
});
