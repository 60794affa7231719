import { randomBytes } from 'node:crypto';
import { isActionFailure } from '@sveltejs/kit';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { cookieJar } from '../helpers/cookie-jar';
import { useTestDatabase } from '../helpers/db';
import { smallOrg } from '../helpers/org-fixture';
import { DEFAULT_CORE_KEYS } from '../../src/lib/domain/questions';
import { field } from '../../src/lib/domain/survey-answers';
import { useDatabase } from '../../src/lib/server/db';
import { migrateTo, migrateToLatest } from '../../src/lib/server/db/migrate';
import { issueBallot, roundBallotKey } from '../../src/lib/server/surveys/ballots';
import { createProgramme } from '../../src/lib/server/surveys/programmes';
import { roundQuestions } from '../../src/lib/server/surveys/questions';
import { openRoundNow } from '../../src/lib/server/surveys/rounds';
import { rapportSecret } from '../../src/lib/server/surveys/secret';
import { actions } from '../../src/routes/(public)/survey/[roundId]/+page.server';

const db = useTestDatabase();

describe('ballot keys are not in the database', () => {
	let roundId: string;
	let departmentId: string;
	let answers: [string, string][];
	let storedKey: string;

	beforeAll(async () => {
		useDatabase(db());
		// A database from before: the key the app generated was kept in app_secrets.
		await migrateTo(db(), '0008_insider');
		await sql`insert into app_secrets (name, value)
			values ('ballot_mac_key', ${randomBytes(32).toString('hex')})`.execute(db());
		const stored = await sql<{ value: string }>`
			select value from app_secrets where name = 'ballot_mac_key'`.execute(db());
		storedKey = stored.rows[0].value;
		await migrateToLatest(db());
		const org = await smallOrg(db(), { support: 5, billing: 1, sales: 1 });
		const programme = await createProgramme(
			db(),
			{
				name: 'Pulse',
				cadence: 'monthly',
				startsOn: '2030-01-01',
				roundLengthDays: 7,
				questionsPerRound: 6,
				coreQuestionKeys: DEFAULT_CORE_KEYS,
				reminderDays: [],
				departmentIds: [org.ops.id, org.sales.id]
			},
			null
		);
		const opened = await openRoundNow(db(), programme, new Date());
		if (!opened.ok) throw new Error(opened.reason);
		roundId = opened.opened.round.id;
		departmentId = org.support.id;
		answers = (await roundQuestions(db(), roundId))
			.filter((q) => q.kind === 'likert' || q.kind === 'scale_0_10')
			.map((q) => [field.scale(q.id), q.kind === 'likert' ? '4' : '8']);
	});

	async function submit(ballot: string): Promise<{ status: number; stored: number }> {
		const count = async () =>
			Number(
				(
					await db()
						.selectFrom('spent_ballots')
						.select((eb) => eb.fn.countAll<string>().as('n'))
						.where('round_id', '=', roundId)
						.executeTakeFirstOrThrow()
				).n
			);
		const before = await count();
		const url = new URL(`http://localhost/survey/${roundId}`);
		const result = await actions.submit({
			params: { roundId },
			request: new Request(url, { method: 'POST', body: new URLSearchParams(answers) }),
			url,
			cookies: cookieJar({ rapport_ballot: ballot }),
			locals: {}
		} as never);
		return {
			status: isActionFailure(result) ? result.status : 200,
			stored: (await count()) - before
		};
	}

	it('drops the key an older version kept in the database', async () => {
		const tables = await sql<{ table_name: string }>`
			select table_name from information_schema.tables
			where table_schema = current_schema() and table_name = 'app_secrets'`.execute(db());
		expect(tables.rows).toEqual([]);
	});

	it('refuses a ballot minted with the value read from the database, and stores nothing', async () => {
		expect(await submit(issueBallot(storedKey, roundId, departmentId))).toEqual({
			status: 403,
			stored: 0
		});
		// The same answers with a ballot the server issued are stored: the refusal was the key's.
		expect(await submit(issueBallot(rapportSecret(), roundId, departmentId))).toEqual({
			status: 200,
			stored: 1
		});
	});

	it('keeps neither the secret nor a round key in any table after answers are stored', async () => {
		const secrets = [
			rapportSecret(),
			roundBallotKey(rapportSecret(), roundId).toString('hex'),
			roundBallotKey(rapportSecret(), roundId).toString('base64url')
		];
		const columns = await sql<{ table_name: string; column_name: string }>`
			select table_name, column_name from information_schema.columns
			where table_schema = current_schema()
				and data_type in ('text', 'character varying', 'jsonb', 'json', 'bytea')`.execute(db());
		expect(columns.rows.length).toBeGreaterThan(20);
		const found: string[] = [];
		for (const { table_name, column_name } of columns.rows) {
			const hits = await sql<{ n: number }>`
				select count(*)::int as n from ${sql.table(table_name)}
				where position(${secrets[0]} in ${sql.ref(column_name)}::text) > 0
					or position(${secrets[1]} in ${sql.ref(column_name)}::text) > 0
					or position(${secrets[2]} in ${sql.ref(column_name)}::text) > 0`.execute(db());
			if (hits.rows[0].n > 0) found.push(`${table_name}.${column_name}`);
		}
		expect(found).toEqual([]);
	});
});
