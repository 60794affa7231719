import { sql, type Kysely } from 'kysely';

// Frozen in time: never edit a migration that has shipped; add a new one.
//
// HR is an insider too. Three things make what HR could do with links and made-up people
// visible or useless: when each person joined their current department (a group padded with
// newcomers just before a round is not shown for that round), a mark on each invitation whose
// link HR had shown, and the newcomers of every group of a closed round.

export async function up(db: Kysely<any>): Promise<void> {
	// Existing people get their created_at: the best that is known of when they joined.
	await db.schema.alterTable('people').addColumn('department_since', 'timestamptz').execute();
	await sql`update people set department_since = created_at`.execute(db);
	await db.schema
		.alterTable('people')
		.alterColumn('department_since', (c) => c.setNotNull())
		.execute();
	await db.schema
		.alterTable('people')
		.alterColumn('department_since', (c) => c.setDefault(sql`now()`))
		.execute();
	// The application sets department_since on every move and reactivation; this catches any
	// write that forgets (a script, a manual fix), so nobody joins a group unnoticed. A write
	// that sets department_since itself (a seed placing people in the past) is left alone.
	await sql`
		create function people_department_since() returns trigger language plpgsql as $$
		begin
			if new.department_since is not distinct from old.department_since
				and (new.department_id is distinct from old.department_id
					or (new.active and not old.active)) then
				new.department_since := now();
			end if;
			return new;
		end $$`.execute(db);
	await sql`
		create trigger people_department_since before update on people
		for each row execute function people_department_since()`.execute(db);

	await db.schema
		.alterTable('invitations')
		// The person's people.department_since when the round opened; null for invitations made
		// before this column existed.
		.addColumn('department_since', 'timestamptz')
		// Set when HR had the link shown (only possible while mail is not sent by SMTP); the audit
		// log has the same entry, and the person is told on their home page.
		.addColumn('link_shown_to_hr_at', 'timestamptz')
		.addColumn('link_shown_to_hr_by', 'uuid', (c) => c.references('people.id'))
		.execute();

	// Per group of a closed round that had newcomers (invited people who joined their department
	// less than the established period before the round opened): how many, and how many
	// responded in all. Immutable like the other rollups.
	await db.schema
		.createTable('rollup_group_changes')
		.addColumn('round_id', 'uuid', (c) => c.notNull().references('rollup_rounds.round_id'))
		.addColumn('scope', 'text', (c) =>
			c.notNull().check(sql`scope in ('direct', 'subtree', 'company')`)
		)
		.addColumn('department_id', 'uuid', (c) => c.references('departments.id'))
		.addColumn('invited', 'integer', (c) => c.notNull())
		.addColumn('newcomers', 'integer', (c) => c.notNull())
		.addColumn('responded', 'integer', (c) => c.notNull())
		.addCheckConstraint(
			'rollup_group_changes_scope_department',
			sql`(scope = 'company') = (department_id is null)`
		)
		.execute();
	await sql`create unique index rollup_group_changes_key on rollup_group_changes
		(round_id, scope, coalesce(department_id, '00000000-0000-0000-0000-000000000000'::uuid))`.execute(
		db
	);
	await sql`
		create trigger rollup_group_changes_immutable before update or delete on rollup_group_changes
		for each statement execute function rollups_are_immutable()`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('rollup_group_changes').execute();
	await db.schema
		.alterTable('invitations')
		.dropColumn('link_shown_to_hr_by')
		.dropColumn('link_shown_to_hr_at')
		.dropColumn('department_since')
		.execute();
	await sql`drop trigger people_department_since on people`.execute(db);
	await sql`drop function people_department_since()`.execute(db);
	await db.schema.alterTable('people').dropColumn('department_since').execute();
}
