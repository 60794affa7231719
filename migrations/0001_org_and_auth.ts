import { sql, type Kysely } from 'kysely';

// Frozen in time: never edit a migration that has shipped; add a new one.
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('org_settings')
		.addColumn('id', 'integer', (c) =>
			c
				.primaryKey()
				.defaultTo(1)
				.check(sql`id = 1`)
		)
		.addColumn('name', 'text', (c) => c.notNull().defaultTo('Our organisation'))
		.addColumn('k_scores', 'integer', (c) =>
			c
				.notNull()
				.defaultTo(5)
				.check(sql`k_scores >= 3`)
		)
		.addColumn('k_comments', 'integer', (c) =>
			c
				.notNull()
				.defaultTo(10)
				.check(sql`k_comments >= 5`)
		)
		.addColumn('default_locale', 'text', (c) => c.notNull().defaultTo('en'))
		.execute();
	await db.insertInto('org_settings').values({ id: 1 }).execute();

	await db.schema
		.createTable('departments')
		.addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
		.addColumn('code', 'text', (c) => c.notNull())
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('parent_id', 'uuid', (c) => c.references('departments.id'))
		.addColumn('kind', 'text', (c) =>
			c
				.notNull()
				.defaultTo('internal')
				.check(sql`kind in ('customer_facing', 'internal')`)
		)
		.addColumn('archived_at', 'timestamptz')
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addCheckConstraint('departments_not_own_parent', sql`parent_id is null or parent_id <> id`)
		.execute();
	await sql`create unique index departments_code_key on departments (lower(code))`.execute(db);
	await db.schema
		.createIndex('departments_parent_id_idx')
		.on('departments')
		.column('parent_id')
		.execute();

	// Closure table: one row per (ancestor, descendant) pair, including each department with
	// itself at depth 0. Kept by triggers so every writer (pages, imports, seeds) stays consistent,
	// and subtree reads are one indexed lookup however deep or wide the tree.
	await db.schema
		.createTable('department_closure')
		.addColumn('ancestor_id', 'uuid', (c) => c.notNull().references('departments.id'))
		.addColumn('descendant_id', 'uuid', (c) => c.notNull().references('departments.id'))
		.addColumn('depth', 'integer', (c) => c.notNull())
		.addPrimaryKeyConstraint('department_closure_pkey', ['ancestor_id', 'descendant_id'])
		.execute();
	await db.schema
		.createIndex('department_closure_descendant_idx')
		.on('department_closure')
		.columns(['descendant_id', 'ancestor_id'])
		.execute();

	await sql`
		create function department_closure_after_insert() returns trigger language plpgsql as $$
		begin
			insert into department_closure (ancestor_id, descendant_id, depth)
			select ancestor_id, new.id, depth + 1 from department_closure where descendant_id = new.parent_id
			union all select new.id, new.id, 0;
			return null;
		end $$`.execute(db);
	await sql`
		create trigger department_closure_insert after insert on departments
		for each row execute function department_closure_after_insert()`.execute(db);

	await sql`
		create function department_closure_before_move() returns trigger language plpgsql as $$
		begin
			if new.parent_id is not null and exists (
				select 1 from department_closure where ancestor_id = new.id and descendant_id = new.parent_id
			) then
				raise exception 'department % cannot move under its own sub-department', new.code
					using errcode = '23514', constraint = 'departments_no_cycle';
			end if;
			-- Detach the subtree from its old ancestors, then attach it under the new parent.
			delete from department_closure c
			using department_closure sub, department_closure sup
			where sub.ancestor_id = new.id and c.descendant_id = sub.descendant_id
				and sup.descendant_id = new.id and sup.depth > 0 and c.ancestor_id = sup.ancestor_id;
			insert into department_closure (ancestor_id, descendant_id, depth)
			select sup.ancestor_id, sub.descendant_id, sup.depth + sub.depth + 1
			from department_closure sup cross join department_closure sub
			where sup.descendant_id = new.parent_id and sub.ancestor_id = new.id;
			return new;
		end $$`.execute(db);
	await sql`
		create trigger department_closure_move before update of parent_id on departments
		for each row when (old.parent_id is distinct from new.parent_id)
		execute function department_closure_before_move()`.execute(db);

	await db.schema
		.createTable('people')
		.addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
		.addColumn('employee_id', 'text')
		.addColumn('email', 'text', (c) => c.notNull())
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('department_id', 'uuid', (c) => c.references('departments.id'))
		.addColumn('locale', 'text', (c) => c.notNull().defaultTo('en'))
		.addColumn('role', 'text', (c) =>
			c
				.notNull()
				.defaultTo('employee')
				.check(sql`role in ('employee', 'hr')`)
		)
		.addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
		.addColumn('password_hash', 'text')
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.execute();
	await sql`create unique index people_email_key on people (lower(email))`.execute(db);
	await sql`create unique index people_employee_id_key on people (employee_id) where employee_id is not null`.execute(
		db
	);
	await db.schema
		.createIndex('people_department_id_idx')
		.on('people')
		.column('department_id')
		.execute();

	await db.schema
		.createTable('department_heads')
		.addColumn('person_id', 'uuid', (c) => c.notNull().references('people.id').onDelete('cascade'))
		.addColumn('department_id', 'uuid', (c) => c.notNull().references('departments.id'))
		.addPrimaryKeyConstraint('department_heads_pkey', ['person_id', 'department_id'])
		.execute();
	await db.schema
		.createIndex('department_heads_department_id_idx')
		.on('department_heads')
		.column('department_id')
		.execute();

	await db.schema
		.createTable('sessions')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('person_id', 'uuid', (c) => c.notNull().references('people.id').onDelete('cascade'))
		.addColumn('expires_at', 'timestamptz', (c) => c.notNull())
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.execute();
	await db.schema
		.createIndex('sessions_person_id_idx')
		.on('sessions')
		.column('person_id')
		.execute();

	// Sign-in attempts per account in a fixed window. Keyed by the normalised email typed, whether
	// or not an account exists, so that the throttle itself reveals nothing about which exist.
	await db.schema
		.createTable('sign_in_throttle')
		.addColumn('account_key', 'text', (c) => c.primaryKey())
		.addColumn('failures', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('window_started_at', 'timestamptz', (c) => c.notNull())
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('sign_in_throttle').execute();
	await db.schema.dropTable('sessions').execute();
	await db.schema.dropTable('department_heads').execute();
	await db.schema.dropTable('people').execute();
	await db.schema.dropTable('department_closure').execute();
	await db.schema.dropTable('departments').execute();
	await sql`drop function department_closure_before_move()`.execute(db);
	await sql`drop function department_closure_after_insert()`.execute(db);
	await db.schema.dropTable('org_settings').execute();
}
