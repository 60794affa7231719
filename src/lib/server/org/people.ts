import { sql } from 'kysely';
import type { Db } from '../db';
import type { PersonRow } from '../db/schema';
import type { Person } from '../../domain/org-fields';
import { departmentPaths } from './departments';

export type { Person };

function toPerson(row: PersonRow): Person {
	return {
		id: row.id,
		employeeId: row.employee_id,
		email: row.email,
		name: row.name,
		departmentId: row.department_id,
		locale: row.locale,
		role: row.role,
		active: row.active
	};
}

export function normaliseEmail(email: string): string {
	return email.trim().toLowerCase();
}

export async function findPersonByEmail(db: Db, email: string): Promise<PersonRow | undefined> {
	return db
		.selectFrom('people')
		.selectAll()
		.where(sql`lower(email)`, '=', normaliseEmail(email))
		.executeTakeFirst();
}

export async function getPerson(db: Db, id: string): Promise<Person | null> {
	const row = await db.selectFrom('people').selectAll().where('id', '=', id).executeTakeFirst();
	return row ? toPerson(row) : null;
}

export async function hasActiveHr(db: Db): Promise<boolean> {
	const row = await db
		.selectFrom('people')
		.select('id')
		.where('role', '=', 'hr')
		.where('active', '=', true)
		.limit(1)
		.executeTakeFirst();
	return row !== undefined;
}

export type PersonListing = Person & { departmentName: string | null; headOf: string[] };

export type PeoplePage = { people: PersonListing[]; total: number; page: number; pageSize: number };

export async function listPeople(
	db: Db,
	options: {
		search?: string;
		departmentIds?: string[];
		page?: number;
		pageSize?: number;
		status?: 'active' | 'inactive' | 'all';
		hrOnly?: boolean;
	} = {}
): Promise<PeoplePage> {
	const pageSize = options.pageSize ?? 50;
	const page = Math.max(1, options.page ?? 1);
	let base = db
		.selectFrom('people')
		.leftJoin('departments', 'departments.id', 'people.department_id');
	const search = options.search?.trim();
	if (search) {
		const pattern = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
		base = base.where((eb) =>
			eb.or([
				eb('people.name', 'ilike', pattern),
				eb('people.email', 'ilike', pattern),
				eb('people.employee_id', 'ilike', pattern)
			])
		);
	}
	if (options.status === 'active') base = base.where('people.active', '=', true);
	if (options.status === 'inactive') base = base.where('people.active', '=', false);
	if (options.hrOnly) base = base.where('people.role', '=', 'hr');
	if (options.departmentIds) {
		if (options.departmentIds.length === 0) return { people: [], total: 0, page, pageSize };
		base = base.where('people.department_id', 'in', options.departmentIds);
	}
	const [{ total }] = await base.select((eb) => eb.fn.countAll<string>().as('total')).execute();
	const rows = await base
		.selectAll('people')
		.select('departments.name as departmentName')
		.select((eb) =>
			eb
				.selectFrom('department_heads')
				.innerJoin('departments as headed', 'headed.id', 'department_heads.department_id')
				.whereRef('department_heads.person_id', '=', 'people.id')
				.select((e) => e.fn.agg<string[]>('array_agg', ['headed.name']).as('names'))
				.as('headOf')
		)
		.orderBy('people.name')
		.orderBy('people.id')
		.limit(pageSize)
		.offset((page - 1) * pageSize)
		.execute();
	return {
		people: rows.map((r) => ({
			...toPerson(r),
			departmentName: r.departmentName,
			headOf: r.headOf ?? []
		})),
		total: Number(total),
		page,
		pageSize
	};
}

export async function countPeople(db: Db): Promise<{ active: number; inactive: number }> {
	const rows = await db
		.selectFrom('people')
		.select(['active', (eb) => eb.fn.countAll<string>().as('n')])
		.groupBy('active')
		.execute();
	return {
		active: Number(rows.find((r) => r.active)?.n ?? 0),
		inactive: Number(rows.find((r) => !r.active)?.n ?? 0)
	};
}

export type PersonProfile = Person & {
	departmentPath: string | null;
	headOf: { id: string; path: string; archived: boolean }[];
	hasPassword: boolean;
};

export async function getPersonProfile(db: Db, id: string): Promise<PersonProfile | null> {
	const row = await db.selectFrom('people').selectAll().where('id', '=', id).executeTakeFirst();
	if (!row) return null;
	const headed = await db
		.selectFrom('department_heads')
		.innerJoin('departments', 'departments.id', 'department_heads.department_id')
		.select(['departments.id', 'departments.archived_at'])
		.where('department_heads.person_id', '=', id)
		.execute();
	const ids = [...headed.map((h) => h.id), ...(row.department_id ? [row.department_id] : [])];
	const paths = await departmentPaths(db, ids);
	return {
		...toPerson(row),
		departmentPath: row.department_id ? (paths.get(row.department_id) ?? null) : null,
		headOf: headed
			.map((h) => ({ id: h.id, path: paths.get(h.id) ?? '', archived: h.archived_at !== null }))
			.sort((a, b) => a.path.localeCompare(b.path)),
		hasPassword: row.password_hash !== null
	};
}
