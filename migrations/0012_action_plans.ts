import { sql, type Kysely } from 'kysely';

// Frozen in time: never edit a migration that has shipped; add a new one.
//
// From results to action: after a round closes, a department's head picks up to three focus
// areas (a driver or one item) and writes actions for each (what, owner, due date, status,
// notes), which the department's people read. The question bank gains a "manager support"
// driver and items on resolving a customer's problem without escalating.

const ALL_DRIVERS = [
	'empowerment',
	'internal_support',
	'morale',
	'recognition',
	'workload',
	'enps',
	'internal_service',
	'comment'
];

const NEW_QUESTIONS = [
	{
		key: 'manager_support.removes_obstacles',
		driver: 'manager_support',
		texts: {
			en: 'My manager removes the obstacles that slow me down.',
			es: 'Mi responsable elimina los obstáculos que me frenan.'
		}
	},
	{
		key: 'manager_support.backs_decisions',
		driver: 'manager_support',
		texts: {
			en: 'My manager backs the decisions I make with customers.',
			es: 'Mi responsable respalda las decisiones que tomo con los clientes.'
		}
	},
	{
		key: 'manager_support.asks_what_i_need',
		driver: 'manager_support',
		texts: {
			en: 'My manager asks me what I need to do my job well.',
			es: 'Mi responsable me pregunta qué necesito para hacer bien mi trabajo.'
		}
	},
	{
		key: 'manager_support.resolve_without_escalating',
		driver: 'manager_support',
		texts: {
			en: "My manager trusts me to resolve a customer's problem without escalating it.",
			es: 'Mi responsable confía en que resuelva el problema de un cliente sin escalarlo.'
		}
	},
	{
		key: 'empowerment.resolve_first_time',
		driver: 'empowerment',
		texts: {
			en: 'I can resolve most customer problems myself, without passing them on to someone else.',
			es: 'Puedo resolver yo mismo la mayoría de los problemas de los clientes, sin pasárselos a otra persona.'
		}
	}
];

const driverCheck = (drivers: string[]) =>
	sql.raw(`driver in (${drivers.map((d) => `'${d}'`).join(', ')})`);

export async function up(db: Kysely<any>): Promise<void> {
	await sql`alter table questions drop constraint questions_driver_check`.execute(db);
	await sql`alter table questions add constraint questions_driver_check check (${driverCheck([...ALL_DRIVERS, 'manager_support'])})`.execute(
		db
	);
	for (const q of NEW_QUESTIONS) {
		await db
			.insertInto('questions')
			.values({ key: q.key, driver: q.driver, kind: 'likert', texts: JSON.stringify(q.texts) })
			.execute();
	}

	await db.schema
		.createTable('focus_areas')
		.addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
		.addColumn('department_id', 'uuid', (c) => c.notNull().references('departments.id'))
		.addColumn('round_id', 'uuid', (c) => c.notNull().references('pulse_rounds.id'))
		.addColumn('driver', 'text', (c) => c.notNull())
		// Null: the whole driver; else one of its items.
		.addColumn('question_id', 'uuid', (c) => c.references('questions.id'))
		.addColumn('created_by', 'uuid', (c) => c.references('people.id'))
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.execute();
	await sql`create unique index focus_areas_subject_key on focus_areas (department_id, round_id, driver, coalesce(question_id, '00000000-0000-0000-0000-000000000000'::uuid))`.execute(
		db
	);

	await db.schema
		.createTable('focus_actions')
		.addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
		.addColumn('focus_area_id', 'uuid', (c) =>
			c.notNull().references('focus_areas.id').onDelete('cascade')
		)
		.addColumn('title', 'text', (c) => c.notNull().check(sql`length(title) between 1 and 200`))
		.addColumn('owner_person_id', 'uuid', (c) => c.references('people.id'))
		.addColumn('owner_name', 'text', (c) => c.check(sql`length(owner_name) <= 120`))
		.addColumn('due_on', 'date', (c) => c.notNull())
		.addColumn('status', 'text', (c) =>
			c
				.notNull()
				.defaultTo('planned')
				.check(sql`status in ('planned', 'in_progress', 'done', 'dropped')`)
		)
		.addColumn('notes', 'text', (c) =>
			c
				.notNull()
				.defaultTo('')
				.check(sql`length(notes) <= 2000`)
		)
		.addColumn('created_by', 'uuid', (c) => c.references('people.id'))
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addCheckConstraint(
			'focus_actions_one_owner',
			sql`owner_person_id is null or owner_name is null`
		)
		.execute();
	await db.schema
		.createIndex('focus_actions_focus_area_idx')
		.on('focus_actions')
		.column('focus_area_id')
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('focus_actions').execute();
	await db.schema.dropTable('focus_areas').execute();
	// Fails, as it should, once one of the new questions has been asked in a round.
	await db
		.deleteFrom('questions')
		.where(
			'key',
			'in',
			NEW_QUESTIONS.map((q) => q.key)
		)
		.execute();
	await sql`alter table questions drop constraint questions_driver_check`.execute(db);
	await sql`alter table questions add constraint questions_driver_check check (${driverCheck(ALL_DRIVERS)})`.execute(
		db
	);
}
