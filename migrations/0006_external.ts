import { sql, type Kysely } from 'kysely';

// Frozen in time: never edit a migration that has shipped; add a new one.
export async function up(db: Kysely<any>): Promise<void> {
	// Keys for integrations. Only the SHA-256 of the key is stored; the prefix is kept so that
	// people can tell their keys apart on the list.
	await db.schema
		.createTable('api_keys')
		.addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('key_hash', 'text', (c) => c.notNull().unique())
		.addColumn('prefix', 'text', (c) => c.notNull())
		.addColumn('scopes', sql`text[]`, (c) => c.notNull())
		.addColumn('created_by', 'uuid', (c) => c.references('people.id'))
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addColumn('last_used_at', 'timestamptz')
		.addColumn('revoked_at', 'timestamptz')
		.execute();

	// Customer satisfaction per department and period, as reported by a survey tool or a CRM.
	// One figure per department, metric, period and source: sending it again replaces it.
	await db.schema
		.createTable('external_metrics')
		.addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
		.addColumn('department_id', 'uuid', (c) => c.notNull().references('departments.id'))
		.addColumn('metric', 'text', (c) => c.notNull().check(sql`metric in ('csat', 'nps', 'ces')`))
		.addColumn('period_start', 'date', (c) => c.notNull())
		.addColumn('period_end', 'date', (c) => c.notNull())
		.addColumn('value', 'double precision', (c) => c.notNull())
		// CSAT: 'percent' (share satisfied) or 'mean 1-5' style scales; CES: its scale; NPS: null.
		.addColumn('scale', 'text')
		.addColumn('sample_size', 'integer', (c) => c.check(sql`sample_size > 0`))
		.addColumn('source', 'text', (c) => c.notNull())
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addColumn('updated_by', 'uuid', (c) => c.references('people.id'))
		.addColumn('api_key_id', 'uuid', (c) => c.references('api_keys.id'))
		.addCheckConstraint('external_metrics_period_check', sql`period_end >= period_start`)
		.execute();
	await sql`
		create unique index external_metrics_natural_key on external_metrics
		(department_id, metric, period_start, period_end, source)`.execute(db);
	await db.schema
		.createIndex('external_metrics_metric_period_idx')
		.on('external_metrics')
		.columns(['metric', 'period_start'])
		.execute();

	// A CSV upload between its preview and its application, like an org import: the bytes are
	// kept until applied or discarded, so apply re-reads exactly what was previewed.
	await db.schema
		.createTable('external_metric_uploads')
		.addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
		.addColumn('created_by', 'uuid', (c) => c.notNull().references('people.id'))
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addColumn('file_name', 'text', (c) => c.notNull())
		.addColumn('content', 'bytea')
		.addColumn('content_sha256', 'text', (c) => c.notNull())
		.addColumn('status', 'text', (c) =>
			c
				.notNull()
				.defaultTo('previewed')
				.check(sql`status in ('previewed', 'applied', 'discarded')`)
		)
		.addColumn('applied_at', 'timestamptz')
		.addColumn('result', 'jsonb')
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('external_metric_uploads').execute();
	await db.schema.dropTable('external_metrics').execute();
	await db.schema.dropTable('api_keys').execute();
}
