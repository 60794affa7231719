import { sql, type Kysely } from 'kysely';

// Frozen in time: never edit a migration that has shipped; add a new one.
//
// Enterprise identity: how people sign in through the organisation's OpenID Connect provider
// (one row of settings), the provider's ID token of each such session (for its sign-out), and what
// a SCIM client knows about a person or group beyond Rapport's own fields.
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('identity_settings')
		.addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
		.addColumn('oidc_issuer', 'text')
		.addColumn('oidc_client_id', 'text')
		// Encrypted with a key derived from RAPPORT_SECRET; never shown back.
		.addColumn('oidc_client_secret', 'text')
		.addColumn('oidc_display_name', 'text')
		.addColumn('sso_only', 'boolean', (c) => c.notNull().defaultTo(false))
		.addColumn('allow_unknown_people', 'boolean', (c) => c.notNull().defaultTo(false))
		.addColumn('break_glass_person_id', 'uuid', (c) =>
			c.references('people.id').onDelete('set null')
		)
		.addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.execute();

	await db.schema
		.createTable('sso_sessions')
		.addColumn('session_id', 'text', (c) =>
			c.primaryKey().references('sessions.id').onDelete('cascade')
		)
		.addColumn('id_token', 'text', (c) => c.notNull())
		.execute();

	// A person as a SCIM client sees them. Deleting a user through SCIM deactivates the person and
	// marks the link deleted: the person and everything they answered stay.
	await db.schema
		.createTable('scim_users')
		.addColumn('person_id', 'uuid', (c) =>
			c.primaryKey().references('people.id').onDelete('cascade')
		)
		.addColumn('user_name', 'text', (c) => c.notNull())
		.addColumn('external_id', 'text')
		// The parts of the name, so that a PATCH of one part keeps the other.
		.addColumn('given_name', 'text')
		.addColumn('family_name', 'text')
		.addColumn('manager_id', 'uuid', (c) => c.references('people.id').onDelete('set null'))
		.addColumn('deleted_at', 'timestamptz')
		.addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.execute();
	await sql`create unique index scim_users_user_name_key on scim_users (lower(user_name))`.execute(
		db
	);

	await db.schema
		.createTable('scim_groups')
		.addColumn('department_id', 'uuid', (c) =>
			c.primaryKey().references('departments.id').onDelete('cascade')
		)
		.addColumn('external_id', 'text')
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('scim_groups').execute();
	await db.schema.dropTable('scim_users').execute();
	await db.schema.dropTable('sso_sessions').execute();
	await db.schema.dropTable('identity_settings').execute();
}
