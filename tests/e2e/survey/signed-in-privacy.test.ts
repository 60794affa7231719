import { DAY_MS } from '../../../src/lib/domain/dates';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smallOrg } from '../../helpers/org-fixture';
import { startAppServer, type AppServer } from '../../reliability/helpers/app-server';
import { startCluster, type Cluster } from '../../reliability/helpers/cluster';
import {
	answersFor,
	outcomeOf,
	parseSurveyForm,
	seededRandom,
	SurveyClient,
	type Ballot
} from '../../reliability/helpers/survey-client';
import { DEFAULT_CORE_KEYS } from '../../../src/lib/domain/questions';
import { openDatabase } from '../../../src/lib/server/db/connection';
import type { Database } from '../../../src/lib/server/db/schema';
import {
	createSession,
	generateSessionToken,
	SESSION_LIFETIME_MS,
	sessionIdFromToken
} from '../../../src/lib/server/auth/session';
import { createProgramme } from '../../../src/lib/server/surveys/programmes';
import { openRoundNow } from '../../../src/lib/server/surveys/rounds';

// Through the built server on a PostgreSQL cluster of its own, so that the test can read the
// sessions row's version (xmin, ctid) while the server runs.
let cluster: Cluster;
let server: AppServer;
let db: Kysely<Database>;
let client: SurveyClient;
let roundId: string;
let sessionToken: string;
let sessionCookie: string;

beforeAll(async () => {
	cluster = await startCluster();
	const url = await cluster.createDatabase('rapport_signed_in');
	server = await startAppServer(url, { SCHEDULER: 'off' });
	db = openDatabase({ kind: 'postgres', url, maxConnections: 2 });
	const org = await smallOrg(db, { support: 5, billing: 2, sales: 2 });
	const programme = await createProgramme(
		db,
		{
			name: 'Signed-in pulse',
			cadence: 'monthly',
			startsOn: '2030-01-01',
			roundLengthDays: 7,
			questionsPerRound: 6,
			coreQuestionKeys: [...DEFAULT_CORE_KEYS, 'comment.open'],
			reminderDays: [],
			departmentIds: [org.ops.id, org.sales.id]
		},
		null
	);
	const opened = await openRoundNow(db, programme, new Date());
	if (!opened.ok) throw new Error(opened.reason);
	roundId = opened.opened.round.id;
	// Signed in 16 days ago: 14 days left, less than the 15 under which any page renews it.
	sessionToken = generateSessionToken();
	const person = org.people.find((p) => p.departmentId === org.support.id)!;
	await createSession(db, sessionToken, person.id, new Date(Date.now() - 16 * DAY_MS));
	// Last used ten minutes ago: within the idle limit, but old enough that any other page
	// records the use.
	await db
		.updateTable('sessions')
		.set({ last_seen_at: new Date(Date.now() - 10 * 60 * 1000) })
		.where('id', '=', sessionIdFromToken(sessionToken))
		.execute();
	sessionCookie = `rapport_session=${sessionToken}`;
	client = new SurveyClient(server.baseURL);
}, 180_000);

afterAll(async () => {
	await db?.destroy();
	await server?.stop();
	cluster?.stop();
});

async function sessionRow() {
	const { rows } = await sql<{ xmin: string; ctid: string; expires_at: Date; last_seen_at: Date }>`
		select xmin::text as xmin, ctid::text as ctid, expires_at, last_seen_at from sessions
		where id = ${sessionIdFromToken(sessionToken)}`.execute(db);
	return rows[0];
}

/** The cookies a response sets, by name, as `value; attributes`. */
function setCookies(response: Response | null): Map<string, string> {
	const cookies = new Map<string, string>();
	for (const line of response?.headers.getSetCookie() ?? []) {
		const at = line.indexOf('=');
		cookies.set(line.slice(0, at), line.slice(at + 1));
	}
	return cookies;
}

