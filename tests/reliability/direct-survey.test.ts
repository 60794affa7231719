import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer, type AppServer } from './helpers/app-server';
import { startCluster, type Cluster } from './helpers/cluster';
import { parseSurveyForm } from './helpers/survey-client';
import { prepareSurvey, type SurveyFixture } from './helpers/survey-fixture';
import { linkTokenHash } from '../../src/lib/server/surveys/invitations';

// The survey's plain requests are served in front of SvelteKit (src/lib/server/surveys/direct.ts)
// by the routes' own code. Two servers on one database, one with SURVEY_DIRECT=off, take two
// people of the same department through the same steps; every answer must be the same: status,
// headers, cookies and page (less Svelte's hydration comments, which a page without scripts
// never reads, what is random by design, the ballot and a private link, and each server's own
// address).

let cluster: Cluster;
let databaseUrl: string;
let fixture: SurveyFixture;
let viaSvelteKit: AppServer;
let direct: AppServer;
/** Links of people of one department and language, in pairs: one for each server. */
let pairs: [string, string][];
let spare: string[];

const COMPARED_HEADERS = [
	'content-type',
	'content-encoding',
	'cache-control',
	'content-security-policy',
	'link',
	'location',
	'vary',
	'retry-after',
	'x-content-type-options',
	'referrer-policy',
	'x-frame-options',
	'cross-origin-opener-policy',
	'permissions-policy'
];

/** Each link's department and language: two links alike in both get the same pages. */
async function lookOf(links: string[]): Promise<Map<string, string>> {
	const client = new pg.Client({ connectionString: databaseUrl });
	await client.connect();
	try {
		const byHash = new Map(links.map((link) => [linkTokenHash(link.slice('/s/'.length)), link]));
		// The language too: people of one department may read the survey in two.
		const { rows } = await client.query<{
			token_hash: string;
			department_id: string;
			locale: string;
		}>(
			`select l.token_hash, i.department_id, p.locale from invitation_links l
			join invitations i on i.id = l.invitation_id join people p on p.id = i.person_id
			where l.token_hash = any($1)`,
			[[...byHash.keys()]]
		);
		return new Map(rows.map((r) => [byHash.get(r.token_hash)!, `${r.department_id} ${r.locale}`]));
	} finally {
		await client.end();
	}
}

beforeAll(async () => {
	cluster = await startCluster();
	databaseUrl = await cluster.createDatabase('rapport_direct_survey');
	fixture = await prepareSurvey(databaseUrl, { people: 100, departments: 4 }, 'http://127.0.0.1');
	[viaSvelteKit, direct] = await Promise.all([
		startAppServer(databaseUrl, { SURVEY_DIRECT: 'off' }),
		startAppServer(databaseUrl)
	]);
	const looks = await lookOf(fixture.links);
	const alike = new Map<string, string[]>();
	for (const link of fixture.links) {
		const look = looks.get(link)!;
		alike.set(look, [...(alike.get(look) ?? []), link]);
	}
	const largest = [...alike.values()].sort((a, b) => b.length - a.length)[0];
	pairs = [];
	for (let i = 0; i + 1 < largest.length - 2; i += 2) pairs.push([largest[i], largest[i + 1]]);
	spare = fixture.links.filter((link) => !largest.includes(link));
}, 180_000);

afterAll(async () => {
	await Promise.all([viaSvelteKit?.stop(), direct?.stop()]);
	cluster?.stop();
});

type Answer = {
	status: number;
	headers: Record<string, string | null>;
	cookies: string[];
	body: string;
	/** SvelteKit marks the pages it renders; the direct path does not. */
	renderedBySvelteKit: boolean;
};

