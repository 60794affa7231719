import { sql, type Kysely } from 'kysely';

// Frozen in time: never edit a migration that has shipped; add a new one.
//
// Storage that forgets the order of Starts and submits. The answer tables become partitioned by
// round, so a closing round's rows can be written anew in random order, in one transaction, into
// fresh files (new partitions filled by INSERT … ORDER BY random(), the old ones dropped). A
// submit now writes only its spent ballot and a pending submission; pending rows reach the answer
// tables in batches. The answer tables no longer refer to each other (a response's rows are
// matched by response id only), so that a round's partitions can be replaced one by one.

const ANSWER_TABLES = ['responses', 'answers', 'service_ratings', 'comments'] as const;
const OPEN_ROUND_TABLES = ['spent_ballots', 'pending_submissions'] as const;
const OLD = (table: string) => `${table}_0006`;

function partitionName(table: string, roundId: string): string {
	return `${table}_r_${roundId.replaceAll('-', '')}`;
}

async function createPartition(db: Kysely<any>, table: string, roundId: string) {
	await sql`create table ${sql.id(partitionName(table, roundId))} partition of ${sql.table(table)}
		for values in (${sql.lit(roundId)})`.execute(db);
}

async function createPartitionedTables(db: Kysely<any>) {
	await sql`create table responses (
			id uuid not null default gen_random_uuid(),
			round_id uuid not null references pulse_rounds (id),
			department_id uuid not null references departments (id),
			constraint responses_round_pkey primary key (round_id, id)
		) partition by list (round_id)`.execute(db);
	await sql`create index responses_department_idx on responses (round_id, department_id)`.execute(
		db
	);
	await sql`create table answers (
			round_id uuid not null references pulse_rounds (id),
			response_id uuid not null,
			question_id uuid not null references questions (id),
			value smallint not null check (value between 0 and 10),
			constraint answers_round_pkey primary key (round_id, response_id, question_id)
		) partition by list (round_id)`.execute(db);
	await sql`create table service_ratings (
			round_id uuid not null references pulse_rounds (id),
			response_id uuid not null,
			provider_department_id uuid not null references departments (id),
			score smallint not null check (score between 0 and 10),
			reasons text[] not null default '{}',
			constraint service_ratings_round_pkey
				primary key (round_id, response_id, provider_department_id)
		) partition by list (round_id)`.execute(db);
	await sql`create index service_ratings_round_provider_idx
		on service_ratings (round_id, provider_department_id)`.execute(db);
	await sql`create table comments (
			id uuid not null default gen_random_uuid(),
			round_id uuid not null references pulse_rounds (id),
			department_id uuid not null references departments (id),
			question_id uuid not null references questions (id),
			provider_department_id uuid references departments (id),
			body text not null check (char_length(body) between 1 and 2000),
			constraint comments_round_pkey primary key (round_id, id)
		) partition by list (round_id)`.execute(db);
	await sql`create index comments_department_idx on comments (round_id, department_id)`.execute(db);
	await sql`create table spent_ballots (
			round_id uuid not null references pulse_rounds (id),
			nonce_hash text not null,
			constraint spent_ballots_round_pkey primary key (round_id, nonce_hash)
		) partition by list (round_id)`.execute(db);
	// An accepted submission waiting for its batch: the round, the department and the answers,
	// nothing else. Its id is random, so it orders nothing.
	await sql`create table pending_submissions (
			id uuid not null default gen_random_uuid(),
			round_id uuid not null references pulse_rounds (id),
			department_id uuid not null references departments (id),
			answers jsonb not null,
			constraint pending_submissions_pkey primary key (round_id, id)
		) partition by list (round_id)`.execute(db);
}

