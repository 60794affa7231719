import type { RequestEvent } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from '../../src/lib/server/db/unavailable';
import {
	answerDatabaseOutages,
	markIfDatabaseUnavailable
} from '../../src/lib/server/http/unavailable';

const withCode = (code: string, message = 'boom') => Object.assign(new Error(message), { code });

describe('isDatabaseUnavailable', () => {
	it('recognises an unreachable or restarting database', () => {
		expect(isDatabaseUnavailable(withCode('ECONNREFUSED'))).toBe(true);
		expect(isDatabaseUnavailable(withCode('ECONNRESET'))).toBe(true);
		expect(isDatabaseUnavailable(withCode('57P01', 'terminating connection'))).toBe(true);
		expect(isDatabaseUnavailable(withCode('57P03', 'the database system is starting up'))).toBe(
			true
		);
		expect(isDatabaseUnavailable(withCode('08006'))).toBe(true);
		expect(isDatabaseUnavailable(withCode('53300', 'too many clients'))).toBe(true);
		expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
		expect(isDatabaseUnavailable(new Error('timeout exceeded when trying to connect'))).toBe(true);
		expect(
			isDatabaseUnavailable(
				new Error('Client has encountered a connection error and is not queryable')
			)
		).toBe(true);
		expect(isDatabaseUnavailable(new AggregateError([withCode('ECONNREFUSED')]))).toBe(true);
		expect(isDatabaseUnavailable(new Error('wrapped', { cause: withCode('57P01') }))).toBe(true);
	});

	it('leaves bugs and bad data alone', () => {
		expect(isDatabaseUnavailable(withCode('42601', 'syntax error'))).toBe(false);
		expect(isDatabaseUnavailable(withCode('23505', 'duplicate key'))).toBe(false);
		expect(isDatabaseUnavailable(new TypeError('x is undefined'))).toBe(false);
		expect(isDatabaseUnavailable(null)).toBe(false);
		expect(isDatabaseUnavailable('ECONNREFUSED')).toBe(false);
	});
});

function eventFor(path: string, headers: Record<string, string> = {}): RequestEvent {
	const url = new URL(`http://localhost${path}`);
	return {
		url,
		// Log lines name the route; these requests need not match one.
		route: { id: null },
		request: new Request(url, { headers: { accept: 'text/html', ...headers } }),
		cookies: { get: () => undefined },
		locals: {},
		isDataRequest: false
	} as unknown as RequestEvent;
}

describe('answerDatabaseOutages', () => {
	const refused = withCode('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432');

	it('answers the API with a retryable JSON 503 when a handle meets the outage', async () => {
		const response = await answerDatabaseOutages({
			event: eventFor('/api/v1/departments'),
			resolve: async () => {
				throw refused;
			}
		});
		expect(response.status).toBe(503);
		expect(response.headers.get('retry-after')).toBe('5');
		const body = await response.json();
		expect(body.error.code).toBe('unavailable');
		expect(JSON.stringify(body)).not.toContain('127.0.0.1');
	});

	it('answers a page or form post with a short 503 page when a load or action met it', async () => {
		const event = eventFor('/survey/x');
		const response = await answerDatabaseOutages({
			event,
			resolve: async () => {
				// What handleError does with the error a form action threw.
				markIfDatabaseUnavailable(event, withCode('57P01', 'terminating connection'));
				return new Response('Something went wrong', { status: 500 });
			}
		});
		expect(response.status).toBe(503);
		expect(response.headers.get('retry-after')).toBe('5');
		expect(response.headers.get('content-type')).toContain('text/html');
		const page = await response.text();
		expect(page).toContain('Try again in a moment');
		expect(page).not.toContain('57P01');
	});

	it("answers SvelteKit's own client (use:enhance) in its shape", async () => {
		const response = await answerDatabaseOutages({
			event: eventFor('/org/people?/add', {
				'x-sveltekit-action': 'true',
				accept: 'application/json'
			}),
			resolve: async () => {
				throw refused;
			}
		});
		expect(response.status).toBe(503);
		const body = await response.json();
		expect(body.type).toBe('error');
		expect(body.error.code).toBe('unavailable');
	});

	it("speaks the survey's language", async () => {
		const event = eventFor('/s/abc', { 'accept-language': 'es-ES,es;q=0.9' });
		const response = await answerDatabaseOutages({
			event,
			resolve: async () => {
				throw refused;
			}
		});
		expect(response.status).toBe(503);
		expect(await response.text()).toContain('Vuelve a intentarlo en un momento');
	});

	it('leaves other failures and answers alone', async () => {
		const bug = new TypeError('x is undefined');
		await expect(
			answerDatabaseOutages({
				event: eventFor('/'),
				resolve: async () => {
					throw bug;
				}
			})
		).rejects.toBe(bug);
		const event = eventFor('/');
		markIfDatabaseUnavailable(event, bug);
		const response = await answerDatabaseOutages({
			event,
			resolve: async () => new Response('fine', { status: 500 })
		});
		expect(response.status).toBe(500);
	});
});
