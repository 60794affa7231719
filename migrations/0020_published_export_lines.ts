import type { Kysely } from 'kysely';

// Frozen in time: never edit a migration that has shipped; add a new one.
//
// Each closed round's CSV export lines, kept once written: an export of the same round, contents
// and departments then reads one text a round instead of formatting every published cell again.
// Made from the published cells only, and deleted with their publication when a round is
// republished.
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('published_export_lines')
		.addColumn('round_id', 'uuid', (c) =>
			c.notNull().references('published_rounds.round_id').onDelete('cascade')
		)
		// Which export: its dialect, contents and subtree.
		.addColumn('variant', 'text', (c) => c.notNull())
		// What the lines name besides the cells (departments' codes, names and places, the
		// round's dates): lines whose stamp differs from today's are written again.
		.addColumn('stamp', 'text', (c) => c.notNull())
		.addColumn('lines', 'text', (c) => c.notNull())
		.addPrimaryKeyConstraint('published_export_lines_pkey', ['round_id', 'variant'])
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('published_export_lines').execute();
}