/** One person's browser on one server: its cookies, and its answers normalised for comparing. */
function browser(base: string, extraHeaders: Record<string, string> = {}) {
	const jar = new Map<string, string>();
	const send = async (path: string, init: { form?: string; cookie?: string } = {}) => {
		const headers: Record<string, string> = { accept: 'text/html', ...extraHeaders };
		if (jar.size) headers.cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
		if (init.cookie) headers.cookie = init.cookie;
		if (init.form !== undefined) {
			headers['content-type'] = 'application/x-www-form-urlencoded';
			headers.origin = base;
		}
		const response = await fetch(base + path, {
			method: init.form === undefined ? 'GET' : 'POST',
			headers,
			body: init.form,
			redirect: 'manual'
		});
		const cookies = response.headers.getSetCookie();
		for (const line of cookies) {
			const [pair] = line.split(';');
			const at = pair.indexOf('=');
			const [name, value] = [pair.slice(0, at), pair.slice(at + 1)];
			if (/max-age=0/i.test(line) || value === '') jar.delete(name);
			else jar.set(name, value);
		}
		const body = await response.text();
		return {
			raw: body,
			ballot: jar.get('rapport_ballot'),
			answer: {
				status: response.status,
				headers: Object.fromEntries(COMPARED_HEADERS.map((h) => [h, response.headers.get(h)])),
				cookies: cookies.map((line) =>
					line
						.replace(/^((?:__Secure-)?rapport_ballot)=[^;]+/, '$1=<ballot>')
						.replace(/Expires=[^;]+/, 'Expires=<date>')
						.replace(/^rapport_own_writes=[^;]+/, 'rapport_own_writes=<mark>')
				),
				body: body
					.replaceAll(base, '<origin>')
					.replace(/<!--[^]*?-->/g, '')
					.replace(/\/survey\/conversation\/[A-Za-z0-9_-]+/g, '/survey/conversation/<capability>'),
				renderedBySvelteKit: response.headers.get('x-sveltekit-page') === 'true'
			} satisfies Answer
		};
	};
	return { send };
}

/** The answers to the first step's form: every statement, the departments to rate chosen. */
function firstStep(html: string, choose: number) {
	const form = parseSurveyForm(html);
	const statements = [...form.scales].map(([name, values]) => [name, values[values.length - 1]]);
	const providers = [...html.matchAll(/name="chosen" value="([^"]+)"/g)].map((m) => m[1]);
	return { statements, chosen: providers.slice(0, choose), comments: form.comments };
}

type Send = ReturnType<typeof browser>['send'];
type Exchange = Awaited<ReturnType<Send>>;

/**
 * The same steps for two people of one department, one on each server; each step's answers
 * side by side, and whether the direct server's came from SvelteKit.
 */
async function walkBoth(
	pair: [string, string],
	steps: (send: Send, link: string) => AsyncGenerator<Exchange>,
	headers: Record<string, string> = {}
) {
	const results: { step: number; sveltekit: Answer; direct: Answer }[] = [];
	const one = async (server: AppServer, link: string) => {
		const answers: Answer[] = [];
		for await (const reply of steps(browser(server.baseURL, headers).send, link)) {
			answers.push(reply.answer);
		}
		return answers;
	};
	const [a, b] = [await one(viaSvelteKit, pair[0]), await one(direct, pair[1])];
	expect(b.length).toBe(a.length);
	a.forEach((sveltekit, step) => results.push({ step, sveltekit, direct: b[step] }));
	return results;
}

/** What a person gets, less whether SvelteKit rendered it. */
const received = (a: Answer) => ({
	status: a.status,
	headers: a.headers,
	cookies: a.cookies,
	body: a.body
});

function expectSame(results: Awaited<ReturnType<typeof walkBoth>>) {
	for (const { step, sveltekit, direct: served } of results) {
		expect({ step, ...received(served) }).toEqual({ step, ...received(sveltekit) });
	}
}

