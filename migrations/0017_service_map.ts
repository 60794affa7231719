import { sql, type Kysely } from 'kysely';

// Frozen in time: never edit a migration that has shipped; add a new one.
//
// The service map: which departments each department is asked to rate in the internal-service
// question. A department with no rows rates any department (as before). Each round keeps the map
// it opened with, so the survey offers, and the gate knows, exactly the pairs that were asked; a
// pair nobody was asked about is a zero known from the configuration, not a figure to protect.
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('service_relationships')
		.addColumn('consumer_department_id', 'uuid', (c) =>
			c.notNull().references('departments.id').onDelete('cascade')
		)
		.addColumn('provider_department_id', 'uuid', (c) =>
			c.notNull().references('departments.id').onDelete('cascade')
		)
		.addPrimaryKeyConstraint('service_relationships_pkey', [
			'consumer_department_id',
			'provider_department_id'
		])
		// A department never rates itself: the survey leaves its own department out.
		.addCheckConstraint(
			'service_relationships_not_self',
			sql`consumer_department_id <> provider_department_id`
		)
		.execute();

	await db.schema
		.createTable('round_service_relationships')
		.addColumn('round_id', 'uuid', (c) =>
			c.notNull().references('pulse_rounds.id').onDelete('cascade')
		)
		.addColumn('consumer_department_id', 'uuid', (c) => c.notNull())
		.addColumn('provider_department_id', 'uuid', (c) => c.notNull())
		.addPrimaryKeyConstraint('round_service_relationships_pkey', [
			'round_id',
			'consumer_department_id',
			'provider_department_id'
		])
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('round_service_relationships').execute();
	await db.schema.dropTable('service_relationships').execute();
}
