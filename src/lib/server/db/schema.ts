import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

/** A timestamp column: read as Date, written as Date or ISO string. */
type Timestamp = ColumnType<Date, Date | string, Date | string>;
/** A timestamp column with a database default. */
type GeneratedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export type DepartmentKind = 'customer_facing' | 'internal';
export type Role = 'employee' | 'hr';

export interface OrgSettingsTable {
	id: Generated<number>;
	name: Generated<string>;
	k_scores: Generated<number>;
	k_comments: Generated<number>;
	default_locale: Generated<string>;
}

export interface DepartmentsTable {
	id: Generated<string>;
	code: string;
	name: string;
	parent_id: string | null;
	kind: Generated<DepartmentKind>;
	archived_at: Timestamp | null;
	created_at: GeneratedTimestamp;
}

export interface DepartmentClosureTable {
	ancestor_id: string;
	descendant_id: string;
	depth: number;
}

export interface PeopleTable {
	id: Generated<string>;
	employee_id: string | null;
	email: string;
	name: string;
	department_id: string | null;
	locale: Generated<string>;
	role: Generated<Role>;
	active: Generated<boolean>;
	password_hash: string | null;
	created_at: GeneratedTimestamp;
	updated_at: GeneratedTimestamp;
}

export interface DepartmentHeadsTable {
	person_id: string;
	department_id: string;
}

export interface SessionsTable {
	id: string;
	person_id: string;
	expires_at: Timestamp;
	created_at: GeneratedTimestamp;
}

export interface SignInThrottleTable {
	account_key: string;
	failures: Generated<number>;
	window_started_at: Timestamp;
}

export interface Database {
	org_settings: OrgSettingsTable;
	departments: DepartmentsTable;
	department_closure: DepartmentClosureTable;
	people: PeopleTable;
	department_heads: DepartmentHeadsTable;
	sessions: SessionsTable;
	sign_in_throttle: SignInThrottleTable;
}

export type DepartmentRow = Selectable<DepartmentsTable>;
export type NewDepartment = Insertable<DepartmentsTable>;
export type DepartmentUpdate = Updateable<DepartmentsTable>;
export type PersonRow = Selectable<PeopleTable>;
export type NewPerson = Insertable<PeopleTable>;
export type PersonUpdate = Updateable<PeopleTable>;
export type SessionRow = Selectable<SessionsTable>;
