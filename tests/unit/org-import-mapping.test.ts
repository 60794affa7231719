import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	parseEmploymentStatus,
	takesPart
} from '../../src/lib/domain/org-import/employment-status';
import {
	guessMapping,
	headerSignature,
	mappingOf
} from '../../src/lib/domain/org-import/mapping/guess';
import { mapTable } from '../../src/lib/domain/org-import/mapping/map-table';
import { PRESETS } from '../../src/lib/domain/org-import/mapping/presets';
import { planImport } from '../../src/lib/domain/org-import/plan';
import type { ImportTable, OrgSnapshot } from '../../src/lib/domain/org-import/types';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function snapshot(): OrgSnapshot {
	return {
		defaultLocale: 'en',
		departments: [
			{ id: id(1), code: 'OPS', name: 'Operations', parentId: null, archived: false },
			{ id: id(2), code: 'SUP', name: 'Customer Support', parentId: id(1), archived: false },
			{ id: id(3), code: 'FIN', name: 'Finance', parentId: null, archived: false }
		],
		people: [
			{
				id: id(101),
				employeeId: '7',
				email: 'gone@x.test',
				name: 'Gone Person',
				departmentId: id(2),
				locale: 'en',
				role: 'employee',
				active: true
			}
		],
		heads: [{ personId: id(101), departmentId: id(2) }]
	};
}

function table(headers: string[], rows: string[][]): ImportTable {
	return {
		format: 'csv',
		encoding: 'UTF-8',
		delimiter: ',',
		headerLine: 1,
		headers,
		rows: rows.map((cells, i) => ({ line: i + 2, cells })),
		problems: []
	};
}

describe('employment status', () => {
	it('reads the usual spellings and only people at work take part', () => {
		for (const [value, status] of [
			['Active', 'active'],
			['ACTIVO', 'active'],
			['Employed', 'active'],
			['Inactive', 'inactive'],
			['Terminated', 'terminated'],
			['leaver', 'terminated'],
			['On Leave', 'on_leave'],
			['Leave of Absence', 'on_leave'],
			['garden_leave', 'on_leave'],
			['Onboarding', 'not_started']
		] as const) {
			expect(parseEmploymentStatus(value)).toBe(status);
		}
		expect(parseEmploymentStatus('Full-Time Contractor')).toBeNull();
		expect(takesPart('active')).toBe(true);
		for (const s of ['on_leave', 'not_started', 'inactive', 'terminated'] as const) {
			expect(takesPart(s)).toBe(false);
		}
	});
});

describe('guessing what the columns mean', () => {
	it('recognises each preset from its documented headers', () => {
		for (const preset of PRESETS) {
			const headers = Object.keys(preset.columns);
			const guess = guessMapping(headers, []);
			expect(guess.preset).toBe(preset.id);
			expect(mappingOf(guess)).toEqual(Object.values(preset.columns));
		}
	});

	it('BambooHR and Workday headers as the issue quotes them', () => {
		const bamboo = guessMapping(
			'Employee #,First Name,Last Name,Work Email,Department,Division,Job Title,Supervisor,Status,Hire Date'.split(
				','
			),
			[]
		);
		expect(bamboo.preset).toBe('bamboohr');
		expect(mappingOf(bamboo)).toEqual([
			'employee_id',
			'first_name',
			'last_name',
			'email',
			'department',
			'division',
			null,
			'manager_name',
			'status',
			null
		]);
		const workday = guessMapping(
			'Employee_ID,Legal_Name,Email_-_Primary_Work,Supervisory_Organization,Manager,Worker_Status'.split(
				','
			),
			[]
		);
		expect(workday.preset).toBe('workday');
		expect(mappingOf(workday)).toEqual([
			'employee_id',
			'full_name',
			'email',
			'department',
			'manager_name',
			'status'
		]);
	});

	it('falls back on the values when a header means nothing', () => {
		const guess = guessMapping(
			['Colleague', 'Mailbox', 'Boss mailbox', 'State', 'Unit'],
			[
				['Ana', 'ana@x.test', 'bo@x.test', 'Active', 'Sales'],
				['Bo', 'bo@x.test', 'cy@x.test', 'Terminated', 'Sales']
			]
		);
		expect(guess.preset).toBe('generic');
		expect(mappingOf(guess)).toEqual([null, 'email', 'manager_email', 'status', 'department']);
	});

	it('any permutation of a preset’s columns is guessed the same', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...PRESETS),
				fc.func(fc.integer()),
				fc.boolean(),
				(preset, order, withValues) => {
					const headers = Object.keys(preset.columns);
					const rows = withValues
						? [headers.map((h, i) => (i % 2 ? `${h}@x.test` : 'Active'))]
						: [];
					const base = guessMapping(headers, rows);
					const perm = headers.map((_, i) => i).sort((a, b) => order(a) - order(b) || a - b);
					const shuffled = guessMapping(
						perm.map((i) => headers[i]),
						rows.map((r) => perm.map((i) => r[i]))
					);
					expect(shuffled.preset).toBe(base.preset);
					expect(perm.map((i) => base.columns[i])).toEqual(shuffled.columns);
					expect(headerSignature(perm.map((i) => headers[i]))).toBe(headerSignature(headers));
				}
			),
			{ numRuns: 300 }
		);
	});
});

