import { sql } from 'kysely';
import type { Db } from '../db';
import type { DepartmentKind } from '../db/schema';
import { buildTree, type TreeNode } from '../../domain/department-tree';

export type Department = {
	id: string;
	code: string;
	name: string;
	parentId: string | null;
	kind: DepartmentKind;
	archived: boolean;
};

const departmentColumns = [
	'departments.id',
	'departments.code',
	'departments.name',
	'departments.parent_id as parentId',
	'departments.kind',
	'departments.archived_at as archivedAt'
] as const;

function toDepartment(row: {
	id: string;
	code: string;
	name: string;
	parentId: string | null;
	kind: DepartmentKind;
	archivedAt: Date | null;
}): Department {
	return {
		id: row.id,
		code: row.code,
		name: row.name,
		parentId: row.parentId,
		kind: row.kind,
		archived: row.archivedAt !== null
	};
}

export async function listDepartments(
	db: Db,
	options: { includeArchived?: boolean } = {}
): Promise<Department[]> {
	let query = db.selectFrom('departments').select(departmentColumns).orderBy('departments.name');
	if (!options.includeArchived) query = query.where('departments.archived_at', 'is', null);
	return (await query.execute()).map(toDepartment);
}

export async function getDepartment(db: Db, id: string): Promise<Department | null> {
	const row = await db
		.selectFrom('departments')
		.select(departmentColumns)
		.where('departments.id', '=', id)
		.executeTakeFirst();
	return row ? toDepartment(row) : null;
}

export async function findDepartmentByCode(db: Db, code: string): Promise<Department | null> {
	const row = await db
		.selectFrom('departments')
		.select(departmentColumns)
		.where(sql`lower(code)`, '=', code.trim().toLowerCase())
		.executeTakeFirst();
	return row ? toDepartment(row) : null;
}

/** Ids of the given departments and everything below them. */
export async function subtreeDepartmentIds(db: Db, rootIds: readonly string[]): Promise<string[]> {
	if (rootIds.length === 0) return [];
	const rows = await db
		.selectFrom('department_closure')
		.select('descendant_id')
		.distinct()
		.where('ancestor_id', 'in', rootIds)
		.execute();
	return rows.map((r) => r.descendant_id);
}

/** Ids of the department and all its ancestors, nearest first. */
export async function ancestorDepartmentIds(db: Db, departmentId: string): Promise<string[]> {
	const rows = await db
		.selectFrom('department_closure')
		.select('ancestor_id')
		.where('descendant_id', '=', departmentId)
		.orderBy('depth')
		.execute();
	return rows.map((r) => r.ancestor_id);
}

/** True when `departmentId` is one of `rootIds` or lies below one of them. */
export async function isWithinSubtrees(
	db: Db,
	departmentId: string,
	rootIds: readonly string[]
): Promise<boolean> {
	if (rootIds.length === 0) return false;
	const row = await db
		.selectFrom('department_closure')
		.select('depth')
		.where('descendant_id', '=', departmentId)
		.where('ancestor_id', 'in', rootIds)
		.limit(1)
		.executeTakeFirst();
	return row !== undefined;
}

export async function countPeopleByDepartment(db: Db): Promise<Map<string, number>> {
	const rows = await db
		.selectFrom('people')
		.select(['department_id', (eb) => eb.fn.countAll<string>().as('n')])
		.where('active', '=', true)
		.where('department_id', 'is not', null)
		.groupBy('department_id')
		.execute();
	return new Map(rows.map((r) => [r.department_id as string, Number(r.n)]));
}

export type DepartmentSummary = Department & { subDepartments: number; people: number };

/** Each given department with the size of its subtree: departments below it and active people. */
export async function summariseSubtrees(
	db: Db,
	departmentIds: readonly string[]
): Promise<DepartmentSummary[]> {
	if (departmentIds.length === 0) return [];
	const rows = await db
		.selectFrom('departments')
		.select(departmentColumns)
		.select((eb) => [
			eb
				.selectFrom('department_closure as c')
				.whereRef('c.ancestor_id', '=', 'departments.id')
				.where('c.depth', '>', 0)
				.select((e) => e.fn.countAll<string>().as('n'))
				.as('subDepartments'),
			eb
				.selectFrom('department_closure as c')
				.innerJoin('people', 'people.department_id', 'c.descendant_id')
				.whereRef('c.ancestor_id', '=', 'departments.id')
				.where('people.active', '=', true)
				.select((e) => e.fn.countAll<string>().as('n'))
				.as('people')
		])
		.where('departments.id', 'in', departmentIds)
		.orderBy('departments.name')
		.execute();
	return rows.map((r) => ({
		...toDepartment(r),
		subDepartments: Number(r.subDepartments ?? 0),
		people: Number(r.people ?? 0)
	}));
}

/** Department id → names of the people who head it. */
export async function listDepartmentHeads(db: Db): Promise<Map<string, string[]>> {
	const rows = await db
		.selectFrom('department_heads')
		.innerJoin('people', 'people.id', 'department_heads.person_id')
		.select(['department_heads.department_id', 'people.name'])
		.where('people.active', '=', true)
		.orderBy('people.name')
		.execute();
	const heads = new Map<string, string[]>();
	for (const row of rows) {
		const list = heads.get(row.department_id) ?? [];
		list.push(row.name);
		heads.set(row.department_id, list);
	}
	return heads;
}

/** Department id → its path from the top of the tree, such as "Operations/Customer Support". */
export async function departmentPaths(
	db: Db,
	ids: readonly string[]
): Promise<Map<string, string>> {
	const paths = new Map<string, string>();
	if (ids.length === 0) return paths;
	const rows = await db
		.selectFrom('department_closure as c')
		.innerJoin('departments as a', 'a.id', 'c.ancestor_id')
		.select(['c.descendant_id as id', 'a.name'])
		.where('c.descendant_id', 'in', [...new Set(ids)])
		.orderBy('c.descendant_id')
		.orderBy('c.depth', 'desc')
		.execute();
	for (const row of rows) {
		const prefix = paths.get(row.id);
		paths.set(row.id, prefix ? `${prefix}/${row.name}` : row.name);
	}
	return paths;
}

export type DepartmentChoice = { id: string; path: string; depth: number; archived: boolean };

/** Every department as a choice for a select, in tree order, labelled with its path. */
export async function listDepartmentChoices(
	db: Db,
	options: { includeArchived?: boolean } = {}
): Promise<DepartmentChoice[]> {
	const all = await listDepartments(db, { includeArchived: true });
	const choices: DepartmentChoice[] = [];
	const walk = (nodes: TreeNode<Department>[], prefix: string) => {
		for (const node of nodes) {
			const path = prefix ? `${prefix}/${node.name}` : node.name;
			if (options.includeArchived || !node.archived) {
				choices.push({ id: node.id, path, depth: node.depth, archived: node.archived });
			}
			walk(node.children, path);
		}
	};
	walk(buildTree(all), '');
	return choices;
}

/** The people who head this department, active or not. */
export async function listHeadsOf(
	db: Db,
	departmentId: string
): Promise<{ id: string; name: string; active: boolean }[]> {
	return db
		.selectFrom('department_heads')
		.innerJoin('people', 'people.id', 'department_heads.person_id')
		.select(['people.id', 'people.name', 'people.active'])
		.where('department_heads.department_id', '=', departmentId)
		.orderBy('people.name')
		.execute();
}
