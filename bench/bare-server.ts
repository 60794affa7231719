// The baseline the survey submit is measured against: node:http and a pg pool, nothing else,
// storing a form posted with a ballot cookie through the same statement as the app. Also serves
// a fixed page, the floor for the survey page's time to first byte, and the whole way from the
// invitation link to the thank-you (completion.ts), one statement per step as the app needs.
import { createHash } from 'node:crypto';
import http from 'node:http';
import { readFileSync } from 'node:fs';
import {
	DummyDriver,
	Kysely,
	PostgresAdapter,
	PostgresIntrospector,
	PostgresQueryCompiler
} from 'kysely';
import pg from 'pg';
import type { ValidAnswers } from '../src/lib/domain/survey-answers';
import { issueBallot, nonceHash, verifyBallot } from '../src/lib/server/surveys/ballots';
import { submitStatement } from '../src/lib/server/surveys/responses';

const secret = process.env.BENCH_BALLOT_SECRET ?? '';
const page = readFileSync(process.env.BENCH_PAGE_FILE ?? '/dev/null');
const pool = new pg.Pool({
	connectionString: process.env.DATABASE_URL,
	max: Number(process.env.DATABASE_POOL_SIZE ?? 10)
});

// The app prepares its hot statements on each connection (src/lib/server/db/hot-statements.ts),
// so the baseline does too: the same statement text always under the same name.
const statementNames = new Map<string, string>();
function query(text: string, values: unknown[]) {
	let name = statementNames.get(text);
	if (!name) statementNames.set(text, (name = `bare_${statementNames.size + 1}`));
	return pool.query({ name, text, values });
}

// Only compiles statements to SQL text and parameters; the pool above runs them.
const compiler = new Kysely<unknown>({
	dialect: {
		createAdapter: () => new PostgresAdapter(),
		createDriver: () => new DummyDriver(),
		createIntrospector: (db) => new PostgresIntrospector(db),
		createQueryCompiler: () => new PostgresQueryCompiler()
	}
});

function answersOf(form: URLSearchParams): ValidAnswers {
	const value: ValidAnswers = { answers: [], ratings: [], comments: [] };
	for (const [name, text] of form) {
		if (name.startsWith('q_')) value.answers.push({ q: name.slice(2), v: Number(text) });
		else if (name.startsWith('c_')) value.comments.push({ q: name.slice(2), p: null, b: text });
		else if (name.startsWith('isr_') && !name.startsWith('isr_reasons_')) {
			value.ratings.push({
				p: name.slice(4),
				s: Number(text),
				r: form.getAll(`isr_reasons_${name.slice(4)}`)
			});
		}
	}
	return value;
}

function ballotCookie(header: string | undefined): string | undefined {
	return header
		?.split(/;\s*/)
		.find((c) => c.startsWith('rapport_ballot='))
		?.slice('rapport_ballot='.length);
}

const html = { 'content-type': 'text/html; charset=utf-8' };
const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

async function invitationPage(token: string, res: http.ServerResponse) {
	const { rows } = await query(
		`select i.ballot_issued, r.status, p.name from invitation_links l
		join invitations i on i.id = l.invitation_id join pulse_rounds r on r.id = i.round_id
		join pulse_programmes p on p.id = r.programme_id where l.token_hash = $1`,
		[tokenHash(token)]
	);
	if (!rows[0]) return res.writeHead(404).end('unknown link');
	res.writeHead(200, html).end(`<!doctype html><h1>${rows[0].name}</h1><form method="post">
		<button>Start the survey</button></form>`);
}

async function start(token: string, res: http.ServerResponse) {
	const { rows } = await query(
		`update invitations set ballot_issued = true where ballot_issued = false and id =
		(select invitation_id from invitation_links where token_hash = $1)
		returning round_id, department_id`,
		[tokenHash(token)]
	);
	if (!rows[0]) return res.writeHead(303, { location: '/' }).end();
	const ballot = issueBallot(secret, rows[0].round_id, rows[0].department_id);
	res
		.writeHead(303, {
			location: `/survey/${rows[0].round_id}`,
			'set-cookie': `rapport_ballot=${ballot}; Path=/survey/${rows[0].round_id}; HttpOnly`
		})
		.end();
}

async function surveyPage(req: http.IncomingMessage, res: http.ServerResponse) {
	const ballot = verifyBallot(secret, ballotCookie(req.headers.cookie));
	if (!ballot) return res.writeHead(403).end('no ballot');
	const { rows } = await query(
		`select status, exists(select 1 from spent_ballots where round_id = r.id and nonce_hash = $2)
		as spent from pulse_rounds r where id = $1`,
		[ballot.roundId, nonceHash(ballot.nonce)]
	);
	if (rows[0]?.status !== 'open' || rows[0].spent) return res.writeHead(409).end('closed');
	res.writeHead(200, html).end(page);
}

async function submit(req: http.IncomingMessage, res: http.ServerResponse) {
	const chunks: Buffer[] = [];
	for await (const chunk of req) chunks.push(chunk as Buffer);
	const ballot = verifyBallot(secret, ballotCookie(req.headers.cookie));
	if (!ballot) return res.writeHead(403).end('no ballot');
	const form = new URLSearchParams(Buffer.concat(chunks).toString());
	// The first step's choice of departments: answered with the rating page, nothing stored.
	if (form.has('chosen') && !form.has('rated')) return res.writeHead(200, html).end(page);
	const compiled = submitStatement(ballot, answersOf(form), new Date()).compile(compiler);
	const result = await query(compiled.sql, compiled.parameters as unknown[]);
	const recorded = result.rows[0].recorded === 1;
	res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
	res.end(`<!doctype html><p>${recorded ? 'Thank you' : 'Already recorded'}</p>`);
}

http
	.createServer((req, res) => {
		const fail = (err: unknown) => res.writeHead(500).end(String(err));
		const [, area, id, action] = (req.url ?? '').split(/[/?]/);
		if (req.method === 'POST' && (req.url === '/submit' || action === 'submit')) {
			submit(req, res).catch(fail);
		} else if (area === 's' && req.method === 'GET') {
			invitationPage(id, res).catch(fail);
		} else if (area === 's' && action === 'start') {
			start(id, res).catch(fail);
		} else if (area === 'survey' && req.method === 'GET') {
			surveyPage(req, res).catch(fail);
		} else if (req.url === '/page') {
			res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
		} else {
			res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
		}
	})
	.listen(Number(process.env.PORT), process.env.HOST);

// Stopped by the benchmark: exits, so that a CPU profile (BENCH_PROFILE) is written.
process.on('SIGTERM', () => process.exit(0));
