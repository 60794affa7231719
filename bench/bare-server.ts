// The baseline the survey submit is measured against: node:http and a pg pool, nothing else,
// storing a form posted with a ballot cookie through the same statement as the app. Also serves
// a fixed page, the floor for the survey page's time to first byte.
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
import { verifyBallot } from '../src/lib/server/surveys/ballots';
import { submitStatement } from '../src/lib/server/surveys/responses';

const secret = process.env.BENCH_BALLOT_SECRET ?? '';
const page = readFileSync(process.env.BENCH_PAGE_FILE ?? '/dev/null');
const pool = new pg.Pool({
	connectionString: process.env.DATABASE_URL,
	max: Number(process.env.DATABASE_POOL_SIZE ?? 10)
});
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

async function submit(req: http.IncomingMessage, res: http.ServerResponse) {
	const chunks: Buffer[] = [];
	for await (const chunk of req) chunks.push(chunk as Buffer);
	const ballot = verifyBallot(secret, ballotCookie(req.headers.cookie));
	if (!ballot) return res.writeHead(403).end('no ballot');
	const form = new URLSearchParams(Buffer.concat(chunks).toString());
	const query = submitStatement(ballot, answersOf(form), new Date()).compile(compiler);
	const result = await pool.query(query.sql, query.parameters as unknown[]);
	const recorded = result.rows[0].recorded === 1;
	res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
	res.end(`<!doctype html><p>${recorded ? 'Thank you' : 'Already recorded'}</p>`);
}

http
	.createServer((req, res) => {
		if (req.method === 'POST' && req.url === '/submit') {
			submit(req, res).catch((err) => res.writeHead(500).end(String(err)));
		} else if (req.url === '/page') {
			res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
		} else {
			res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
		}
	})
	.listen(Number(process.env.PORT), process.env.HOST);
