import type { Kysely } from 'kysely';

// Frozen in time: never edit a migration that has shipped; add a new one.
//
// The ballot key no longer lives in the database: whoever held the database or a backup could
// mint ballots with it. Keys now derive from RAPPORT_SECRET (or, on the embedded database, a
// file beside it), one per round. Dropping the table removes its file; earlier backups and WAL
// still hold the old key, which signs nothing any more.
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('app_secrets').ifExists().execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('app_secrets')
		.addColumn('name', 'text', (c) => c.primaryKey())
		.addColumn('value', 'text', (c) => c.notNull())
		.execute();
}
