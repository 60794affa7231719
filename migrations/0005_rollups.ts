import { sql, type Kysely } from 'kysely';

// Frozen in time: never edit a migration that has shipped; add a new one.
//
// Rollups: the group statistics of a closed round, computed once when it closes and never
// changed afterwards. Every figure Rapport shows is read from here through the privacy gate;
// nothing reads raw answers to show them. The statistics themselves are ungated (counts per
// answer value of every group, however small): only the gate may turn them into figures.

const ROLLUP_TABLES = [
	'rollup_departments',
	'rollup_participation',
	'rollup_drivers',
	'rollup_items',
	'rollup_service',
	'rollup_driver_impact',
	'rollup_rounds'
];
const NO_DEPARTMENT = sql`'00000000-0000-0000-0000-000000000000'::uuid`;

export async function up(db: Kysely<any>): Promise<void> {
	// One row per rolled-up round; inserted first, so a second close finds it and stops.
	await db.schema
		.createTable('rollup_rounds')
		.addColumn('round_id', 'uuid', (c) => c.primaryKey().references('pulse_rounds.id'))
		.addColumn('programme_id', 'uuid', (c) => c.notNull().references('pulse_programmes.id'))
		.addColumn('k_scores', 'integer', (c) => c.notNull())
		.addColumn('k_comments', 'integer', (c) => c.notNull())
		.execute();

	// The department tree as it was when the round closed: the sums of the subtree rows follow
	// this tree, so the gate must too, whatever moves later.
	await db.schema
		.createTable('rollup_departments')
		.addColumn('round_id', 'uuid', (c) => c.notNull().references('rollup_rounds.round_id'))
		.addColumn('department_id', 'uuid', (c) => c.notNull().references('departments.id'))
		.addColumn('parent_id', 'uuid', (c) => c.references('departments.id'))
		.addPrimaryKeyConstraint('rollup_departments_pkey', ['round_id', 'department_id'])
		.execute();

	// Every statistics table has a row per group: scope 'direct' (a department's own members),
	// 'subtree' (the department and everything below it) or 'company' (department_id null).
	const scoped = (name: string) =>
		db.schema
			.createTable(name)
			.addColumn('round_id', 'uuid', (c) => c.notNull().references('rollup_rounds.round_id'))
			.addColumn('scope', 'text', (c) =>
				c.notNull().check(sql`scope in ('direct', 'subtree', 'company')`)
			)
			.addColumn('department_id', 'uuid', (c) => c.references('departments.id'))
			.addCheckConstraint(
				`${name}_scope_department`,
				sql`(scope = 'company') = (department_id is null)`
			);

	await scoped('rollup_participation')
		.addColumn('invited', 'integer', (c) => c.notNull())
		.addColumn('responded', 'integer', (c) => c.notNull())
		.addColumn('comments', 'integer', (c) => c.notNull())
		.execute();

	// Histograms count answers per value: Likert 1–5 in five bins, 0–10 scales in eleven.
	await scoped('rollup_drivers')
		.addColumn('driver', 'text', (c) => c.notNull())
		.addColumn('respondents', 'integer', (c) => c.notNull())
		.addColumn('answers', 'integer', (c) => c.notNull())
		.addColumn('histogram', sql`integer[]`, (c) => c.notNull())
		.execute();

	await scoped('rollup_items')
		.addColumn('question_id', 'uuid', (c) => c.notNull().references('questions.id'))
		.addColumn('driver', 'text', (c) => c.notNull())
		.addColumn('respondents', 'integer', (c) => c.notNull())
		.addColumn('histogram', sql`integer[]`, (c) => c.notNull())
		.execute();

	// Internal service: the consumer group in scope/department_id; provider_department_id null
	// is the group's ratings of all providers together.
	await scoped('rollup_service')
		.addColumn('provider_department_id', 'uuid', (c) => c.references('departments.id'))
		.addColumn('respondents', 'integer', (c) => c.notNull())
		.addColumn('ratings', 'integer', (c) => c.notNull())
		.addColumn('histogram', sql`integer[]`, (c) => c.notNull())
		.addColumn('reasons', 'jsonb', (c) => c.notNull())
		.addColumn('comments', 'integer', (c) => c.notNull())
		.execute();

	// Pearson's r between respondents' driver means and their eNPS answers; r and n only.
	await scoped('rollup_driver_impact')
		.addColumn('driver', 'text', (c) => c.notNull())
		.addColumn('respondents', 'integer', (c) => c.notNull())
		.addColumn('r', 'double precision')
		.execute();

	const group = sql`round_id, scope, coalesce(department_id, ${NO_DEPARTMENT})`;
	await sql`create unique index rollup_participation_key on rollup_participation (${group})`.execute(
		db
	);
	await sql`create unique index rollup_drivers_key on rollup_drivers (${group}, driver)`.execute(
		db
	);
	await sql`create unique index rollup_items_key on rollup_items (${group}, question_id)`.execute(
		db
	);
	await sql`create unique index rollup_service_key on rollup_service
		(${group}, coalesce(provider_department_id, ${NO_DEPARTMENT}))`.execute(db);
	await sql`create unique index rollup_driver_impact_key on rollup_driver_impact (${group}, driver)`.execute(
		db
	);

	await sql`
		create function rollups_are_immutable() returns trigger language plpgsql as $$
		begin
			raise exception 'rollups are immutable: % on % refused', tg_op, tg_table_name
				using errcode = '55000';
		end $$`.execute(db);
	for (const table of ROLLUP_TABLES) {
		await sql`
			create trigger ${sql.id(`${table}_immutable`)} before update or delete on ${sql.id(table)}
			for each statement execute function rollups_are_immutable()`.execute(db);
	}
}

export async function down(db: Kysely<any>): Promise<void> {
	for (const table of ROLLUP_TABLES) await db.schema.dropTable(table).execute();
	await sql`drop function rollups_are_immutable()`.execute(db);
}
