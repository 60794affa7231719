import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabaseHandle } from '../helpers/db';
import { smallOrg } from '../helpers/org-fixture';
import { openTestRound, type TestRound } from '../helpers/analytics-fixture';
import {
	dumpOrder,
	orderBy,
	ordersOf,
	partitionsOf,
	rankCorrelation,
	rankMatches,
	readRaw,
	type RawRow
} from '../helpers/order-attacker';
import { seededRandom } from '../../scripts/seed/random';
import type { ValidAnswers } from '../../src/lib/domain/survey-answers';
import { verifyBallot } from '../../src/lib/server/surveys/ballots';
import { issueBallotFor } from '../../src/lib/server/surveys/entry';
import { submitResponse } from '../../src/lib/server/surveys/responses';
import { runSchedulerTick } from '../../src/lib/server/surveys/scheduler';
import { rapportSecret } from '../../src/lib/server/surveys/secret';

// 66 people press Start and submit in a known order: one after another, all at once, and hours
// apart, with the scheduler's batches in between. After the close, an administrator who reads
// everything (transaction ids, physical order, pg_dump, ids, every timestamp, sessions) tries to
// line up the order of Starts with the order of the stored answers.
//
// The bound: matching the i-th Start with the i-th response within each department, a random
// order gets one right per department on average (3 here; more than 13 has odds below 1e-5 per
// attempt). Before this storage, the same attack tied about 96% of responses to their person.
const CHANCE_BOUND = 13;
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

const handle = useTestDatabaseHandle();
const db = () => handle().db;

type Player = { index: number; invitationId: string; personId: string; departmentId: string };