export async function up(db: Kysely<any>): Promise<void> {
	for (const table of [...ANSWER_TABLES, 'spent_ballots']) {
		await sql`alter table ${sql.table(table)} rename to ${sql.id(OLD(table))}`.execute(db);
	}
	await createPartitionedTables(db);

	const rounds = await sql<{ id: string; status: string }>`
		select id, status from pulse_rounds order by random()`.execute(db);
	for (const round of rounds.rows) {
		for (const table of ANSWER_TABLES) await createPartition(db, table, round.id);
		if (round.status === 'open') {
			for (const table of OPEN_ROUND_TABLES) await createPartition(db, table, round.id);
		}
	}

	// Every round's rows anew, in random order and with fresh ids: the order in which the old
	// rows were written (and so who wrote them) is not carried over.
	await sql`create temp table response_ids_0007 as
		select id as old_id, gen_random_uuid() as new_id, round_id from responses_0006`.execute(db);
	await sql`create index on response_ids_0007 (old_id)`.execute(db);
	await sql`insert into responses (id, round_id, department_id)
		select m.new_id, r.round_id, r.department_id
		from responses_0006 r join response_ids_0007 m on m.old_id = r.id
		order by random()`.execute(db);
	await sql`insert into answers (round_id, response_id, question_id, value)
		select m.round_id, m.new_id, a.question_id, a.value
		from answers_0006 a join response_ids_0007 m on m.old_id = a.response_id
		order by random()`.execute(db);
	await sql`insert into service_ratings (round_id, response_id, provider_department_id, score, reasons)
		select m.round_id, m.new_id, s.provider_department_id, s.score, s.reasons
		from service_ratings_0006 s join response_ids_0007 m on m.old_id = s.response_id
		order by random()`.execute(db);
	await sql`insert into comments (id, round_id, department_id, question_id, provider_department_id, body)
		select gen_random_uuid(), round_id, department_id, question_id, provider_department_id, body
		from comments_0006 order by random()`.execute(db);
	// Spent ballots matter only while a round is open.
	await sql`insert into spent_ballots (round_id, nonce_hash)
		select s.round_id, s.nonce_hash from spent_ballots_0006 s
		join pulse_rounds r on r.id = s.round_id and r.status = 'open'
		order by random()`.execute(db);
	await sql`drop table response_ids_0007`.execute(db);
	for (const table of [...ANSWER_TABLES, 'spent_ballots'].reverse()) {
		await sql`drop table ${sql.table(OLD(table))}`.execute(db);
	}

	// Invitations of closed rounds anew, so that none keeps the transaction id of its Start, then
	// the table laid out in the order of the (random) invitation ids rather than of Starts.
	await sql`update invitations set ballot_issued = ballot_issued
		where round_id in (select id from pulse_rounds where status = 'closed')`.execute(db);
	await sql`cluster invitations using invitations_pkey`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
	for (const table of [...ANSWER_TABLES, ...OPEN_ROUND_TABLES]) {
		await sql`alter table ${sql.table(table)} rename to ${sql.id(`${table}_0007`)}`.execute(db);
	}
	await sql`create table spent_ballots (
			round_id uuid not null references pulse_rounds (id),
			nonce_hash text not null,
			constraint spent_ballots_pkey primary key (round_id, nonce_hash)
		)`.execute(db);
	await sql`create table responses (
			id uuid primary key default gen_random_uuid(),
			round_id uuid not null references pulse_rounds (id),
			department_id uuid not null references departments (id)
		)`.execute(db);
	await sql`create index responses_round_department_idx on responses (round_id, department_id)`.execute(
		db
	);
	await sql`create table answers (
			response_id uuid not null references responses (id) on delete cascade,
			question_id uuid not null references questions (id),
			value smallint not null check (value between 0 and 10),
			constraint answers_pkey primary key (response_id, question_id)
		)`.execute(db);
	await sql`create table service_ratings (
			response_id uuid not null references responses (id) on delete cascade,
			provider_department_id uuid not null references departments (id),
			score smallint not null check (score between 0 and 10),
			reasons text[] not null default '{}',
			constraint service_ratings_pkey primary key (response_id, provider_department_id)
		)`.execute(db);
	await sql`create index service_ratings_provider_idx on service_ratings (provider_department_id)`.execute(
		db
	);
	await sql`create table comments (
			id uuid primary key default gen_random_uuid(),
			round_id uuid not null references pulse_rounds (id),
			department_id uuid not null references departments (id),
			question_id uuid not null references questions (id),
			provider_department_id uuid references departments (id),
			body text not null check (char_length(body) between 1 and 2000)
		)`.execute(db);
	await sql`create index comments_round_department_idx on comments (round_id, department_id)`.execute(
		db
	);

	await sql`insert into spent_ballots select round_id, nonce_hash from spent_ballots_0007`.execute(
		db
	);
	await sql`insert into responses select id, round_id, department_id from responses_0007`.execute(
		db
	);
	await sql`insert into answers select response_id, question_id, value from answers_0007`.execute(
		db
	);
	await sql`insert into service_ratings
		select response_id, provider_department_id, score, reasons from service_ratings_0007`.execute(db);
	await sql`insert into comments
		select id, round_id, department_id, question_id, provider_department_id, body from comments_0007`.execute(
		db
	);
	// Submissions still waiting for their batch go where the old schema kept every answer.
	await sql`create temp table pending_ids_0007 as
		select id, round_id, department_id, answers from pending_submissions_0007`.execute(db);
	await sql`insert into responses (id, round_id, department_id)
		select id, round_id, department_id from pending_ids_0007`.execute(db);
	await sql`insert into answers (response_id, question_id, value)
		select p.id, a.q, a.v from pending_ids_0007 p,
			jsonb_to_recordset(p.answers -> 'answers') as a(q uuid, v smallint)`.execute(db);
	await sql`insert into service_ratings (response_id, provider_department_id, score, reasons)
		select p.id, r.p, r.s, r.r from pending_ids_0007 p,
			jsonb_to_recordset(p.answers -> 'ratings') as r(p uuid, s smallint, r text[])`.execute(db);
	await sql`insert into comments (round_id, department_id, question_id, provider_department_id, body)
		select p.round_id, p.department_id, c.q, c.p, c.b from pending_ids_0007 p,
			jsonb_to_recordset(p.answers -> 'comments') as c(q uuid, p uuid, b text)`.execute(db);
	await sql`drop table pending_ids_0007`.execute(db);
	for (const table of [...OPEN_ROUND_TABLES, ...ANSWER_TABLES].reverse()) {
		await sql`drop table ${sql.table(`${table}_0007`)}`.execute(db);
	}
}
