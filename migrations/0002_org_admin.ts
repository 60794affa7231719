import { sql, type Kysely } from 'kysely';

// Frozen in time: never edit a migration that has shipped; add a new one.
export async function up(db: Kysely<any>): Promise<void> {
	// A path such as Operations/Customer Support must name one department: sibling names are
	// unique among departments in use (archived ones keep theirs, so history reads unchanged).
	await sql`
		create unique index departments_sibling_name_key on departments
		(coalesce(parent_id, '00000000-0000-0000-0000-000000000000'::uuid), lower(name))
		where archived_at is null`.execute(db);

	// Who changed what in the organisation and its roles, and when. Rows are only ever added.
	// entity_label keeps the name as it was, so the log stays readable after renames.
	await db.schema
		.createTable('audit_log')
		.addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
		.addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addColumn('actor_id', 'uuid', (c) => c.references('people.id'))
		.addColumn('action', 'text', (c) => c.notNull())
		.addColumn('entity_type', 'text', (c) => c.notNull())
		.addColumn('entity_id', 'text')
		.addColumn('entity_label', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('before', 'jsonb')
		.addColumn('after', 'jsonb')
		.addColumn('import_id', 'uuid')
		.execute();
	await db.schema
		.createIndex('audit_log_entity_idx')
		.on('audit_log')
		.columns(['entity_type', 'entity_id', 'id'])
		.execute();
	await db.schema
		.createIndex('audit_log_actor_idx')
		.on('audit_log')
		.columns(['actor_id', 'id'])
		.execute();
	await db.schema
		.createIndex('audit_log_import_idx')
		.on('audit_log')
		.columns(['import_id', 'id'])
		.where('import_id', 'is not', null)
		.execute();

	// Only the SHA-256 of the token handed out is stored, so a database leak reveals no usable link.
	await db.schema
		.createTable('password_reset_tokens')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('person_id', 'uuid', (c) => c.notNull().references('people.id').onDelete('cascade'))
		.addColumn('created_by', 'uuid', (c) => c.references('people.id'))
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addColumn('expires_at', 'timestamptz', (c) => c.notNull())
		.addColumn('used_at', 'timestamptz')
		.execute();
	await db.schema
		.createIndex('password_reset_tokens_person_idx')
		.on('password_reset_tokens')
		.column('person_id')
		.execute();

	// A CSV upload between its preview and its application. The bytes are kept (and dropped once
	// applied or discarded) so that apply re-reads exactly what was previewed, checked by SHA-256.
	await db.schema
		.createTable('org_imports')
		.addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
		.addColumn('created_by', 'uuid', (c) => c.notNull().references('people.id'))
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addColumn('file_name', 'text', (c) => c.notNull())
		.addColumn('file_size', 'integer', (c) => c.notNull())
		.addColumn('content', 'bytea')
		.addColumn('content_sha256', 'text', (c) => c.notNull())
		.addColumn('plan_digest', 'text')
		.addColumn('preview', 'jsonb', (c) => c.notNull())
		.addColumn('status', 'text', (c) =>
			c
				.notNull()
				.defaultTo('previewed')
				.check(sql`status in ('previewed', 'applied', 'discarded')`)
		)
		.addColumn('applied_at', 'timestamptz')
		.addColumn('result', 'jsonb')
		.execute();
	await db.schema
		.createIndex('org_imports_created_at_idx')
		.on('org_imports')
		.column('created_at')
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('org_imports').execute();
	await db.schema.dropTable('password_reset_tokens').execute();
	await db.schema.dropTable('audit_log').execute();
	await sql`drop index departments_sibling_name_key`.execute(db);
}