describe('storage that forgets the order of Starts and submits', () => {
	let test: TestRound;
	let players: Player[];
	const starts: string[] = [];
	const submits: number[] = [];
	let flushes = 0;
	const batchesSeen: { department: string; size: number }[] = [];
	const signature = new Map<string, number>();
	let secret: string;

	/** Each person's answers differ, so the test (not the attacker) knows whose response is whose. */
	function answersOf(player: Player): ValidAnswers {
		const likert = test.questions.filter((q) => q.kind === 'likert');
		const scale = test.questions.find((q) => q.kind === 'scale_0_10')!;
		const comment = test.questions.find((q) => q.kind === 'comment')!;
		const i = player.index;
		const answers = [
			{ q: scale.id, v: i % 11 },
			{ q: likert[0].id, v: 1 + (Math.floor(i / 11) % 5) },
			{ q: likert[1].id, v: 1 + Math.floor(i / 55) }
		];
		signature.set(answers.map((a) => `${a.q}=${a.v}`).join(','), i);
		const provider = players.find((p) => p.departmentId !== player.departmentId)!.departmentId;
		return {
			answers,
			ratings: [{ p: provider, s: i % 11, r: [] }],
			comments: [{ q: comment.id, p: null, b: `Note from player ${i}` }]
		};
	}

	async function start(player: Player) {
		const token = await issueBallotFor(db(), { ...player, roundId: test.round.id });
		starts.push(player.invitationId);
		return verifyBallot(secret, token)!;
	}

	async function submit(player: Player, ballot: ReturnType<typeof verifyBallot>, at: number) {
		const outcome = await submitResponse(db(), ballot!, answersOf(player), new Date(at));
		expect(outcome).toBe('recorded');
		submits.push(player.index);
	}

	/** A scheduler pass while the round is open; every batch it writes holds at least k. */
	async function tick(at: number) {
		const report = await runSchedulerTick(db(), new Date(at));
		if (report.flushed > 0) {
			// A Start says no more than "before this batch": every issued invitation was rewritten.
			const issued = await sql<{ n: number }>`
				select count(distinct xmin::text)::int as n from invitations
				where round_id = ${test.round.id}::uuid and ballot_issued`.execute(db());
			expect(issued.rows[0].n).toBe(1);
			flushes++;
		}
		const batches = await sql<{ xmin: string; department_id: string; n: number }>`
			select xmin::text, department_id, count(*)::int as n from responses
			where round_id = ${test.round.id}::uuid group by 1, 2`.execute(db());
		batchesSeen.push(...batches.rows.map((b) => ({ department: b.department_id, size: b.n })));
	}

	beforeAll(async () => {
		const org = await smallOrg(db(), { support: 24, billing: 22, sales: 20 });
		test = await openTestRound(db(), [org.ops.id, org.sales.id]);
		secret = rapportSecret();
		const invitations = await db()
			.selectFrom('invitations')
			.select(['id', 'person_id', 'department_id'])
			.where('round_id', '=', test.round.id)
			.execute();
		// Start order independent of the order invitations were written in.
		const random = seededRandom(14);
		const shuffled = invitations
			.map((inv) => ({ inv, key: random() }))
			.sort((a, b) => a.key - b.key);
		players = shuffled.map(({ inv }, index) => ({
			index,
			invitationId: inv.id,
			personId: inv.person_id,
			departmentId: inv.department_id
		}));
		expect(players.length).toBe(66);

		let clock = test.round.opensAt.getTime() + HOUR;
		// Morning: one after another, each submitting right after their own Start.
		for (const player of players.slice(0, 20)) {
			await submit(player, await start(player), (clock += 7 * MINUTE));
			if (player.index % 5 === 4) await tick((clock += MINUTE));
		}
		// A meeting ends: twenty Start at once, and submit at once twenty minutes later.
		const together = players.slice(20, 40);
		const ballots = await Promise.all(together.map(start));
		clock += 20 * MINUTE;
		await Promise.all(together.map((p, i) => submit(p, ballots[i], clock)));
		await tick((clock += 10 * MINUTE));
		// The rest: hours apart, each submitting after the next one has started.
		let previous: { player: Player; ballot: ReturnType<typeof verifyBallot> } | null = null;
		for (const player of players.slice(40)) {
			const ballot = await start(player);
			clock += 3 * HOUR;
			if (previous) await submit(previous.player, previous.ballot, clock);
			previous = { player, ballot };
			if (player.index % 3 === 0) await tick((clock += MINUTE));
		}
		await submit(previous!.player, previous!.ballot, (clock += HOUR));
		await tick((clock += MINUTE));
		// The scheduler closes the round when its time is up, and tidies after it.
		const report = await runSchedulerTick(db(), new Date(test.round.closesAt.getTime() + MINUTE));
		expect(report.closed).toEqual([test.round.id]);
	}, 300_000);

	it('flushed only batches of at least k per department while the round was open', () => {
		expect(flushes).toBeGreaterThan(3);
		expect(batchesSeen.length).toBeGreaterThan(0);
		expect(batchesSeen.filter((b) => b.size < 5)).toEqual([]);
	});

	/** Rows of a table that belong to the closed round, each with its raw fields. */
	async function roundRows(table: string): Promise<RawRow[]> {
		const rows = await Promise.all((await partitionsOf(db(), table)).map((t) => readRaw(db(), t)));
		return rows.flat().filter((r) => r.round_id === test.round.id);
	}

	it('leaves every row of the closed round with one transaction id, spent ballots and pending gone', async () => {
		const tables = ['responses', 'answers', 'service_ratings', 'comments', 'invitations'];
		const xmins = new Set<string>();
		for (const table of tables) for (const row of await roundRows(table)) xmins.add(row.xmin);
		expect(xmins.size).toBe(1);
		const left = await sql<{ spent: number; pending: number; partitions: number }>`
			select (select count(*) from spent_ballots where round_id = ${test.round.id}::uuid)::int as spent,
				(select count(*) from pending_submissions where round_id = ${test.round.id}::uuid)::int
					as pending,
				(select count(*) from pg_class where relname like ${`%_r_${test.round.id.replaceAll('-', '')}`}
					and relname similar to '(spent_ballots|pending_submissions)%')::int as partitions`.execute(db());
		expect(left.rows[0]).toEqual({ spent: 0, pending: 0, partitions: 0 });
		expect(await roundRows('responses')).toHaveLength(66);
	});

	it('lets no order of Starts be lined up with the stored responses or comments', async () => {
		const responses = await roundRows('responses');
		const answers = await roundRows('answers');
		const ratings = await roundRows('service_ratings');
		const comments = await roundRows('comments');
		const invitations = await roundRows('invitations');
		const playerOfInvitation = new Map(players.map((p) => [p.invitationId, p]));

		// Ground truth, which the attacker does not have: a response's person, from its answers.
		const valuesOf = new Map<string, string[]>();
		for (const a of [...answers].sort((x, y) =>
			String(x.question_id).localeCompare(String(y.question_id))
		))
			valuesOf.set(String(a.response_id), [
				...(valuesOf.get(String(a.response_id)) ?? []),
				`${a.question_id}=${a.value}`
			]);
		const playerOfResponse = new Map<string, number>();
		const wanted = [...signature.keys()][0].split(',').map((part) => part.split('=')[0]);
		for (const [id, values] of valuesOf) {
			const key = wanted.map((q) => values.find((v) => v.startsWith(`${q}=`))).join(',');
			playerOfResponse.set(id, signature.get(key)!);
		}
		expect(playerOfResponse.size).toBe(66);
		const departmentOfResponse = new Map(
			responses.map((r) => [String(r.id), String(r.department_id)])
		);

		// Orders of Starts the administrator can read: invitations, their links, mail, sessions.
		const ids = new Set(invitations.map((r) => String(r.id)));
		const people = await db().selectFrom('people').select(['id', 'email']).execute();
		const personByEmail = new Map(people.map((p) => [p.email, p.id]));
		const invitationOfPerson = new Map(players.map((p) => [p.personId, p.invitationId]));
		const startOrders: Record<string, string[]> = {
			...(await ordersOf(db(), 'invitations', 'invitations', invitations, (r) => String(r.id))),
			...(await ordersOf(
				db(),
				'links',
				'invitation_links',
				await readRaw(db(), 'invitation_links'),
				(r) => (ids.has(String(r.invitation_id)) ? String(r.invitation_id) : undefined)
			)),
			...(await ordersOf(db(), 'mail', 'mail_outbox', await readRaw(db(), 'mail_outbox'), (r) =>
				invitationOfPerson.get(personByEmail.get(String(r.to_address)) ?? '')
			)),
			...(await ordersOf(db(), 'sessions', 'sessions', await readRaw(db(), 'sessions'), (r) =>
				invitationOfPerson.get(String(r.person_id))
			))
		};

		// Orders of responses: their rows, their answers' and ratings' rows, and pg_dump's output.
		const firstSeen = (rows: RawRow[], key: (r: RawRow) => string | number) => [
			...new Set(orderBy(rows, key, (r) => String(r.response_id)))
		];
		const responseOrders: Record<string, string[]> = {
			...(await ordersOf(db(), 'responses', 'responses', responses, (r) => String(r.id))),
			'answers by place': firstSeen(answers, (r) => r.place),
			'ratings by place': firstSeen(ratings, (r) => r.place),
			'ratings by xmin': firstSeen(ratings, (r) => Number(r.xmin))
		};
		const url = process.env.TEST_DATABASE_URL;
		if (url) {
			const schema = (await sql<{ s: string }>`select current_schema() as s`.execute(db())).rows[0]
				.s;
			const suffix = `_r_${test.round.id.replaceAll('-', '')}`;
			const dumpedIds = await dumpOrder(url, schema, 'id');
			const dumpedResponses = await dumpOrder(url, schema, 'response_id');
			responseOrders['pg_dump of responses'] = dumpedIds.get(`responses${suffix}`)!;
			responseOrders['pg_dump of answers'] = [...new Set(dumpedResponses.get(`answers${suffix}`))];
			startOrders['pg_dump of invitations'] = dumpedIds
				.get('invitations')!
				.filter((id) => ids.has(id));
			expect(responseOrders['pg_dump of responses']).toHaveLength(66);
		}

		const truth = (invitationId: string, responseId: string) =>
			playerOfInvitation.get(invitationId)?.index === playerOfResponse.get(responseId);
		const departmentOf = (id: string) =>
			playerOfInvitation.get(id)?.departmentId ?? departmentOfResponse.get(id) ?? '';
		const results: Record<string, number> = {};
		for (const [s, startOrder] of Object.entries(startOrders)) {
			if (startOrder.length < 2) continue;
			for (const [r, responseOrder] of Object.entries(responseOrders)) {
				results[`${s} ~ ${r}`] = rankMatches(startOrder, responseOrder, departmentOf, truth);
			}
		}
		expect(Object.keys(results).length).toBeGreaterThan(20);
		// The attack works: had the rows kept the order of submits, it would name most people.
		const responseOfPlayer = new Map([...playerOfResponse].map(([id, index]) => [index, id]));
		const submitOrder = submits.map((index) => responseOfPlayer.get(index)!);
		expect(rankMatches(starts, submitOrder, departmentOf, truth)).toBeGreaterThan(40);
		expect(Object.entries(results).filter(([, n]) => n > CHANCE_BOUND)).toEqual([]);

		// Comments: no order that pairs them with responses, and no transaction subset shared.
		const commentPlayer = (id: string) =>
			Number(/player (\d+)/.exec(String(comments.find((c) => c.id === id)?.body))?.[1]);
		const commentDepartment = new Map(comments.map((c) => [String(c.id), String(c.department_id)]));
		for (const key of ['place', 'id'] as const) {
			const commentOrder = orderBy(
				comments,
				(c) => (key === 'place' ? c.place : String(c.id)),
				(c) => String(c.id)
			);
			for (const responseOrder of Object.values(responseOrders)) {
				const matched = rankMatches(
					commentOrder,
					responseOrder,
					(id) => commentDepartment.get(id) ?? departmentOfResponse.get(id) ?? '',
					(c, r) => commentPlayer(c) === playerOfResponse.get(r)
				);
				expect(matched).toBeLessThanOrEqual(CHANCE_BOUND);
			}
		}

		expect(new Set([...comments, ...responses].map((r) => r.xmin)).size).toBe(1);

		// The Start order itself is gone from the invitations: one transaction id, random places.
		expect(new Set(invitations.map((r) => r.xmin)).size).toBe(1);
		const placeOrder = orderBy(
			invitations,
			(r) => r.place,
			(r) => String(r.id)
		);
		expect(Math.abs(rankCorrelation(starts, placeOrder))).toBeLessThan(0.5);
	});
});
