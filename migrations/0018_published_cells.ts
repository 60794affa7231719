import { sql, type Kysely } from 'kysely';

// Frozen in time: never edit a migration that has shipped; add a new one.
//
// Published cells: what the privacy gate lets through for a closed round, stored once when the
// round closes, so that pages, the API and exports read them instead of gating on every read.
// A shown cell keeps its n and the statistics its figures are made from; a hidden cell keeps only
// why it is hidden. Closed rounds of earlier versions are published by the start-up backfill.
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('published_rounds')
		.addColumn('round_id', 'uuid', (c) =>
			c.primaryKey().references('pulse_rounds.id').onDelete('cascade')
		)
		// The gate's version that made the cells: a newer gate republishes older rounds.
		.addColumn('gate_version', 'integer', (c) => c.notNull())
		// Departments whose own members are pooled into the group above.
		.addColumn('pooled', sql`uuid[]`, (c) => c.notNull())
		// Per part, its measures in the order readers list them.
		.addColumn('measures', 'jsonb', (c) => c.notNull())
		.addColumn('published_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.execute();

	await db.schema
		.createTable('published_cells')
		.addColumn('round_id', 'uuid', (c) =>
			c.notNull().references('published_rounds.round_id').onDelete('cascade')
		)
		.addColumn('part', 'text', (c) => c.notNull())
		.addColumn('measure', 'text', (c) => c.notNull())
		.addColumn('cell_key', 'text', (c) => c.notNull())
		.addColumn('n', 'integer')
		.addColumn('stat', 'jsonb')
		.addColumn('reason', 'text')
		.addPrimaryKeyConstraint('published_cells_pkey', ['round_id', 'part', 'measure', 'cell_key'])
		// Shown: n and statistics, no reason. Hidden: the reason alone, never a figure or a count.
		.addCheckConstraint(
			'published_cells_shown_or_hidden',
			sql`(reason is null and n is not null and stat is not null)
				or (reason is not null and n is null and stat is null)`
		)
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('published_cells').execute();
	await db.schema.dropTable('published_rounds').execute();
}
