import { sql, type Kysely } from 'kysely';

// Frozen in time: never edit a migration that has shipped; add a new one.
//
// Imports read vendor exports (BambooHR, Workday, …) through a column mapping HR confirms before
// the preview counts: an upload remembers its mapping and HR's choice of department heads, and
// each confirmed mapping is kept by the file's header signature for the next file of that shape.
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.alterTable('org_imports')
		.addColumn('mapping', 'jsonb')
		.addColumn('mapping_confirmed', 'boolean', (c) => c.notNull().defaultTo(true))
		.execute();
	await db.schema
		.createTable('org_import_mappings')
		.addColumn('signature', 'text', (c) => c.primaryKey())
		.addColumn('preset', 'text', (c) => c.notNull())
		.addColumn('fields', 'jsonb', (c) => c.notNull())
		.addColumn('saved_by', 'uuid', (c) => c.references('people.id').onDelete('set null'))
		.addColumn('saved_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('org_import_mappings').execute();
	await db.schema
		.alterTable('org_imports')
		.dropColumn('mapping')
		.dropColumn('mapping_confirmed')
		.execute();
}
