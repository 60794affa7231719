import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer, type AppServer } from './helpers/app-server';
import { startCluster, type Cluster } from './helpers/cluster';
import { answerPatiently, type BallotResult, type Observed } from './helpers/retrying';
import { sizes } from './helpers/sizes';
import { storedCounts, unspentBallots } from './helpers/stored';
import { runConcurrently, seededRandom, SurveyClient } from './helpers/survey-client';
import { HR_EMAIL, HR_PASSWORD, prepareSurvey, type SurveyFixture } from './helpers/survey-fixture';

const RECOVERY_LIMIT_MS = 10_000;
const HELD_DOWN_MS = 2000;
// Tight while the database is down (a restart takes well under a second here), slower after.
const PROBE_EVERY_MS = { down: 10, up: 100 };
const STACK_TRACE = /\bat .+:\d+:\d+|node_modules|\bError:/;

let cluster: Cluster;
let databaseUrl: string;
let fixture: SurveyFixture;
let server: AppServer;
let hrCookie: string;

beforeAll(async () => {
	cluster = await startCluster();
	databaseUrl = await cluster.createDatabase('rapport_outage');
	fixture = await prepareSurvey(
		databaseUrl,
		{ people: sizes.outageSubmissions, departments: sizes.departments },
		'http://127.0.0.1'
	);
	// The scheduler runs every second, so that it meets the outage too.
	server = await startAppServer(databaseUrl, { SCHEDULER_INTERVAL_SECONDS: '1' });
	hrCookie = await new SurveyClient(server.baseURL).signIn(HR_EMAIL, HR_PASSWORD);
});

afterAll(async () => {
	await server?.stop();
	cluster?.stop();
});

/** Keeps what the checks need; the bodies of successful pages are large and many. */
function slim(o: Observed): Observed {
	return o.status >= 500 || o.what.startsWith('probe') ? o : { ...o, body: '' };
}

type Outage = {
	name: string;
	/** Acknowledged ballots before it starts. */
	after: number;
	cause: () => Promise<void>;
	startedAt?: number;
	backAt?: number;
	done?: Promise<void>;
	probing?: Promise<void>;
	recovered?: boolean;
};

