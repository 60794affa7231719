import { addDepartment, addPerson, makeHead } from '../helpers/org-writes';
import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { useTestDatabase } from '../helpers/db';
import {
	ancestorDepartmentIds,
	isWithinSubtrees,
	subtreeDepartmentIds,
	summariseSubtrees
} from '../../src/lib/server/org/departments';
import { findPersonByEmail, listPeople } from '../../src/lib/server/org/people';
const db = useTestDatabase();

async function closure() {
	const rows = await db()
		.selectFrom('department_closure as c')
		.innerJoin('departments as a', 'a.id', 'c.ancestor_id')
		.innerJoin('departments as d', 'd.id', 'c.descendant_id')
		.select(['a.code as a', 'd.code as d', 'c.depth'])
		.orderBy('a.code')
		.orderBy('d.code')
		.execute();
	return rows.map((r) => `${r.a}>${r.d}:${r.depth}`);
}

describe('department tree in the database', () => {
	it('keeps the closure table in step on insert and on move, and keeps people with a moved department', async () => {
		const ops = await addDepartment(db(), { code: 'T-OPS', name: 'Operations' });
		const sup = await addDepartment(db(), { code: 'T-SUP', name: 'Support', parentId: ops.id });
		const t2 = await addDepartment(db(), { code: 'T-T2', name: 'Tier 2', parentId: sup.id });
		const com = await addDepartment(db(), { code: 'T-COM', name: 'Commercial' });
		const agent = await addPerson(db(), {
			email: 'agent@t.test',
			name: 'Agent',
			departmentId: t2.id
		});

		expect((await subtreeDepartmentIds(db(), [ops.id])).sort()).toEqual(
			[ops.id, sup.id, t2.id].sort()
		);
		expect(await ancestorDepartmentIds(db(), t2.id)).toEqual([t2.id, sup.id, ops.id]);

		await db()
			.updateTable('departments')
			.set({ parent_id: com.id })
			.where('id', '=', sup.id)
			.execute();

		expect((await closure()).filter((c) => c.includes('T-'))).toEqual([
			'T-COM>T-COM:0',
			'T-COM>T-SUP:1',
			'T-COM>T-T2:2',
			'T-OPS>T-OPS:0',
			'T-SUP>T-SUP:0',
			'T-SUP>T-T2:1',
			'T-T2>T-T2:0'
		]);
		expect(await isWithinSubtrees(db(), t2.id, [com.id])).toBe(true);
		expect(await isWithinSubtrees(db(), t2.id, [ops.id])).toBe(false);
		expect((await findPersonByEmail(db(), 'agent@t.test'))?.department_id).toBe(agent.departmentId);

		await db()
			.updateTable('departments')
			.set({ parent_id: null })
			.where('id', '=', sup.id)
			.execute();
		expect(await ancestorDepartmentIds(db(), t2.id)).toEqual([t2.id, sup.id]);
	});

	it('refuses to move a department under its own sub-department, and leaves the tree as it was', async () => {
		const a = await addDepartment(db(), { code: 'C-A', name: 'A' });
		const b = await addDepartment(db(), { code: 'C-B', name: 'B', parentId: a.id });
		const c = await addDepartment(db(), { code: 'C-C', name: 'C', parentId: b.id });
		const before = await closure();
		await expect(
			db().updateTable('departments').set({ parent_id: c.id }).where('id', '=', a.id).execute()
		).rejects.toThrow(/own sub-department/);
		await expect(
			db().updateTable('departments').set({ parent_id: a.id }).where('id', '=', a.id).execute()
		).rejects.toThrow();
		expect(await closure()).toEqual(before);
	});

	it('keeps department codes unique without regard to case', async () => {
		await addDepartment(db(), { code: 'U-FIN', name: 'Finance' });
		await expect(addDepartment(db(), { code: 'u-fin', name: 'Finance 2' })).rejects.toThrow();
	});

	it('answers subtree questions fast on a tree of thousands of departments', async () => {
		// 1 root, 10 divisions, 100 areas, 2,000 teams: subtree reads use the closure index.
		const root = await addDepartment(db(), { code: 'BIG', name: 'Big' });
		await sql`
			insert into departments (code, name, parent_id)
			select 'BIG-D' || i, 'Division ' || i, ${root.id}::uuid from generate_series(1, 10) i`.execute(
			db()
		);
		await sql`
			insert into departments (code, name, parent_id)
			select 'BIG-A' || d.i || '-' || j, 'Area ' || j, p.id
			from generate_series(1, 10) d(i) join departments p on p.code = 'BIG-D' || d.i,
				generate_series(1, 10) j`.execute(db());
		await sql`
			insert into departments (code, name, parent_id)
			select p.code || '-T' || j, 'Team ' || j, p.id
			from departments p, generate_series(1, 20) j where p.code like 'BIG-A%'`.execute(db());
		const all = await subtreeDepartmentIds(db(), [root.id]);
		expect(all).toHaveLength(1 + 10 + 100 + 2000);
		const leaf = await db()
			.selectFrom('departments')
			.select('id')
			.where('code', '=', 'BIG-A3-4-T7')
			.executeTakeFirstOrThrow();
		expect(await ancestorDepartmentIds(db(), leaf.id)).toHaveLength(4);
		const plan = await sql<{ 'QUERY PLAN': string }>`
			explain select descendant_id from department_closure where ancestor_id = ${root.id}::uuid`.execute(
			db()
		);
		expect(plan.rows.map((r) => Object.values(r)[0]).join('\n')).toMatch(/Index|Bitmap/);
	});
});

