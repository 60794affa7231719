import { sql, type Kysely } from 'kysely';

// Frozen in time: never edit a migration that has shipped; add a new one.
//
// Answers are stored with their round and department only. Nothing here refers to a person,
// an invitation or a session, and nothing carries a time: the round is the finest time there
// is. A schema test holds these tables to that.
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('app_secrets')
		.addColumn('name', 'text', (c) => c.primaryKey())
		.addColumn('value', 'text', (c) => c.notNull())
		.execute();

	// The ballots already used in a round: only a hash of each ballot's nonce, which nothing
	// stored at issuance can be matched against.
	await db.schema
		.createTable('spent_ballots')
		.addColumn('round_id', 'uuid', (c) => c.notNull().references('pulse_rounds.id'))
		.addColumn('nonce_hash', 'text', (c) => c.notNull())
		.addPrimaryKeyConstraint('spent_ballots_pkey', ['round_id', 'nonce_hash'])
		.execute();

	await db.schema
		.createTable('responses')
		.addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
		.addColumn('round_id', 'uuid', (c) => c.notNull().references('pulse_rounds.id'))
		.addColumn('department_id', 'uuid', (c) => c.notNull().references('departments.id'))
		.execute();
	await db.schema
		.createIndex('responses_round_department_idx')
		.on('responses')
		.columns(['round_id', 'department_id'])
		.execute();

	await db.schema
		.createTable('answers')
		.addColumn('response_id', 'uuid', (c) =>
			c.notNull().references('responses.id').onDelete('cascade')
		)
		.addColumn('question_id', 'uuid', (c) => c.notNull().references('questions.id'))
		.addColumn('value', 'smallint', (c) => c.notNull().check(sql`value between 0 and 10`))
		.addPrimaryKeyConstraint('answers_pkey', ['response_id', 'question_id'])
		.execute();

	await db.schema
		.createTable('service_ratings')
		.addColumn('response_id', 'uuid', (c) =>
			c.notNull().references('responses.id').onDelete('cascade')
		)
		.addColumn('provider_department_id', 'uuid', (c) => c.notNull().references('departments.id'))
		.addColumn('score', 'smallint', (c) => c.notNull().check(sql`score between 0 and 10`))
		.addColumn('reasons', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
		.addPrimaryKeyConstraint('service_ratings_pkey', ['response_id', 'provider_department_id'])
		.execute();
	await db.schema
		.createIndex('service_ratings_provider_idx')
		.on('service_ratings')
		.column('provider_department_id')
		.execute();

	// Comments stand apart from the response they came with, so a comment cannot be joined back
	// to the scores given beside it.
	await db.schema
		.createTable('comments')
		.addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
		.addColumn('round_id', 'uuid', (c) => c.notNull().references('pulse_rounds.id'))
		.addColumn('department_id', 'uuid', (c) => c.notNull().references('departments.id'))
		.addColumn('question_id', 'uuid', (c) => c.notNull().references('questions.id'))
		.addColumn('provider_department_id', 'uuid', (c) => c.references('departments.id'))
		.addColumn('body', 'text', (c) => c.notNull().check(sql`char_length(body) between 1 and 2000`))
		.execute();
	await db.schema
		.createIndex('comments_round_department_idx')
		.on('comments')
		.columns(['round_id', 'department_id'])
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('comments').execute();
	await db.schema.dropTable('service_ratings').execute();
	await db.schema.dropTable('answers').execute();
	await db.schema.dropTable('responses').execute();
	await db.schema.dropTable('spent_ballots').execute();
	await db.schema.dropTable('app_secrets').execute();
}
