import { addPerson } from '../helpers/org-writes';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/db';
import {
	DIVISIONS,
	VENDOR_FORMATS,
	vendorFile,
	vendorPeople,
	type VendorFormat
} from '../helpers/vendor-exports';
import type { Database } from '../../src/lib/server/db/schema';
import {
	confirmImportMapping,
	chooseImportHeads,
	findSavedMapping
} from '../../src/lib/server/org/import/import-mappings';
import { applyImport, getImport, stageImport } from '../../src/lib/server/org/import/imports';
import { readImportTable } from '../../src/lib/server/org/import/plan-file';
import { headerKey } from '../../src/lib/domain/org-import/mapping/fields';

/** Department path → head's email, people by email, from the database. */
async function orgState(db: Kysely<Database>) {
	const departments = await db
		.selectFrom('departments')
		.select(['id', 'name', 'parent_id'])
		.execute();
	const byId = new Map(departments.map((d) => [d.id, d]));
	const path = (id: string): string => {
		const d = byId.get(id)!;
		return d.parent_id ? `${path(d.parent_id)}/${d.name}` : d.name;
	};
	const people = await db
		.selectFrom('people')
		.select(['id', 'email', 'name', 'employee_id', 'department_id', 'active', 'locale'])
		.execute();
	const emailOf = new Map(people.map((p) => [p.id, p.email]));
	const heads = await db.selectFrom('department_heads').selectAll().execute();
	const headOf: Record<string, string[]> = {};
	for (const h of heads) (headOf[path(h.department_id)] ??= []).push(emailOf.get(h.person_id)!);
	return {
		paths: departments.map((d) => path(d.id)).sort(),
		people: new Map(
			people.map((p) => [
				p.email,
				{ ...p, department: p.department_id ? path(p.department_id) : null }
			])
		),
		headOf
	};
}

function expectedPaths(withDivisions: boolean): string[] {
	const paths = ['Leadership'];
	for (const [division, departments] of Object.entries(DIVISIONS)) {
		if (withDivisions) paths.push(division, ...departments.map((d) => `${division}/${d}`));
		else paths.push(...departments);
	}
	return paths.sort();
}

