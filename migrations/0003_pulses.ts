import { sql, type Kysely } from 'kysely';
import { QUESTION_BANK_2026 } from './data/question-bank-2026';

// Frozen in time: never edit a migration that has shipped; add a new one.
export async function up(db: Kysely<any>): Promise<void> {
	// A question row never changes wording once created: editing a question that has been asked
	// retires this version and adds the next one under the same key.
	await db.schema
		.createTable('questions')
		.addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
		.addColumn('key', 'text', (c) => c.notNull())
		.addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
		.addColumn('driver', 'text', (c) =>
			c
				.notNull()
				.check(
					sql`driver in ('empowerment', 'internal_support', 'morale', 'recognition', 'workload', 'enps', 'internal_service', 'comment')`
				)
		)
		.addColumn('kind', 'text', (c) =>
			c.notNull().check(sql`kind in ('likert', 'scale_0_10', 'comment', 'internal_service')`)
		)
		.addColumn('texts', 'jsonb', (c) => c.notNull())
		.addColumn('retired_at', 'timestamptz')
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addUniqueConstraint('questions_key_version_key', ['key', 'version'])
		.execute();
	await sql`create unique index questions_current_key on questions (key) where retired_at is null`.execute(
		db
	);
	for (const q of QUESTION_BANK_2026) {
		await db
			.insertInto('questions')
			.values({ key: q.key, driver: q.driver, kind: q.kind, texts: JSON.stringify(q.texts) })
			.execute();
	}

	await db.schema
		.createTable('pulse_programmes')
		.addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('status', 'text', (c) =>
			c
				.notNull()
				.defaultTo('active')
				.check(sql`status in ('active', 'paused', 'ended')`)
		)
		.addColumn('cadence', 'text', (c) =>
			c.notNull().check(sql`cadence in ('weekly', 'biweekly', 'monthly', 'once')`)
		)
		.addColumn('starts_on', 'date', (c) => c.notNull())
		.addColumn('round_length_days', 'integer', (c) =>
			c.notNull().check(sql`round_length_days between 1 and 60`)
		)
		.addColumn('questions_per_round', 'integer', (c) =>
			c.notNull().check(sql`questions_per_round between 1 and 40`)
		)
		.addColumn('core_question_keys', sql`text[]`, (c) => c.notNull())
		.addColumn('reminder_days', sql`integer[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
		.addColumn('k_scores', 'integer', (c) => c.notNull().check(sql`k_scores >= 3`))
		.addColumn('k_comments', 'integer', (c) => c.notNull().check(sql`k_comments >= 5`))
		.addColumn('created_by', 'uuid', (c) => c.references('people.id'))
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.execute();

	await db.schema
		.createTable('pulse_programme_departments')
		.addColumn('programme_id', 'uuid', (c) =>
			c.notNull().references('pulse_programmes.id').onDelete('cascade')
		)
		.addColumn('department_id', 'uuid', (c) => c.notNull().references('departments.id'))
		.addPrimaryKeyConstraint('pulse_programme_departments_pkey', ['programme_id', 'department_id'])
		.execute();

	await db.schema
		.createTable('pulse_rounds')
		.addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
		.addColumn('programme_id', 'uuid', (c) => c.notNull().references('pulse_programmes.id'))
		.addColumn('period_index', 'integer', (c) => c.notNull())
		.addColumn('rotation_index', 'integer', (c) => c.notNull())
		.addColumn('status', 'text', (c) =>
			c
				.notNull()
				.defaultTo('open')
				.check(sql`status in ('open', 'closed')`)
		)
		.addColumn('opens_at', 'timestamptz', (c) => c.notNull())
		.addColumn('closes_at', 'timestamptz', (c) => c.notNull())
		.addColumn('opened_by', 'text', (c) =>
			c
				.notNull()
				.defaultTo('scheduler')
				.check(sql`opened_by in ('scheduler', 'hr')`)
		)
		.addColumn('closed_at', 'timestamptz')
		.addColumn('invited_count', 'integer', (c) => c.notNull().defaultTo(0))
		.addUniqueConstraint('pulse_rounds_period_key', ['programme_id', 'period_index'])
		.addCheckConstraint('pulse_rounds_window', sql`closes_at > opens_at`)
		.execute();
	// The last line of defence against two scheduler instances racing: one open round a programme.
	await sql`create unique index pulse_rounds_one_open on pulse_rounds (programme_id) where status = 'open'`.execute(
		db
	);
	await sql`create index pulse_rounds_open_closes_at on pulse_rounds (closes_at) where status = 'open'`.execute(
		db
	);

	await db.schema
		.createTable('round_questions')
		.addColumn('round_id', 'uuid', (c) => c.notNull().references('pulse_rounds.id'))
		.addColumn('position', 'integer', (c) => c.notNull())
		.addColumn('question_id', 'uuid', (c) => c.notNull().references('questions.id'))
		.addPrimaryKeyConstraint('round_questions_pkey', ['round_id', 'position'])
		.addUniqueConstraint('round_questions_question_key', ['round_id', 'question_id'])
		.execute();

	await db.schema
		.createTable('invitations')
		.addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
		.addColumn('round_id', 'uuid', (c) => c.notNull().references('pulse_rounds.id'))
		.addColumn('person_id', 'uuid', (c) => c.notNull().references('people.id'))
		// The department the person belonged to when invited: their answers count there.
		.addColumn('department_id', 'uuid', (c) => c.notNull().references('departments.id'))
		.addColumn('expires_at', 'timestamptz', (c) => c.notNull())
		// Whether the person has opened their survey, not when: a time here could be lined up
		// against the order in which responses were written.
		.addColumn('ballot_issued', 'boolean', (c) => c.notNull().defaultTo(false))
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addUniqueConstraint('invitations_round_person_key', ['round_id', 'person_id'])
		.execute();
	await db.schema
		.createIndex('invitations_person_idx')
		.on('invitations')
		.column('person_id')
		.execute();

	// Each message (the invitation, every reminder) carries a link of its own; all stay valid
	// until the round closes. Only the SHA-256 of a link's token is stored.
	await db.schema
		.createTable('invitation_links')
		.addColumn('token_hash', 'text', (c) => c.primaryKey())
		.addColumn('invitation_id', 'uuid', (c) =>
			c.notNull().references('invitations.id').onDelete('cascade')
		)
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.execute();
	await db.schema
		.createIndex('invitation_links_invitation_idx')
		.on('invitation_links')
		.column('invitation_id')
		.execute();

	await db.schema
		.createTable('round_reminders')
		.addColumn('round_id', 'uuid', (c) => c.notNull().references('pulse_rounds.id'))
		.addColumn('day', 'integer', (c) => c.notNull())
		.addColumn('recipients', 'integer', (c) => c.notNull())
		.addColumn('sent_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addPrimaryKeyConstraint('round_reminders_pkey', ['round_id', 'day'])
		.execute();

	await db.schema
		.createTable('mail_outbox')
		.addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
		.addColumn('kind', 'text', (c) => c.notNull())
		.addColumn('to_address', 'text', (c) => c.notNull())
		.addColumn('locale', 'text', (c) => c.notNull())
		.addColumn('subject', 'text', (c) => c.notNull())
		// Cleared once delivered: bodies carry one-time links that must not linger.
		.addColumn('body_text', 'text')
		.addColumn('body_html', 'text')
		.addColumn('round_id', 'uuid', (c) => c.references('pulse_rounds.id'))
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addColumn('sent_at', 'timestamptz')
		.addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('next_attempt_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addColumn('last_error', 'text')
		.execute();
	await sql`create index mail_outbox_pending on mail_outbox (next_attempt_at) where sent_at is null`.execute(
		db
	);
	await db.schema
		.createIndex('mail_outbox_created_idx')
		.on('mail_outbox')
		.column('created_at')
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('mail_outbox').execute();
	await db.schema.dropTable('round_reminders').execute();
	await db.schema.dropTable('invitation_links').execute();
	await db.schema.dropTable('invitations').execute();
	await db.schema.dropTable('round_questions').execute();
	await db.schema.dropTable('pulse_rounds').execute();
	await db.schema.dropTable('pulse_programme_departments').execute();
	await db.schema.dropTable('pulse_programmes').execute();
	await db.schema.dropTable('questions').execute();
}
