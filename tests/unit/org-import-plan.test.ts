import { describe, expect, it } from 'vitest';
import { planImport } from '../../src/lib/domain/org-import/plan';
import { readImportCsv } from '../../src/lib/domain/org-import/read-csv';
import { planFingerprint, summarisePlan } from '../../src/lib/domain/org-import/summary';
import type { OrgSnapshot } from '../../src/lib/domain/org-import/types';

const HEADER = 'employee_id,email,name,department,head_of,locale,role';
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function snapshot(): OrgSnapshot {
	return {
		defaultLocale: 'en',
		departments: [
			{ id: id(1), code: 'OPS', name: 'Operations', parentId: null, archived: false },
			{ id: id(2), code: 'SUP', name: 'Customer Support', parentId: id(1), archived: false },
			{ id: id(3), code: 'LOG', name: 'Logistics', parentId: id(1), archived: false },
			{ id: id(4), code: 'COM', name: 'Commercial', parentId: null, archived: false },
			{ id: id(5), code: 'OLD', name: 'Old Team', parentId: id(4), archived: true }
		],
		people: [
			{
				id: id(101),
				employeeId: 'E1',
				email: 'ana@x.test',
				name: 'Ana',
				departmentId: id(2),
				locale: 'es',
				role: 'employee',
				active: true
			},
			{
				id: id(102),
				employeeId: null,
				email: 'Ben@X.test',
				name: 'Ben',
				departmentId: id(3),
				locale: 'en',
				role: 'employee',
				active: true
			},
			{
				id: id(103),
				employeeId: 'E3',
				email: 'hr@x.test',
				name: 'Helena',
				departmentId: id(1),
				locale: 'en',
				role: 'hr',
				active: true
			},
			{
				id: id(104),
				employeeId: 'E4',
				email: 'gone@x.test',
				name: 'Gone',
				departmentId: id(3),
				locale: 'en',
				role: 'employee',
				active: false
			}
		],
		heads: [{ personId: id(101), departmentId: id(2) }]
	};
}

function plan(lines: string[], org = snapshot(), actorId: string | null = id(103)) {
	return planImport(readImportCsv(new TextEncoder().encode([HEADER, ...lines].join('\n'))), org, {
		actorId
	});
}

const problems = (p: ReturnType<typeof plan>) =>
	p.problems.map((x) => `${x.line}:${x.column}: ${x.message}`);