describe.each(VENDOR_FORMATS)('importing a $preset export ($fileName)', (format: VendorFormat) => {
	let handle: TestDatabase;
	let hrId: string;
	const db = () => handle.db;

	beforeAll(async () => {
		handle = await createTestDatabase();
		hrId = (await addPerson(db(), { email: 'hr@vendor.test', name: 'Helena HR', role: 'hr' })).id;
	});
	afterAll(async () => handle?.destroy());

	async function stage(badRows: boolean) {
		const people = vendorPeople({ withDivisions: format.withDivisions, badRows });
		const bytes = await vendorFile(format, people);
		const id = await stageImport(db(), { actorId: hrId, fileName: format.fileName, bytes });
		return { id, people, bytes };
	}

	it('guesses the preset and every column, and lists each bad row with its line', async () => {
		const { id, people } = await stage(true);
		expect(people.length).toBeGreaterThanOrEqual(61);
		const staged = (await getImport(db(), id))!;
		expect(staged.mappingConfirmed).toBe(false);
		expect(staged.mapping?.preset).toBe(format.preset);
		const outcome = await confirmImportMapping(db(), {
			importId: id,
			actorId: hrId,
			preset: staged.mapping!.preset,
			fields: staged.mapping!.fields
		});
		expect(outcome).toEqual({ status: 'saved' });
		const { preview } = (await getImport(db(), id))!;
		const last = people.length + 1;
		expect(preview.problems.map((p) => [p.line, p.column])).toEqual([
			[last - 3, 'email'],
			[last - 2, 'email'],
			[last - 1, 'department'],
			[last, 'status']
		]);
		expect(preview.problems[1].message).toMatch(/Duplicate email: line 7/);
		expect(
			await applyImport(db(), { importId: id, actorId: hrId, deactivateMissing: false })
		).toEqual({ status: 'invalid' });
	});

	it('imports the tree, the people, the heads and who is active; leavers are never added', async () => {
		const gone = await addPerson(db(), {
			email: 'gone.before.57@vendor.test',
			name: 'Gone Before'
		});
		const { id, people } = await stage(false);
		const staged = (await getImport(db(), id))!;
		// The mapping confirmed in the first test is used again for the same headers.
		const headers = (await readImportTable(await vendorFile(format, people))).headers;
		const saved = await findSavedMapping(db(), [...headers].reverse());
		expect(saved?.preset).toBe(format.preset);
		expect(headers.map((h) => saved?.fields[headerKey(h)] ?? null)).toEqual(staged.mapping?.fields);
		await confirmImportMapping(db(), {
			importId: id,
			actorId: hrId,
			preset: staged.mapping!.preset,
			fields: staged.mapping!.fields
		});
		const { preview } = (await getImport(db(), id))!;
		expect(preview.problems).toEqual([]);
		expect(preview.counts).toMatchObject({ created: 53, deactivated: 1 });
		expect(preview.notes.join(' ')).toMatch(/3 rows are about people not at work/);
		const heads = preview.source!.heads;
		expect(heads.find((h) => h.department === 'Leadership')?.head?.email).toBe(people[0].email);

		const outcome = await applyImport(db(), {
			importId: id,
			actorId: hrId,
			deactivateMissing: false
		});
		expect(outcome).toMatchObject({
			status: 'applied',
			result: { peopleCreated: 53, peopleDeactivated: 1 }
		});

		const state = await orgState(db());
		expect(state.paths).toEqual(expectedPaths(format.withDivisions));
		const active = people.filter((p) => p.status === 'active');
		for (const p of active) {
			const row = state.people.get(p.email);
			expect(row, p.email).toMatchObject({
				name: `${p.first} ${p.last}`,
				employee_id: p.id,
				active: true
			});
			const division = format.withDivisions && p.division && p.division !== p.department;
			expect(row?.department).toBe(division ? `${p.division}/${p.department}` : p.department);
		}
		for (const p of people.filter((x) => x.status !== 'active' && x.email !== gone.email)) {
			expect(state.people.has(p.email), p.email).toBe(false);
		}
		expect(state.people.get(gone.email)?.active).toBe(false);

		// Heads: the CEO heads Leadership, each VP their division, each lead their department.
		expect(state.headOf['Leadership']).toEqual([people[0].email]);
		for (const [d, [division, departments]] of Object.entries(DIVISIONS).entries()) {
			const vp = people.find((p) => p.title === `VP ${division}`)!;
			if (format.withDivisions) expect(state.headOf[division], division).toEqual([vp.email]);
			for (const department of departments) {
				const lead = people.find((p) => p.title === 'Team Lead' && p.department === department)!;
				const path = format.withDivisions ? `${division}/${department}` : department;
				expect(state.headOf[path], `${path} (${d})`).toEqual([lead.email]);
			}
		}
	});

	it('takes HR’s correction of a derived head, and the same file again changes nothing', async () => {
		const { id, people } = await stage(false);
		let staged = (await getImport(db(), id))!;
		expect(staged.mappingConfirmed).toBe(false);
		await confirmImportMapping(db(), {
			importId: id,
			actorId: hrId,
			preset: staged.mapping!.preset,
			fields: staged.mapping!.fields
		});
		staged = (await getImport(db(), id))!;
		expect(staged.preview.counts).toMatchObject({ created: 0, updated: 0, newDepartments: 0 });
		const leadership = staged.preview.source!.heads.find((h) => h.department === 'Leadership')!;
		const assistant = people[1];
		await chooseImportHeads(db(), {
			importId: id,
			actorId: hrId,
			choices: { [leadership.departmentKey]: assistant.email }
		});
		staged = (await getImport(db(), id))!;
		expect(staged.preview.counts.updated).toBe(2);
		expect(
			await applyImport(db(), { importId: id, actorId: hrId, deactivateMissing: false })
		).toMatchObject({ status: 'applied' });
		expect((await orgState(db())).headOf['Leadership']).toEqual([assistant.email]);
	});
});

describe('which files need the mapping step', () => {
	let handle: TestDatabase;
	let hrId: string;
	beforeAll(async () => {
		handle = await createTestDatabase();
		hrId = (await addPerson(handle.db, { email: 'hr@kind.test', name: 'Hana HR', role: 'hr' })).id;
	});
	afterAll(async () => handle?.destroy());

	const stage = async (lines: string[]) =>
		(await getImport(
			handle.db,
			await stageImport(handle.db, {
				actorId: hrId,
				fileName: 'f.csv',
				bytes: new TextEncoder().encode(lines.join('\n'))
			})
		))!;

	it('reads Rapport’s own columns directly, with a status column and a column it ignores', async () => {
		const staged = await stage([
			'email,name,department,status,notes',
			'a@kind.test,Ana,/Ops,active,first',
			'b@kind.test,Bo,/Ops,terminated,second'
		]);
		expect(staged.mapping).toBeNull();
		expect(staged.mappingConfirmed).toBe(true);
		expect(staged.preview.counts.created).toBe(1);
		expect(staged.preview.notes.join(' ')).toMatch(/ignored: notes/);
	});

	it('asks for the mapping when another column means something, such as a manager', async () => {
		const staged = await stage([
			'email,name,department,manager',
			'a@kind.test,Ana,/Ops,',
			'b@kind.test,Bo,/Ops,Ana'
		]);
		expect(staged.mappingConfirmed).toBe(false);
		expect(staged.mapping?.fields).toEqual(['email', 'full_name', 'department', 'manager_name']);
		expect(
			await applyImport(handle.db, { importId: staged.id, actorId: hrId, deactivateMissing: false })
		).toEqual({ status: 'unconfirmed' });
	});
});
