import fc from 'fast-check';
import { isActionFailure, isHttpError, isRedirect } from '@sveltejs/kit';
import { beforeAll, describe, expect, it } from 'vitest';
import { cookieJar } from '../helpers/cookie-jar';
import { useTestDatabase } from '../helpers/db';
import { smallOrg } from '../helpers/org-fixture';
import { DEFAULT_CORE_KEYS } from '../../src/lib/domain/questions';
import { field } from '../../src/lib/domain/survey-answers';
import { useDatabase } from '../../src/lib/server/db';
import { issueBallot } from '../../src/lib/server/surveys/ballots';
import { createProgramme } from '../../src/lib/server/surveys/programmes';
import { roundQuestions } from '../../src/lib/server/surveys/questions';
import { openRoundNow } from '../../src/lib/server/surveys/rounds';
import { submissionsInRound } from '../../src/lib/server/surveys/submission-batches';
import { rapportSecret } from '../../src/lib/server/surveys/secret';
import { actions, load } from '../../src/routes/(public)/survey/[roundId]/+page.server';

const db = useTestDatabase();

type Outcome = { status: number; stored: boolean };

describe('the survey submit, under hostile input', () => {
	let roundId: string;
	let ownDepartment: string;
	let secret: string;
	let questionIds: string[];
	let departmentIds: string[];

	beforeAll(async () => {
		useDatabase(db());
		const org = await smallOrg(db(), { support: 5, billing: 1, sales: 1 });
		const programme = await createProgramme(
			db(),
			{
				name: 'Pulse',
				cadence: 'monthly',
				startsOn: '2030-01-01',
				roundLengthDays: 7,
				questionsPerRound: 8,
				coreQuestionKeys: [...DEFAULT_CORE_KEYS, 'comment.open'],
				reminderDays: [],
				departmentIds: [org.ops.id, org.sales.id]
			},
			null
		);
		const opened = await openRoundNow(db(), programme, new Date());
		if (!opened.ok) throw new Error(opened.reason);
		roundId = opened.opened.round.id;
		ownDepartment = org.support.id;
		secret = rapportSecret();
		questionIds = (await roundQuestions(db(), roundId)).map((q) => q.id);
		departmentIds = [org.support.id, org.billing.id, org.sales.id, org.ops.id];
	});

	async function responseCount(): Promise<number> {
		return submissionsInRound(db(), roundId);
	}

	/** Posts a body the way a browser would, and reports the HTTP status SvelteKit would send. */
	async function submit(
		body: BodyInit,
		contentType: string,
		ballot: string | null
	): Promise<Outcome> {
		const url = new URL(`http://localhost/survey/${roundId}`);
		const request = new Request(url, {
			method: 'POST',
			body,
			headers: { 'content-type': contentType }
		});
		const before = await responseCount();
		let status = 200;
		try {
			const result = await actions.submit({
				params: { roundId },
				request,
				url,
				cookies: cookieJar(ballot ? { rapport_ballot: ballot } : {}),
				locals: {}
			} as never);
			if (isActionFailure(result)) status = result.status;
		} catch (err) {
			if (isHttpError(err)) status = err.status;
			else if (isRedirect(err)) status = err.status;
			else status = 500;
		}
		return { status, stored: (await responseCount()) > before };
	}

	const hostileName = () =>
		fc.oneof(
			fc.string({ maxLength: 60 }),
			fc.constantFrom(
				'q_',
				'c_',
				'isr_',
				'isr_reasons_',
				'isr_comment_',
				'__proto__',
				'constructor',
				'ballot'
			),
			fc.uuid().map((id) => `q_${id}`),
			fc.uuid().map((id) => `isr_${id}`),
			fc.constant('isr_' + '0'.repeat(36))
		);
	const hostileValue = () =>
		fc.oneof(
			fc.string({ maxLength: 40 }),
			fc.constantFrom(
				'-1',
				'11',
				'6',
				'1e1',
				'0x5',
				' 5 ',
				'NaN',
				'Infinity',
				'',
				'\u0000',
				'<script>',
				"'; drop table responses; --"
			),
			fc.integer().map(String),
			fc.string({ minLength: 2001, maxLength: 2100 })
		);

	it('answers malformed or hostile bodies with a 4xx and stores nothing (1,000 cases)', async () => {
		const validNames = () => [
			...questionIds.flatMap((id) => [field.scale(id), field.comment(id)]),
			...departmentIds.flatMap((id) => [
				field.rating(id),
				field.reasons(id),
				field.providerComment(id)
			])
		];
		// Every body carries at least one entry that cannot be valid, among plausible ones.
		const poison = fc.oneof(
			fc.tuple(
				hostileName().filter((n) => !validNames().includes(n)),
				hostileValue()
			),
			fc
				.constantFrom(...questionIds.map((id) => field.scale(id)))
				.map((n) => [n, '99'] as [string, string]),
			fc.constant([field.rating(ownDepartment), '5'] as [string, string])
		);
		const plausible = fc.tuple(fc.constantFrom(...validNames()), hostileValue());
		await fc.assert(
			fc.asyncProperty(
				fc.array(plausible, { maxLength: 12 }),
				poison,
				fc.nat(),
				async (entries, bad, at) => {
					const all = [...entries];
					all.splice(at % (all.length + 1), 0, bad);
					const body = new URLSearchParams(all);
					const outcome = await submit(
						body,
						'application/x-www-form-urlencoded',
						issueBallot(secret, roundId, ownDepartment)
					);
					expect(outcome.status).toBeGreaterThanOrEqual(400);
					expect(outcome.status).toBeLessThan(500);
					expect(outcome.stored).toBe(false);
				}
			),
			{ numRuns: 1000 }
		);
	}, 300_000);

	it('refuses forged, mangled and foreign ballots without storing (500 cases)', async () => {
		const genuine = issueBallot(secret, roundId, ownDepartment);
		await fc.assert(
			fc.asyncProperty(
				fc.oneof(
					fc.string({ maxLength: 250 }),
					fc
						.nat({ max: genuine.length - 1 })
						.map(
							(i) => genuine.slice(0, i) + (genuine[i] === 'A' ? 'B' : 'A') + genuine.slice(i + 1)
						),
					fc.uuid().map((other) => issueBallot(secret, other, ownDepartment)),
					fc.constant(issueBallot('x'.repeat(64), roundId, ownDepartment))
				),
				async (ballot) => {
					const outcome = await submit(
						new URLSearchParams(),
						'application/x-www-form-urlencoded',
						ballot
					);
					expect(outcome.status).toBe(403);
					expect(outcome.stored).toBe(false);
				}
			),
			{ numRuns: 500 }
		);
	}, 300_000);

	/** The app's database from now on counts the statements it runs; `useDatabase(db())` ends it. */
	function countStatements(): { count: number } {
		const statements = { count: 0 };
		const counting = db().withPlugin({
			transformQuery: (args) => args.node,
			transformResult: async (args) => {
				statements.count += 1;
				return args.result;
			}
		});
		useDatabase(counting);
		return statements;
	}

	it('stores a valid survey and renders the thanks in one database round trip', async () => {
		const statements = countStatements();
		try {
			// Warm the caches (secret, snapshot, departments) as any earlier request would.
			await submit(
				new URLSearchParams(),
				'application/x-www-form-urlencoded',
				issueBallot(secret, roundId, ownDepartment)
			);
			const url = new URL(`http://localhost/survey/${roundId}`);
			const cookies = cookieJar({ rapport_ballot: issueBallot(secret, roundId, ownDepartment) });
			const page = { params: { roundId }, url, cookies, setHeaders: () => {} };
			await load({ ...page, locals: {} } as never);
			statements.count = 0;
			const body = new URLSearchParams([[field.scale(questionIds[0]), '4']]);
			// After an action SvelteKit runs the page's load in the same request, with its locals.
			const locals = {};
			const result = await actions.submit({
				...page,
				request: new Request(url, {
					method: 'POST',
					body,
					headers: { 'content-type': 'application/x-www-form-urlencoded' }
				}),
				locals
			} as never);
			expect(result).toEqual({ outcome: 'recorded', privateLink: null });
			expect(await load({ ...page, locals } as never)).toMatchObject({ state: 'thanks' });
			expect(statements.count).toBe(1);
		} finally {
			useDatabase(db());
		}
	});

	it('answers the rating step, an empty survey and a mistake from memory, without a statement', async () => {
		const statements = countStatements();
		try {
			const url = new URL(`http://localhost/survey/${roundId}`);
			const cookies = cookieJar({ rapport_ballot: issueBallot(secret, roundId, ownDepartment) });
			const page = { params: { roundId }, url, cookies, setHeaders: () => {} };
			// The survey page, which every next step follows.
			const survey = await load({ ...page, locals: {} } as never);
			expect(survey).toMatchObject({ state: 'survey' });
			const other = departmentIds.find((id) => id !== ownDepartment)!;
			const steps: [string[][], unknown][] = [
				[
					[
						[field.scale(questionIds[0]), '4'],
						['chosen', other]
					],
					{ outcome: 'rate' }
				],
				[[], { outcome: 'confirm_empty' }],
				[[[field.scale(questionIds[0]), '42']], { status: 400 }]
			];
			for (const [fields, outcome] of steps) {
				statements.count = 0;
				const locals = {};
				const result = await actions.submit({
					...page,
					request: new Request(url, {
						method: 'POST',
						body: new URLSearchParams(fields),
						headers: { 'content-type': 'application/x-www-form-urlencoded' }
					}),
					locals
				} as never);
				expect(result).toMatchObject(outcome as object);
				const next = await load({ ...page, locals } as never);
				expect(next).toEqual(survey);
				expect(statements.count).toBe(0);
			}
		} finally {
			useDatabase(db());
		}
	});

	it('survives bodies that are not forms at all', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.uint8Array({ maxLength: 600 }),
				fc.constantFrom(
					'multipart/form-data; boundary=xyz',
					'multipart/form-data',
					'application/x-www-form-urlencoded',
					'application/json',
					'text/plain'
				),
				async (bytes, type) => {
					const outcome = await submit(bytes, type, issueBallot(secret, roundId, ownDepartment));
					expect(outcome.status).toBeLessThan(500);
					if (outcome.status < 400) expect(bytes.length).toBeLessThan(600);
				}
			),
			{ numRuns: 300 }
		);
	}, 300_000);
});