describe('a vendor file as the planner’s records', () => {
	const headers = [
		'Employee #',
		'First Name',
		'Last Name',
		'Work Email',
		'Department',
		'Division',
		'Supervisor',
		'Status'
	];
	const rows = [
		['1', 'Carla', 'Núñez', 'carla@x.test', 'Leadership', '', '', 'Active'],
		['2', 'Dan', 'Ode', 'dan@x.test', 'Customer Support', 'Operations', 'Carla Núñez', 'Active'],
		['3', 'Eve', 'Pérez', 'eve@x.test', 'Customer Support', 'Operations', 'Ode, Dan', 'Active'],
		['4', 'Fay', 'Quinn', 'fay@x.test', 'Customer Support', 'Operations', 'Dan Ode', 'Active'],
		['5', 'Gil', 'Roe', 'gil@x.test', 'Payroll', 'Finance', 'Carla Núñez', 'Active'],
		['6', 'Hal', 'Sim', 'hal@x.test', 'Payroll', 'Finance', 'Gil Roe', 'on leave'],
		[
			'7',
			'Gone',
			'Person',
			'gone@x.test',
			'Customer Support',
			'Operations',
			'Dan Ode',
			'Terminated'
		],
		['8', 'Ivy', 'Tan', '', 'Payroll', 'Finance', 'Gil Roe', 'Terminated']
	];

	it('builds names and departments, derives heads and keeps leavers out', () => {
		const guess = guessMapping(headers, rows);
		const mapped = mapTable(table(headers, rows), {
			preset: guess.preset,
			mapping: mappingOf(guess),
			snapshot: snapshot()
		});
		const plan = planImport(mapped.read, snapshot(), { actorId: null });
		expect(plan.problems).toEqual([]);
		expect(plan.newDepartments.map((d) => d.path).sort()).toEqual([
			'Finance/Payroll',
			'Leadership'
		]);
		expect(plan.creates.map((c) => [c.values.name, c.departmentPath])).toContainEqual([
			'Eve Pérez',
			'Operations/Customer Support'
		]);
		// Hal is on leave and Ivy has left: neither is added; Gone Person is deactivated.
		expect(plan.creates.map((c) => c.values.email)).not.toContain('hal@x.test');
		expect(plan.updates).toHaveLength(1);
		expect(plan.updates[0].after).toMatchObject({
			email: 'gone@x.test',
			active: false,
			headOf: []
		});
		const heads = Object.fromEntries(
			mapped.heads.map((h) => [h.department, h.head?.email ?? null])
		);
		expect(heads).toMatchObject({
			'Operations/Customer Support': 'dan@x.test',
			'Finance/Payroll': 'carla@x.test',
			Operations: 'carla@x.test',
			Leadership: null
		});
		const dan = plan.creates.find((c) => c.values.email === 'dan@x.test')!;
		expect(dan.values.headOf.map((ref) => plan.paths[ref])).toEqual([
			'Operations/Customer Support'
		]);
	});

	it('takes HR’s choice of head over the derived one', () => {
		const guess = guessMapping(headers, rows);
		const mapped = mapTable(table(headers, rows), {
			preset: guess.preset,
			mapping: mappingOf(guess),
			snapshot: snapshot(),
			headChoices: { 'operations/customer support': 'eve@x.test', 'finance/payroll': '' }
		});
		const support = mapped.heads.find((h) => h.department === 'Operations/Customer Support')!;
		expect(support).toMatchObject({ basis: 'chosen', head: { email: 'eve@x.test' } });
		const payroll = mapped.heads.find((h) => h.department === 'Finance/Payroll')!;
		expect(payroll).toMatchObject({ basis: 'chosen', head: null });
	});

	it('moves an existing department only when its division says so', () => {
		const moved = [['1', 'Ann', 'Lee', 'ann@x.test', 'Finance', 'Operations', '', 'Active']];
		const read = mapTable(table(headers, moved), {
			preset: 'bamboohr',
			mapping: mappingOf(guessMapping(headers, moved)),
			snapshot: snapshot()
		}).read;
		expect(planImport(read, snapshot(), { actorId: null }).moves).toMatchObject([
			{ code: 'FIN', toPath: 'Operations/Finance' }
		]);
		const noDivision = [['1', 'Ann', 'Lee', 'ann@x.test', 'Customer Support', '', '', 'Active']];
		const plain = mapTable(table(headers, noDivision), {
			preset: 'bamboohr',
			mapping: mappingOf(guessMapping(headers, noDivision)),
			snapshot: snapshot()
		}).read;
		const plan = planImport(plain, snapshot(), { actorId: null });
		expect(plan.moves).toEqual([]);
		expect(plan.creates[0].departmentPath).toBe('Operations/Customer Support');
	});
});