describe('PostgreSQL restarted in the middle of the load', () => {
	it('stays up, answers 503 while down, loses and doubles nothing, recovers within 10 s', async () => {
		const client = new SurveyClient(server.baseURL);
		const random = seededRandom(20);
		const observed: Observed[] = [];
		const results: BallotResult[] = [];
		let acknowledged = 0;
		const third = Math.floor(fixture.links.length / 3);
		// The restart takes well under a second here; the second outage lasts long enough that the
		// probes below are sure to meet it whatever the machine's load.
		const outages: Outage[] = [
			{
				name: 'pg_ctl restart -m immediate',
				after: third,
				cause: () => cluster.restartImmediate()
			},
			{
				name: `pg_ctl stop -m immediate, ${HELD_DOWN_MS / 1000} s down, start`,
				after: 2 * third,
				cause: async () => {
					await cluster.stopImmediate();
					await new Promise((r) => setTimeout(r, HELD_DOWN_MS));
					await cluster.start();
				}
			}
		];

		// From the moment the database goes down until the service is back, probe the health
		// check, the API (signed in) and a page, so that every kind of answer meets the outage.
		const probe = async (outage: Outage) => {
			const link = fixture.links[0];
			const healthy = { healthz: false, api: false };
			while (!outage.backAt || !healthy.healthz || !healthy.api) {
				if (Date.now() - outage.startedAt! > 120_000 || server.exited()) break;
				const at = Date.now();
				const [health, api, page] = await Promise.all([
					client.request('/healthz'),
					client.request('/api/v1/departments', { headers: { cookie: hrCookie } }),
					client.request(link, { headers: { accept: 'text/html' } })
				]);
				observed.push({ ...health, what: 'probe healthz', at });
				observed.push({ ...api, what: 'probe api', at });
				observed.push({ ...page, what: 'probe page', at });
				if (outage.backAt && at >= outage.backAt) {
					healthy.healthz ||= health.status === 200;
					healthy.api ||= api.status === 200;
				}
				await new Promise((r) =>
					setTimeout(r, outage.backAt ? PROBE_EVERY_MS.up : PROBE_EVERY_MS.down)
				);
			}
			outage.recovered = true;
		};
		const causeDue = () => {
			outages.forEach((outage, i) => {
				if (outage.done || acknowledged < outage.after) return;
				if (i > 0 && !outages[i - 1].recovered) return;
				outage.startedAt = Date.now();
				outage.done = outage.cause().then(() => {
					outage.backAt = Date.now();
				});
				outage.probing = probe(outage);
			});
		};

		const started = Date.now();
		await runConcurrently(fixture.links, sizes.clients, async (link) => {
			const result = await answerPatiently(
				client,
				link,
				random,
				(o) => observed.push(slim(o)),
				() => server.exited() !== null
			);
			results.push(result);
			if (result.kind === 'acknowledged') acknowledged += 1;
			causeDue();
		});
		for (const outage of outages) {
			await outage.done;
			await outage.probing;
		}
		const seconds = (Date.now() - started) / 1000;

		// Per outage: how long after the database was back each kind of request first succeeded.
		const recoveries = outages.map((outage, i) => {
			const until = outages[i + 1]?.startedAt ?? Infinity;
			const firstOk = (what: string) =>
				Math.min(
					...observed
						.filter((o) => o.what === what && o.status === 200)
						.filter((o) => o.at >= outage.backAt! && o.at < until)
						.map((o) => o.at)
				) - outage.backAt!;
			return {
				outage: outage.name,
				databaseDownMs: outage.backAt! - outage.startedAt!,
				healthzMs: firstOk('probe healthz'),
				apiMs: firstOk('probe api'),
				submitMs: firstOk('submit')
			};
		});
		const unavailable = observed.filter((o) => o.status === 503);
		const byKind = (list: Observed[]) =>
			Object.fromEntries(
				[...new Set(list.map((o) => o.what))]
					.sort()
					.map((w) => [w, list.filter((o) => o.what === w).length])
			);
		const acked = results.filter((r) => r.kind === 'acknowledged');
		const foundCommitted = acked.filter((r) => r.attempts.at(-1) === 'already_recorded');
		const stored = await storedCounts(databaseUrl, fixture.roundId);
		const figures = {
			ballots: fixture.links.length,
			acknowledged: acked.length,
			retriedSubmits: acked.filter((r) => r.attempts.length > 1).length,
			retriesFoundAlreadyRecorded: foundCommitted.length,
			invitationsOpenedButUnanswered: results.filter((r) => r.kind === 'opened_elsewhere').length,
			seconds,
			recoveries,
			unavailable503: byKind(unavailable),
			connectionErrors: byKind(observed.filter((o) => o.status === 0)),
			stored,
			serverRssMb: Math.round(server.rssKb() / 1024)
		};
		console.log(`reliability: outage ${JSON.stringify(figures)}`);

		// The server process survived, and nothing answered a 5xx other than a retryable 503.
		expect(server.exited(), server.output().slice(-3000)).toBeNull();
		const otherErrors = observed.filter((o) => o.status >= 500 && o.status !== 503);
		expect(otherErrors.map((o) => `${o.what} ${o.status} ${o.body.slice(0, 200)}`)).toEqual([]);
		expect(server.output()).not.toMatch(/error [0-9a-f-]{36}:/);

		// The outage was seen, and every 503 was the retryable kind, with no stack trace.
		expect(unavailable.filter((o) => o.what === 'probe healthz').length).toBeGreaterThan(0);
		expect(unavailable.filter((o) => o.what === 'probe api').length).toBeGreaterThan(0);
		expect(unavailable.filter((o) => o.what === 'probe page').length).toBeGreaterThan(0);
		for (const o of unavailable) {
			expect(o.body).not.toMatch(STACK_TRACE);
			if (o.what === 'probe healthz') {
				expect(JSON.parse(o.body)).toEqual({ status: 'unavailable' });
			} else if (o.what === 'probe api') {
				expect(o.retryAfter).toBeGreaterThan(0);
				expect(o.contentType).toContain('application/json');
				expect(JSON.parse(o.body).error.code).toBe('unavailable');
			} else {
				expect(o.retryAfter).toBeGreaterThan(0);
				expect(o.contentType).toContain('text/html');
				// In the survey's language: English, or Spanish for a fifth of the people here.
				expect(o.body).toMatch(/Try again in a moment|Vuelve a intentarlo en un momento/);
			}
		}

		// Every ballot was acknowledged in the end, and stored exactly once.
		expect(results.filter((r) => r.kind === 'failed')).toEqual([]);
		const tokens = acked.map((r) => r.ballot.token);
		expect(new Set(tokens).size).toBe(tokens.length);
		expect(stored.responses).toBe(acked.length);
		expect(stored.spentBallots).toBe(acked.length);
		const scaleAnswers = acked.reduce(
			(sum, r) => sum + r.fields.filter(([name]) => name.startsWith('q_')).length,
			0
		);
		expect(stored.answers).toBe(scaleAnswers);
		expect(await unspentBallots(databaseUrl, fixture.roundId, tokens)).toEqual([]);
		// "Already recorded" only ever answered a retry whose earlier attempt had committed.
		for (const r of foundCommitted) {
			expect(r.attempts.length).toBeGreaterThan(1);
			expect(r.attempts.slice(0, -1).every((a) => a === 'unavailable' || a === 'network')).toBe(
				true
			);
		}

		// The server's log names routes, never an invitation link or a survey's address.
		expect(server.output()).toContain('database unavailable: POST /(public)/');
		expect(server.output()).not.toMatch(/\/s\/[a-z2-7]{20,}|\/survey\/[0-9a-f]{8}-/);

		// Back within 10 s of the database, each time.
		expect(outages.every((o) => o.backAt)).toBe(true);
		for (const r of recoveries) {
			expect(r.healthzMs).toBeLessThanOrEqual(RECOVERY_LIMIT_MS);
			expect(r.apiMs).toBeLessThanOrEqual(RECOVERY_LIMIT_MS);
			expect(r.submitMs).toBeLessThanOrEqual(RECOVERY_LIMIT_MS);
		}
	});

	it('the scheduler survived the outage: it still closes a round that is due', async () => {
		const admin = new pg.Client({ connectionString: databaseUrl });
		await admin.connect();
		try {
			await admin.query(`update pulse_rounds set closes_at = now() where id = $1`, [
				fixture.roundId
			]);
			const deadline = Date.now() + 15_000;
			let status = 'open';
			while (status !== 'closed' && Date.now() < deadline) {
				await new Promise((r) => setTimeout(r, 250));
				const { rows } = await admin.query('select status from pulse_rounds where id = $1', [
					fixture.roundId
				]);
				status = rows[0].status;
			}
			expect(status).toBe('closed');
		} finally {
			await admin.end();
		}
		expect(server.exited()).toBeNull();
	});
});
