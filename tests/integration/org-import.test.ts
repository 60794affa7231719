import { addDepartment, addPerson } from '../helpers/org-writes';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../helpers/db';
import { createSession, generateSessionToken } from '../../src/lib/server/auth/session';
import { listDepartmentChoices } from '../../src/lib/server/org/departments';
import { findPersonByEmail } from '../../src/lib/server/org/people';
import { updatePersonDetails } from '../../src/lib/server/org/people-admin';
import {
	applyImport,
	getImport,
	planImportFile,
	stageImport
} from '../../src/lib/server/org/import/imports';
import { listAuditEntries } from '../../src/lib/server/audit/log';
import { i18n } from '../../src/lib/i18n';

const db = useTestDatabase();
let hrId: string;

const encode = (text: string) => new TextEncoder().encode(text);
const file = (lines: string[]) => encode(lines.join('\r\n') + '\r\n');
const HEADER = 'employee_id,email,name,department,head_of,locale,role';

async function stageAndApply(bytes: Uint8Array, deactivateMissing = false) {
	const id = await stageImport(db(), { actorId: hrId, fileName: 'org.csv', bytes });
	const staged = await getImport(db(), id);
	const outcome = await applyImport(db(), { importId: id, actorId: hrId, deactivateMissing });
	return { id, preview: staged!.preview, outcome };
}

/** Everything an import may touch, in a comparable form. */
async function orgState() {
	const [departments, people, heads, sessions] = await Promise.all([
		db()
			.selectFrom('departments')
			.select(['id', 'code', 'name', 'parent_id', 'archived_at'])
			.orderBy('code')
			.execute(),
		db()
			.selectFrom('people')
			.select(['id', 'employee_id', 'email', 'name', 'department_id', 'locale', 'role', 'active'])
			.orderBy('email')
			.execute(),
		db()
			.selectFrom('department_heads')
			.selectAll()
			.orderBy('person_id')
			.orderBy('department_id')
			.execute(),
		db().selectFrom('sessions').select('id').orderBy('id').execute()
	]);
	const audit = await db()
		.selectFrom('audit_log')
		.select((eb) => eb.fn.countAll<string>().as('n'))
		.executeTakeFirstOrThrow();
	return { departments, people, heads, sessions, audit: Number(audit.n) };
}

beforeAll(async () => {
	const hr = await addPerson(db(), { email: 'hr@import.test', name: 'Helena HR', role: 'hr' });
	hrId = hr.id;
});

