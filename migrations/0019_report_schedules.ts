import { sql, type Kysely } from 'kysely';

// Frozen in time: never edit a migration that has shipped; add a new one.
//
// Scheduled reports: HR schedules a monthly or quarterly PDF; each period, every department head
// receives their own subtree's report and HR the company's, as a mail attachment. A send is
// recorded once per schedule, period and recipient, so two instances never send it twice.
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('report_schedules')
		.addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
		.addColumn('cadence', 'text', (c) =>
			c.notNull().check(sql`cadence in ('monthly', 'quarterly')`)
		)
		.addColumn('language', 'text', (c) =>
			c
				.notNull()
				.defaultTo('en')
				.check(sql`language in ('en', 'es')`)
		)
		.addColumn('paper', 'text', (c) =>
			c
				.notNull()
				.defaultTo('a4')
				.check(sql`paper in ('a4', 'letter')`)
		)
		.addColumn('created_by', 'uuid', (c) => c.references('people.id').onDelete('set null'))
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		// The latest period whose reports went out ('2026-10', '2026-Q3'); null before the first.
		.addColumn('last_period', 'text')
		.execute();

	await db.schema
		.createTable('report_sends')
		.addColumn('schedule_id', 'uuid', (c) =>
			c.notNull().references('report_schedules.id').onDelete('cascade')
		)
		.addColumn('period', 'text', (c) => c.notNull())
		.addColumn('person_id', 'uuid', (c) => c.notNull().references('people.id').onDelete('cascade'))
		.addColumn('mail_id', 'uuid', (c) => c.references('mail_outbox.id').onDelete('set null'))
		.addColumn('sent_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addPrimaryKeyConstraint('report_sends_pkey', ['schedule_id', 'period', 'person_id'])
		.execute();

	// Files sent with a queued message; dropped once it is delivered.
	await db.schema
		.createTable('mail_attachments')
		.addColumn('mail_id', 'uuid', (c) =>
			c.notNull().references('mail_outbox.id').onDelete('cascade')
		)
		.addColumn('position', 'integer', (c) => c.notNull())
		.addColumn('filename', 'text', (c) => c.notNull())
		.addColumn('content_type', 'text', (c) => c.notNull())
		.addColumn('content', 'bytea', (c) => c.notNull())
		.addPrimaryKeyConstraint('mail_attachments_pkey', ['mail_id', 'position'])
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('mail_attachments').execute();
	await db.schema.dropTable('report_sends').execute();
	await db.schema.dropTable('report_schedules').execute();
}