describe('the survey served directly', () => {
	it('learns its routes from the first pages SvelteKit serves, then serves them itself', async () => {
		const { send } = browser(direct.baseURL);
		const link = spare.pop()!;
		const first = await send(link);
		expect(first.answer.renderedBySvelteKit).toBe(true);
		await send(`${link}?/start`, { form: '' });
		const survey = await send(`/survey/${fixture.roundId}`);
		expect(survey.answer.renderedBySvelteKit).toBe(true);
		const again = await send(`/survey/${fixture.roundId}`);
		expect(again.answer.status).toBe(200);
		expect(again.answer.renderedBySvelteKit).toBe(false);
		const next = await browser(direct.baseURL).send(spare.pop()!);
		expect(next.answer.status).toBe(200);
		expect(next.answer.renderedBySvelteKit).toBe(false);
	});

	it('answers every step of a completion exactly as SvelteKit does', async () => {
		const results = await walkBoth(pairs[0], async function* (send, link) {
			yield send(link);
			yield send(`${link}?/start`, { form: '' });
			const survey = send(`/survey/${fixture.roundId}`);
			yield survey;
			const { raw, ballot } = await survey;
			const { statements, chosen, comments } = firstStep(raw, 2);
			// A mistake: a statement answered outside its scale.
			yield send(`/survey/${fixture.roundId}?/submit`, {
				form: new URLSearchParams([[statements[0][0], '9']]).toString()
			});
			const choice = new URLSearchParams([...statements, ...chosen.map((id) => ['chosen', id])]);
			yield send(`/survey/${fixture.roundId}?/submit`, { form: choice.toString() });
			const answers = new URLSearchParams([
				...choice,
				...chosen.map((id) => [`isr_${id}`, '8']),
				[`isr_reasons_${chosen[0]}`, 'responsive'],
				...comments.map((name) => [name, 'Fewer meetings & more focus time, please.']),
				['rated', '1']
			]);
			yield send(`/survey/${fixture.roundId}?/submit`, { form: answers.toString() });
			// After the answers: the thank-you again, the link opened before, a second Start.
			yield send(`/survey/${fixture.roundId}`);
			yield send(`/survey/${fixture.roundId}?/submit`, { form: answers.toString() });
			yield send(link);
			yield send(`${link}?/start`, { form: '' });
			// The spent ballot sent again (a copy kept by a proxy, say): the page, then a replay.
			const spent = `rapport_ballot=${ballot}`;
			yield send(`/survey/${fixture.roundId}`, { cookie: spent });
			yield send(`/survey/${fixture.roundId}?/submit`, { form: answers.toString(), cookie: spent });
		});
		expectSame(results);
		const servedDirectly = results.filter((r) => !r.direct.renderedBySvelteKit).map((r) => r.step);
		// The pages of a first visit, the mistake, the rating step, the thank-you, the link opened
		// before and the spent ballot's two.
		expect(servedDirectly).toEqual(expect.arrayContaining([0, 2, 3, 4, 5, 8, 10, 11]));
		expect(results[5].direct.body).toContain('/survey/conversation/<capability>');
	});

	it('asks before recording an empty survey, as SvelteKit does', async () => {
		const results = await walkBoth(pairs[1], async function* (send, link) {
			yield send(`${link}?/start`, { form: '' });
			yield send(`/survey/${fixture.roundId}?/submit`, { form: '' });
			yield send(`/survey/${fixture.roundId}?/submit`, { form: 'confirm_empty=1' });
		});
		expectSame(results);
		expect(results[1].direct.renderedBySvelteKit).toBe(false);
	});

	it('writes the page in the invitation’s language and compresses it, as SvelteKit does', async () => {
		const headers = { 'accept-language': 'es', 'accept-encoding': 'br' };
		const results = await walkBoth(
			pairs[2],
			async function* (send, link) {
				yield send(link);
				yield send(`${link}?/start`, { form: '' });
				yield send(`/survey/${fixture.roundId}`);
			},
			headers
		);
		expectSame(results);
		expect(results[2].direct.headers['content-encoding']).toBe('br');
		expect(results[2].direct.renderedBySvelteKit).toBe(false);
	});

	it('says a closed survey is closed, as SvelteKit does', async () => {
		const results = await walkBoth(pairs[4], async function* (send, link) {
			yield send(`${link}?/start`, { form: '' });
			const client = new pg.Client({ connectionString: databaseUrl });
			await client.connect();
			const window = `select opens_at, closes_at from pulse_rounds where id = $1`;
			const { rows } = await client.query(window, [fixture.roundId]);
			try {
				await client.query(
					`update pulse_rounds set opens_at = now() - interval '2 minutes',
					closes_at = now() - interval '1 minute' where id = $1`,
					[fixture.roundId]
				);
				yield send(`/survey/${fixture.roundId}`);
				yield send(link);
			} finally {
				await client.query(`update pulse_rounds set opens_at = $2, closes_at = $3 where id = $1`, [
					fixture.roundId,
					rows[0].opens_at,
					rows[0].closes_at
				]);
				await client.end();
			}
		});
		expectSame(results);
		expect(results[1].direct.body).toBe(results[1].sveltekit.body);
		expect(results[1].direct.renderedBySvelteKit).toBe(false);
	});

	it('keeps the pages everyone of a department gets, and never one person’s', async () => {
		// Four people of one department and language on the direct server: the first writes a
		// comment (a thank-you with a private link) and rates two departments; the others send
		// no comment and choose other departments.
		const [first, second] = pairs[3];
		const [third, fourth] = pairs[6];
		const walk = async (link: string, choose: number[], comment: string | null) => {
			const { send } = browser(direct.baseURL);
			const invitation = await send(link);
			await send(`${link}?/start`, { form: '' });
			const survey = await send(`/survey/${fixture.roundId}`);
			const { statements, comments } = firstStep(survey.raw, 0);
			const offered = [...survey.raw.matchAll(/name="chosen" value="([^"]+)"/g)].map((m) => m[1]);
			const chosen = choose.map((i) => offered[i]);
			const choice = new URLSearchParams([...statements, ...chosen.map((id) => ['chosen', id])]);
			const rating = await send(`/survey/${fixture.roundId}?/submit`, { form: choice.toString() });
			const answers = new URLSearchParams([
				...choice,
				...chosen.map((id) => [`isr_${id}`, '7']),
				...(comment ? comments.map((name) => [name, comment]) : []),
				['rated', '1']
			]);
			const thanks = await send(`/survey/${fixture.roundId}?/submit`, { form: answers.toString() });
			return { invitation, survey, rating, thanks, chosen };
		};
		const secret = 'Only the first person wrote this comment.';
		const a = await walk(first, [0, 1], secret);
		const b = await walk(second, [2], null);
		const c = await walk(third, [1], null);
		const d = await walk(fourth, [0], null);
		for (const { invitation, survey, rating, thanks } of [a, b, c, d]) {
			for (const page of [invitation, survey, rating, thanks]) {
				expect(page.answer.status).toBe(200);
				expect(page.answer.renderedBySvelteKit).toBe(false);
			}
		}
		// The invitation and survey pages are one page each for all four, and no link is in them;
		// the thank-you without a private link is one page for the other three.
		expect(new Set([a, b, c, d].map((p) => p.invitation.raw)).size).toBe(1);
		expect(new Set([a, b, c, d].map((p) => p.survey.raw)).size).toBe(1);
		for (const token of [first, second, third, fourth].map((l) => l.slice('/s/'.length))) {
			expect(a.invitation.raw).not.toContain(token);
			expect(a.survey.raw).not.toContain(token);
		}
		expect(new Set([b, c, d].map((p) => p.thanks.raw)).size).toBe(1);
		// The first person's private link is on their own thank-you only.
		const link = /\/survey\/conversation\/[A-Za-z0-9_-]+/.exec(a.thanks.raw)?.[0];
		expect(link).toBeDefined();
		for (const other of [b, c, d]) {
			expect(other.thanks.raw).not.toContain(link);
			expect(other.thanks.raw).not.toContain('/survey/conversation/');
		}
		// Each rating page asks for the departments its own person chose, and no other's.
		const rated = (html: string) =>
			[...html.matchAll(/name="isr_([0-9a-f-]{36})"/g)].map((m) => m[1]);
		for (const person of [a, b, c, d]) {
			expect(new Set(rated(person.rating.raw))).toEqual(new Set(person.chosen));
		}
		for (const page of [a, b, c, d].flatMap((p) => [p.survey.raw, p.rating.raw, p.thanks.raw])) {
			expect(page).not.toContain(secret);
		}
	});

	it('leaves to SvelteKit what it does not serve: another site’s post, a language switch', async () => {
		const [link] = pairs[5];
		const crossSite = await fetch(`${direct.baseURL}${link}?/start`, {
			method: 'POST',
			headers: {
				'content-type': 'application/x-www-form-urlencoded',
				origin: 'https://elsewhere.example'
			},
			redirect: 'manual'
		});
		expect(crossSite.status).toBe(403);
		const switched = await browser(direct.baseURL).send(`${link}?lang=es`);
		expect(switched.answer.status).toBe(200);
		expect(switched.answer.renderedBySvelteKit).toBe(true);
	});
});