describe('CSV import of the organisation', () => {
	const first = file([
		HEADER,
		'E1,ana@import.test,Ana García,Operations/Customer Support,Operations/Customer Support,es,employee',
		'E2,ben@import.test,Ben Okafor,Operations/Customer Support,,en,employee',
		'E3,chloe@import.test,"Martin, Chloé",Operations,Operations;Operations/Logistics,fr,hr',
		'E4,dev@import.test,Dev Patel,Operations/Logistics,,en-gb,'
	]);

	it('creates the departments its paths name, the people and their heads; the same file again changes nothing', async () => {
		const { preview, outcome } = await stageAndApply(first);
		expect(preview.problems).toEqual([]);
		expect(preview.newDepartments.map((d) => d.path)).toEqual([
			'Operations',
			'Operations/Customer Support',
			'Operations/Logistics'
		]);
		expect(preview.counts).toMatchObject({ newDepartments: 3, created: 4, updated: 0 });
		expect(outcome).toEqual({
			status: 'applied',
			result: expect.objectContaining({ departmentsCreated: 3, peopleCreated: 4 })
		});

		const choices = await listDepartmentChoices(db());
		expect(choices.map((c) => c.path)).toEqual(
			expect.arrayContaining(['Operations', 'Operations/Customer Support', 'Operations/Logistics'])
		);
		const chloe = await findPersonByEmail(db(), 'CHLOE@import.test');
		expect(chloe).toMatchObject({
			name: 'Martin, Chloé',
			role: 'hr',
			locale: 'fr',
			employee_id: 'E3'
		});
		expect((await findPersonByEmail(db(), 'dev@import.test'))?.locale).toBe('en-GB');
		const heads = await db()
			.selectFrom('department_heads')
			.selectAll()
			.where('person_id', '=', chloe!.id)
			.execute();
		expect(heads).toHaveLength(2);

		const before = await orgState();
		const again = await stageAndApply(first);
		expect(again.preview.counts).toEqual({
			newDepartments: 0,
			departmentMoves: 0,
			created: 0,
			updated: 0,
			moved: 0,
			reactivated: 0,
			deactivated: 0,
			unchanged: 4,
			notInFile: 0
		});
		expect(again.outcome).toEqual({
			status: 'applied',
			result: {
				departmentsCreated: 0,
				departmentsMoved: 0,
				peopleCreated: 0,
				peopleUpdated: 0,
				peopleMoved: 0,
				peopleReactivated: 0,
				peopleDeactivated: 0
			}
		});
		expect(await orgState()).toEqual(before);
	});

	it('a file with bad rows changes nothing and reports every bad row with line, column and message', async () => {
		const before = await orgState();
		const bytes = file([
			HEADER,
			'E10,ok@import.test,Okay Person,Operations/Customer Support,,en,employee',
			'E11,not-an-email,Bad Email,Operations,,en,employee',
			'E12,ok@import.test,Duplicate Email,Operations,,en,employee',
			'E13,x@import.test,Unknown Dept,NOPE,,en,employee',
			'E14,y@import.test,Bad Role,Operations,,en,boss',
			'E15,z@import.test,Bad Locale,Operations,,english!,employee',
			'E16,w@import.test,,Operations,,en,employee',
			'E10,v@import.test,Duplicate Id,Operations,,en,employee',
			'E17,u@import.test,Cycle,Operations/Customer Support/OPERATIONS,,en,employee',
			'E18,t@import.test,Too,Many,Fields,,en,employee'
		]);
		const { preview, outcome } = await stageAndApply(bytes);
		expect(preview.problems.map((p) => [p.line, p.column])).toEqual([
			[3, 'email'],
			[4, 'email'],
			[5, 'department'],
			[6, 'role'],
			[7, 'locale'],
			[8, 'name'],
			[9, 'employee_id'],
			[10, 'department'],
			[11, null]
		]);
		const messages = preview.problems.map((p) => p.message).join('\n');
		expect(messages).toMatch(/not an email address/);
		expect(messages).toMatch(/Duplicate email: line 2/);
		expect(messages).toMatch(/No department has the code or top-level name “NOPE”/);
		expect(messages).toMatch(/Cycle: “Operations” cannot move under “Customer Support”/);
		expect(messages).toMatch(/8 fields but the header has 7/);
		expect(outcome).toEqual({ status: 'invalid' });
		expect(await orgState()).toEqual(before);
	});

	it('words the problems and notes in the uploader’s language, and keeps them so when apply refuses', async () => {
		const before = await orgState();
		const spanish = i18n('es').t;
		const bytes = encode(
			[
				'email,name,department',
				'rosa@es.import.test,Rosa,Ventas/Norte',
				'rosa@es.import.test,Rosa Bis,Ventas/Norte',
				'bea@es.import.test,Bea,NOPE',
				'cleo@es.import.test,Cleo,Ventas/Norte,extra'
			].join('\n') + '\n'
		);
		const id = await stageImport(db(), { actorId: hrId, fileName: 'org.csv', bytes }, spanish);
		const expected = {
			problems: [
				{
					line: 3,
					column: 'email',
					value: 'rosa@es.import.test',
					message: 'Correo repetido: la línea 2 también lo tiene.'
				},
				{
					line: 4,
					column: 'department',
					value: 'NOPE',
					message:
						'Ningún departamento tiene el código o el nombre de nivel superior «NOPE». Para crearlo, indica su ruta: Superior/NOPE, o /NOPE en el nivel superior.'
				},
				{
					line: 5,
					column: null,
					message:
						'Esta línea tiene 4 campos, pero el encabezado tiene 3. Comprueba si falta o sobra un «,» o si hay unas comillas sin cerrar.'
				}
			],
			notes: expect.arrayContaining([
				'El archivo no tiene columna employee_id: las personas se identifican solo por su correo.'
			])
		};
		expect((await getImport(db(), id))!.preview).toMatchObject(expected);
		expect(
			await applyImport(db(), { importId: id, actorId: hrId, deactivateMissing: false }, spanish)
		).toEqual({ status: 'invalid' });
		expect((await getImport(db(), id))!.preview).toMatchObject(expected);
		expect(await orgState()).toEqual(before);
	});

	it('moves a department named by its code under another, keeping its people and its history', async () => {
		await stageAndApply(
			file([
				HEADER,
				'E20,eve@import.test,Eve,Commercial,,en,employee',
				'E21,finn@import.test,Finn,/Commercial,,en,'
			])
		);
		const logistics = await db()
			.selectFrom('departments')
			.select(['id', 'code'])
			.where('name', '=', 'Logistics')
			.executeTakeFirstOrThrow();
		const dev = await findPersonByEmail(db(), 'dev@import.test');
		const historyBefore = await listAuditEntries(db(), { entityId: logistics.id });
		const { preview, outcome } = await stageAndApply(
			file([HEADER, `E4,dev@import.test,Dev Patel,Commercial/${logistics.code},,en-GB,`])
		);
		expect(preview.moves).toEqual([
			expect.objectContaining({
				name: 'Logistics',
				fromPath: 'Operations/Logistics',
				toPath: 'Commercial/Logistics'
			})
		]);
		expect(preview.counts.updated).toBe(0);
		expect(outcome.status).toBe('applied');
		expect((await findPersonByEmail(db(), 'dev@import.test'))?.department_id).toBe(
			dev?.department_id
		);
		const paths = (await listDepartmentChoices(db())).map((c) => c.path);
		expect(paths).toContain('Commercial/Logistics');
		expect(paths).not.toContain('Operations/Logistics');
		const history = await listAuditEntries(db(), { entityId: logistics.id });
		expect(history.length).toBe(historyBefore.length + 1);
		expect(history[0]).toMatchObject({
			action: 'department.moved',
			before: { path: 'Operations/Logistics' }
		});
	});

	it('deactivates people the file no longer lists only when asked, ends their sessions, and never the importer', async () => {
		const bytes = file([
			HEADER,
			'E1,ana@import.test,Ana García,Operations/Customer Support,Operations/Customer Support,es,employee'
		]);
		const ben = (await findPersonByEmail(db(), 'ben@import.test'))!;
		await createSession(db(), generateSessionToken(), ben.id);

		const partial = await stageAndApply(bytes, false);
		expect(partial.preview.counts.notInFile).toBeGreaterThan(0);
		expect(partial.preview.notes.join(' ')).toMatch(/You are not in the file/);
		expect(partial.preview.notInFile.map((p) => p.email)).not.toContain('hr@import.test');
		expect((await findPersonByEmail(db(), 'ben@import.test'))?.active).toBe(true);

		const full = await stageAndApply(bytes, true);
		expect(full.outcome).toMatchObject({
			status: 'applied',
			result: { peopleDeactivated: partial.preview.counts.notInFile }
		});
		expect((await findPersonByEmail(db(), 'ben@import.test'))?.active).toBe(false);
		expect((await findPersonByEmail(db(), 'hr@import.test'))?.active).toBe(true);
		expect(
			await db().selectFrom('sessions').where('person_id', '=', ben.id).selectAll().execute()
		).toEqual([]);

		// Listed again: reactivated.
		const back = await stageAndApply(
			file([HEADER, 'E2,ben@import.test,Ben Okafor,Operations/Customer Support,,en,employee'])
		);
		expect(back.preview.counts.reactivated).toBe(1);
		expect((await findPersonByEmail(db(), 'ben@import.test'))?.active).toBe(true);
	});

	it('refuses a stale preview, refreshes it, and applies once looked at again', async () => {
		const bytes = file([
			HEADER,
			'E2,ben@import.test,Benjamin Okafor,Operations/Customer Support,,en,employee'
		]);
		const id = await stageImport(db(), { actorId: hrId, fileName: 'org.csv', bytes });
		const ben = (await findPersonByEmail(db(), 'ben@import.test'))!;
		await updatePersonDetails(db(), hrId, ben.id, {
			name: 'Ben O.',
			email: ben.email,
			employeeId: ben.employee_id,
			departmentId: ben.department_id,
			locale: 'es'
		});
		expect(
			await applyImport(db(), { importId: id, actorId: hrId, deactivateMissing: false })
		).toEqual({ status: 'stale' });
		expect((await findPersonByEmail(db(), 'ben@import.test'))?.name).toBe('Ben O.');
		const refreshed = await getImport(db(), id);
		expect(refreshed?.preview.updated[0]?.changes).toEqual(
			expect.arrayContaining([
				{ field: 'name', from: 'Ben O.', to: 'Benjamin Okafor' },
				{ field: 'locale', from: 'es', to: 'en' }
			])
		);
		expect(
			await applyImport(db(), { importId: id, actorId: hrId, deactivateMissing: false })
		).toMatchObject({ status: 'applied' });
		expect(
			await applyImport(db(), { importId: id, actorId: hrId, deactivateMissing: false })
		).toEqual({ status: 'gone', reason: 'applied' });
	});

	it('reads UTF-8 with a BOM, semicolons, quoted fields with delimiters and quotes, CRLF, and any column order', async () => {
		const text =
			'\ufeffRole;Name;Email;Department;Employee ID\r\nemployee;"Dúbois; ""Jo""";jo@import.test;"Operations/Customer Support";E30\r\n';
		const plan = await planImportFile(db(), encode(text), hrId);
		expect(plan.problems).toEqual([]);
		expect(plan.creates[0]?.values).toMatchObject({
			name: 'Dúbois; "Jo"',
			email: 'jo@import.test',
			employeeId: 'E30'
		});
	});

	it('will not let HR take away their own HR role by import', async () => {
		const plan = await planImportFile(
			db(),
			file([HEADER, ',hr@import.test,Helena HR,Operations,,en,employee']),
			hrId
		);
		expect(plan.problems).toEqual([
			expect.objectContaining({
				line: 2,
				column: 'role',
				message: expect.stringMatching(/your own HR role/)
			})
		]);
	});

	it('writes nothing at all when the database refuses something half-way through', async () => {
		await sql`
			create function refuse_boom() returns trigger language plpgsql as $$
			begin
				if new.email like 'boom%' then raise exception 'refused for the test'; end if;
				return new;
			end $$`.execute(db());
		await sql`create trigger refuse_boom before insert on people for each row execute function refuse_boom()`.execute(
			db()
		);
		try {
			const before = await orgState();
			const bytes = file([
				HEADER,
				'E40,fine@import.test,Fine,Brand New/Team A,Brand New,en,employee',
				'E41,boom@import.test,Boom,Brand New/Team B,,en,employee'
			]);
			const id = await stageImport(db(), { actorId: hrId, fileName: 'org.csv', bytes });
			await expect(
				applyImport(db(), { importId: id, actorId: hrId, deactivateMissing: true })
			).rejects.toThrow(/refused for the test/);
			expect(await orgState()).toEqual(before);
			expect((await getImport(db(), id))?.status).toBe('previewed');
		} finally {
			await sql`drop trigger refuse_boom on people`.execute(db());
		}
	});

	it('keeps department codes of created departments unique', async () => {
		await addDepartment(db(), { code: 'QUALITY', name: 'Quality elsewhere' });
		const { preview, outcome } = await stageAndApply(
			file([HEADER, 'E50,q@import.test,Q,Operations/Quality,,en,employee'])
		);
		expect(preview.newDepartments).toEqual([
			expect.objectContaining({ path: 'Operations/Quality', code: 'QUALITY-2' })
		]);
		expect(outcome.status).toBe('applied');
	});
});