describe('planning an import', () => {
	it('matches by employee id, then by email (any case), and changes only what differs', () => {
		const p = plan([
			'E1,ana.new@x.test,Ana,SUP,SUP,es,employee',
			'E2,ben@x.test,Ben,Operations/Logistics,,en,employee',
			'E3,hr@x.test,Helena,OPS,,,'
		]);
		expect(problems(p)).toEqual([]);
		expect(p.unchanged).toBe(1);
		expect(p.updates.map((u) => [u.id, u.changes])).toEqual([
			[id(101), [{ field: 'email', from: 'ana@x.test', to: 'ana.new@x.test' }]],
			[
				id(102),
				[
					{ field: 'employeeId', from: '—', to: 'E2' },
					{ field: 'email', from: 'Ben@X.test', to: 'ben@x.test' }
				]
			]
		]);
	});

	it('reactivates a deactivated person the file lists, and lists active people it does not', () => {
		const p = plan(['E4,gone@x.test,Gone,LOG,,en,employee']);
		expect(p.updates[0].changes).toEqual([{ field: 'active', from: 'deactivated', to: 'active' }]);
		// Helena runs the import: never listed for deactivation.
		expect(p.notInFile.map((x) => x.email)).toEqual(['ana@x.test', 'Ben@X.test']);
		expect(p.notes.join(' ')).toMatch(/You are not in the file/);
	});

	it('refuses an email or employee id that belongs to someone else', () => {
		const p = plan(['E1,ben@x.test,Ana,SUP,,es,', 'E9,hr@x.test,Someone,SUP,,,']);
		expect(problems(p)).toEqual([
			'2:email: ben@x.test belongs to another person in Rapport (Ben), not to employee E1.',
			'3:employee_id: hr@x.test belongs to employee E3 in Rapport, but this row says E9.'
		]);
	});

	it('creates the departments a path names, once, however many rows name them', () => {
		const p = plan([
			'E10,a@y.test,A,Operations/Customer Support/Tier 2,,,',
			'E11,b@y.test,B,operations/customer support/tier 2,Operations/Customer Support/Tier 2;Quality,,',
			'E12,c@y.test,C,Quality/Audits,,,'
		]);
		expect(problems(p)).toEqual([]);
		expect(p.newDepartments.map((d) => [d.path, d.code, d.line])).toEqual([
			['Operations/Customer Support/Tier 2', 'TIER-2', 2],
			['Quality', 'QUALITY', 4],
			['Quality/Audits', 'AUDITS', 4]
		]);
		// “Quality” on line 3 is a bare name, found because line 4's path creates it.
		expect(p.creates[1].values.headOf).toEqual(['new:1', 'new:2']);
	});

	it('reads a bare value as a code (any case) or a top-level name, and nothing else', () => {
		const p = plan([
			'E10,a@y.test,A,sup,,,',
			'E11,b@y.test,B,Commercial,,,',
			'E12,c@y.test,C,Tier 2,,,',
			'E13,d@y.test,D,OLD,,,'
		]);
		expect(p.creates.map((c) => c.values.departmentRef)).toEqual([id(2), id(4)]);
		expect(problems(p)).toEqual([
			'4:department: No department has the code or top-level name “Tier 2”. To create it, give its path: Parent/Tier 2, or /Tier 2 at the top level.',
			'5:department: The department “OLD” is archived. Restore it first or use another.'
		]);
	});

	it('moves a department named by its exact code in a path, and only then', () => {
		const moved = plan(['E10,a@y.test,A,Commercial/LOG,,,']);
		expect(moved.moves).toEqual([
			expect.objectContaining({
				id: id(3),
				fromPath: 'Operations/Logistics',
				toPath: 'Commercial/Logistics'
			})
		]);
		// "Logistics" is a name, not the code: a new department under Commercial, nothing moves.
		const named = plan(['E10,a@y.test,A,Commercial/Logistics,,,']);
		expect(named.moves).toEqual([]);
		expect(named.newDepartments.map((d) => d.path)).toEqual(['Commercial/Logistics']);
	});

	it('refuses cycles, conflicting placements and duplicate names, on the row that causes them', () => {
		expect(problems(plan(['E10,a@y.test,A,SUP/OPS,,,']))).toEqual([
			'2:department: Cycle: “Operations” cannot move under “Customer Support”, which is below it.'
		]);
		expect(
			problems(plan(['E10,a@y.test,A,Customer Support/OPS,,,', 'E11,b@y.test,B,SUP/OPS,,,']))
		).toEqual([
			'3:department: “Operations” is placed under “Customer Support” on line 2 but under “Operations/Customer Support” here.'
		]);
		expect(problems(plan(['E10,a@y.test,A,SUP/SUP,,,']))).toEqual([
			'2:department: Cycle: “Customer Support” cannot be placed under itself.'
		]);
		expect(
			problems(plan(['E10,a@y.test,A,Commercial/LOG,,,', 'E11,b@y.test,B,Operations/Logistics,,,']))
		).toEqual([
			'3:department: “Logistics” is placed under “Commercial” on line 2 but under “Operations” here.'
		]);
		expect(
			problems(
				plan(['E10,a@y.test,A,Commercial/Customer Support,,,', 'E11,b@y.test,B,Commercial/SUP,,,'])
			)
		).toEqual([
			'2:department: There would be two departments named “Customer Support” in Commercial.',
			'3:department: There would be two departments named “Customer Support” in Commercial.'
		]);
	});

	it('reports every problem of a row, each with its column', () => {
		const p = plan(['E1,not-an-email,,NOWHERE,x;y,klingon!,boss']);
		expect(p.problems.map((x) => x.column)).toEqual([
			'email',
			'name',
			'department',
			'head_of',
			'head_of',
			'locale',
			'role'
		]);
	});

	it('keeps head_of, locale and role as they are when the file has no such columns', () => {
		const org = snapshot();
		const read = readImportCsv(
			new TextEncoder().encode('email,name,department\nana@x.test,Ana,SUP\nnew@y.test,New,SUP\n')
		);
		const p = planImport(read, org, { actorId: null });
		expect(p.unchanged).toBe(1);
		expect(p.creates[0].values).toMatchObject({
			locale: 'en',
			role: 'employee',
			headOf: [],
			employeeId: null
		});
		expect(p.notes.join(' ')).toMatch(/no head_of column/);
	});

	it('does not let the importer take away their own HR role', () => {
		expect(problems(plan(['E3,hr@x.test,Helena,OPS,,,employee']))).toEqual([
			'2:role: This is your own account: an import cannot take away your own HR role.'
		]);
		expect(problems(plan(['E3,hr@x.test,Helena,OPS,,,employee'], snapshot(), null))).toEqual([]);
	});

	it('finds duplicates within the file', () => {
		const p = plan([
			'E10,a@y.test,A,SUP,,,',
			'E10,b@y.test,B,SUP,,,',
			'E12,A@Y.test,C,SUP,,,',
			',ana@x.test,Ana,SUP,,,',
			'E1,ana2@x.test,Ana,SUP,,,'
		]);
		expect(problems(p)).toEqual([
			'3:employee_id: Duplicate employee id: line 2 has it too.',
			'4:email: Duplicate email: line 2 has it too.',
			'6:null: Line 5 is already about this person (Ana, employee E1).'
		]);
	});

	it('gives the same fingerprint for the same file and organisation, and another when either changes', () => {
		const lines = ['E10,a@y.test,A,Operations/New,,,', 'E1,ana@x.test,Ana M.,SUP,SUP,es,'];
		expect(planFingerprint(plan(lines))).toBe(planFingerprint(plan(lines)));
		const org = snapshot();
		org.people[0].name = 'Ana María';
		expect(planFingerprint(plan(lines, org))).not.toBe(planFingerprint(plan(lines)));
		const preview = summarisePlan(plan(lines), 1);
		expect(preview.created).toHaveLength(1);
		expect(preview.counts).toMatchObject({
			newDepartments: 1,
			created: 1,
			updated: 1,
			notInFile: 1
		});
	});
});