describe('people', () => {
	it('treats emails as unique without regard to case and finds people either way', async () => {
		await addPerson(db(), { email: 'Maria.Lopez@Example.com', name: 'María López' });
		await expect(
			addPerson(db(), { email: 'maria.lopez@example.com', name: 'Copy' })
		).rejects.toThrow();
		expect((await findPersonByEmail(db(), ' MARIA.lopez@example.COM '))?.name).toBe('María López');
	});

	it('lets one person head several departments and counts whole subtrees', async () => {
		const north = await addDepartment(db(), { code: 'H-N', name: 'North' });
		const north1 = await addDepartment(db(), {
			code: 'H-N1',
			name: 'North 1',
			parentId: north.id
		});
		const south = await addDepartment(db(), { code: 'H-S', name: 'South' });
		const head = await addPerson(db(), {
			email: 'head@h.test',
			name: 'Head',
			departmentId: north.id
		});
		await addPerson(db(), { email: 'p1@h.test', name: 'P1', departmentId: north1.id });
		await addPerson(db(), { email: 'p2@h.test', name: 'P2', departmentId: south.id });
		await makeHead(db(), head.id, north.id);
		await makeHead(db(), head.id, south.id);
		await makeHead(db(), head.id, south.id);
		const summary = await summariseSubtrees(db(), [north.id, south.id]);
		expect(summary.map((s) => [s.code, s.subDepartments, s.people])).toEqual([
			['H-N', 1, 2],
			['H-S', 0, 1]
		]);
	});

	it('lists people with search that treats % and _ literally, and pages through them', async () => {
		for (let i = 0; i < 7; i++) {
			await addPerson(db(), {
				email: `page${i}@l.test`,
				name: `Listed ${i}`,
				employeeId: `L${i}`
			});
		}
		const page2 = await listPeople(db(), { search: 'Listed', page: 2, pageSize: 3 });
		expect(page2.total).toBe(7);
		expect(page2.people.map((p) => p.name)).toEqual(['Listed 3', 'Listed 4', 'Listed 5']);
		expect((await listPeople(db(), { search: '%' })).total).toBe(0);
		expect((await listPeople(db(), { search: 'l5' })).people[0]?.employeeId).toBe('L5');
	});
});