describe('answering from the home page while signed in', () => {
	it('leaves the session row as it was: same version, same expiry, same last use', async () => {
		const before = await sessionRow();
		expect(before.expires_at.getTime() - Date.now()).toBeLessThan(15 * DAY_MS);
		const sessionCookiesSet: string[] = [];
		const watch = (response: Response | null) => {
			for (const name of setCookies(response).keys()) {
				if (name.endsWith('rapport_session')) sessionCookiesSet.push(name);
			}
		};

		// The home page's survey, its Start button, the form, the submit.
		const page = await client.request(`/survey/${roundId}`, {
			headers: { cookie: sessionCookie, accept: 'text/html' }
		});
		watch(page.response);
		expect(page.status).toBe(200);
		const start = await client.post(`/survey/${roundId}?/start`, [], sessionCookie);
		watch(start.response);
		expect(start.status).toBe(303);
		const ballotToken = setCookies(start.response).get('rapport_ballot')!.split(';')[0];
		expect(ballotToken).toMatch(new RegExp(`^${roundId}\\.`));
		const ballot: Ballot = {
			roundId,
			departmentId: ballotToken.split('.')[1],
			token: ballotToken,
			cookie: `${sessionCookie}; rapport_ballot=${ballotToken}; rapport_survey_locale=en`
		};
		const survey = await client.request(`/survey/${roundId}`, {
			headers: { cookie: ballot.cookie, accept: 'text/html' }
		});
		watch(survey.response);
		const fields = answersFor(parseSurveyForm(survey.body), seededRandom(7));
		const submitted = await client.post(`/survey/${roundId}?/submit`, fields, ballot.cookie);
		watch(submitted.response);
		expect(outcomeOf(submitted)).toBe('recorded');

		expect(sessionCookiesSet).toEqual([]);
		expect(await sessionRow()).toEqual(before);

		// The control: any other page renews a session this old, and the row shows it.
		const home = await client.request('/', { headers: { cookie: sessionCookie } });
		expect(home.status).toBe(200);
		const renewed = await sessionRow();
		expect(renewed.xmin).not.toBe(before.xmin);
		expect(renewed.expires_at.getTime()).toBeGreaterThan(Date.now() + SESSION_LIFETIME_MS - DAY_MS);
		expect(renewed.last_seen_at.getTime()).toBeGreaterThan(before.last_seen_at.getTime());
	});

	it('takes the ballot off the device once stored, and still thanks on a reload or a second send', async () => {
		const client2 = new SurveyClient(server.baseURL);
		const fresh = await db
			.selectFrom('invitations')
			.select('person_id')
			.where('round_id', '=', roundId)
			.where('ballot_issued', '=', false)
			.executeTakeFirstOrThrow();
		const token = generateSessionToken();
		await createSession(db, token, fresh.person_id);
		const session = `rapport_session=${token}`;
		const start = await client2.post(`/survey/${roundId}?/start`, [], session);
		const ballotToken = setCookies(start.response).get('rapport_ballot')!.split(';')[0];
		const ballot: Ballot = {
			roundId,
			departmentId: ballotToken.split('.')[1],
			token: ballotToken,
			cookie: `${session}; rapport_ballot=${ballotToken}`
		};
		const { form } = await client2.loadSurvey(ballot);
		const fields = answersFor(form!, seededRandom(11));
		const submitted = await client2.post(`/survey/${roundId}?/submit`, fields, ballot.cookie);
		expect(outcomeOf(submitted)).toBe('recorded');
		const cookies = setCookies(submitted.response);
		expect(cookies.get('rapport_ballot')).toMatch(/Max-Age=0/);
		expect(cookies.get('rapport_survey_done')).toMatch(/^1;/);
		// A client that kept the ballot anyway and sends it again stores nothing twice.
		const replay = await client2.post(`/survey/${roundId}?/submit`, fields, ballot.cookie);
		expect(outcomeOf(replay)).toBe('already_recorded');

		// What the browser holds now: the "done" mark, no ballot.
		const after = `${session}; rapport_survey_done=1`;
		const reload = await client2.request(`/survey/${roundId}`, {
			headers: { cookie: after, accept: 'text/html' }
		});
		expect(reload.status).toBe(200);
		expect(reload.body).toContain('id="thanks"');
		expect(reload.body).not.toContain('<form');
		const again = await client2.post(`/survey/${roundId}?/submit`, fields, after);
		expect(outcomeOf(again)).toBe('already_recorded');
	});
});
