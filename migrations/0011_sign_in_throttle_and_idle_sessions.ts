import { sql, type Kysely } from 'kysely';

// Frozen in time: never edit a migration that has shipped; add a new one.
//
// Sign-in throttling moves from one counter per account (which let anyone lock any account) to
// counters per client and per account-and-client pair, which slow guessing down without locking
// the owner out. Keys are hashes, so the table holds no email or address. Sessions gain the time
// they were last used, for an idle timeout beside the absolute one.
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('sign_in_throttle').execute();
	await db.schema
		.createTable('sign_in_throttle')
		.addColumn('key', 'text', (c) => c.primaryKey())
		.addColumn('attempts', 'integer', (c) => c.notNull())
		.addColumn('window_started_at', 'timestamptz', (c) => c.notNull())
		.addColumn('last_attempt_at', 'timestamptz', (c) => c.notNull())
		.execute();
	await db.schema
		.createIndex('sign_in_throttle_window_started_at_idx')
		.on('sign_in_throttle')
		.column('window_started_at')
		.execute();

	await db.schema
		.alterTable('sessions')
		.addColumn('last_seen_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.execute();
	await db.schema
		.createIndex('sessions_expires_at_idx')
		.on('sessions')
		.column('expires_at')
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropIndex('sessions_expires_at_idx').execute();
	await db.schema.alterTable('sessions').dropColumn('last_seen_at').execute();
	await db.schema.dropTable('sign_in_throttle').execute();
	await db.schema
		.createTable('sign_in_throttle')
		.addColumn('account_key', 'text', (c) => c.primaryKey())
		.addColumn('failures', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('window_started_at', 'timestamptz', (c) => c.notNull())
		.execute();
}
