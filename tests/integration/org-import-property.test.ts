import { addDepartment, addPerson } from '../helpers/org-writes';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../helpers/db';
import { applyImport, planImportFile, stageImport } from '../../src/lib/server/org/import/imports';
import { orgFile, renderCsv } from '../unit/org-import-arbitraries';

const db = useTestDatabase();
let hrId: string;

/** Everything an import may write, in a comparable form. */
async function orgState() {
	const [departments, closure, people, heads, sessions, audit] = await Promise.all([
		db().selectFrom('departments').selectAll().orderBy('id').execute(),
		db()
			.selectFrom('department_closure')
			.selectAll()
			.orderBy('ancestor_id')
			.orderBy('descendant_id')
			.execute(),
		db().selectFrom('people').selectAll().orderBy('id').execute(),
		db()
			.selectFrom('department_heads')
			.selectAll()
			.orderBy('person_id')
			.orderBy('department_id')
			.execute(),
		db().selectFrom('sessions').select('id').orderBy('id').execute(),
		db()
			.selectFrom('audit_log')
			.select((eb) => eb.fn.countAll<string>().as('n'))
			.executeTakeFirstOrThrow()
	]);
	return { departments, closure, people, heads, sessions, audit: audit.n };
}

/** A well-formed file, sometimes spoiled: bytes overwritten, a row cut short, a stray quote. */
const uploads = fc.oneof(
	fc.uint8Array({ maxLength: 400 }),
	orgFile({ maxRows: 8 }).map(renderCsv),
	fc
		.tuple(
			orgFile({ maxRows: 8 }).map(renderCsv),
			fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 4 })
		)
		.map(([bytes, edits]) => {
			const spoiled = new Uint8Array(bytes);
			for (const [at, value] of edits) spoiled[at % spoiled.length] = value;
			return spoiled;
		}),
	fc
		.tuple(
			orgFile({ maxRows: 8 }).map(renderCsv),
			fc.nat(),
			fc.constantFrom('"', ',', ';;', '\n', 'Ops/Sup/SUP')
		)
		.map(([bytes, at, text]) => {
			const cut = at % (bytes.length + 1);
			const insert = new TextEncoder().encode(text);
			return new Uint8Array([...bytes.subarray(0, cut), ...insert, ...bytes.subarray(cut)]);
		})
);

beforeAll(async () => {
	hrId = (await addPerson(db(), { email: 'hr@prop.test', name: 'Prop HR', role: 'hr' })).id;
	const ops = await addDepartment(db(), { code: 'OPS', name: 'Operations' });
	const sup = await addDepartment(db(), { code: 'SUP', name: 'Support', parentId: ops.id });
	await addPerson(db(), {
		email: 'p0.aaaa@example.com',
		name: 'Existing',
		departmentId: sup.id,
		employeeId: 'E-aaaa-0'
	});
});

describe('the CSV import against the database, for any upload', () => {
	it('never throws, and either applies the whole file or writes nothing at all', async () => {
		let applied = 0;
		await fc.assert(
			fc.asyncProperty(uploads, fc.boolean(), async (bytes, full) => {
				const before = await orgState();
				const importId = await stageImport(db(), { actorId: hrId, fileName: 'upload.csv', bytes });
				const outcome = await applyImport(db(), {
					importId,
					actorId: hrId,
					deactivateMissing: full
				});
				const after = await orgState();
				if (outcome.status !== 'applied') {
					// A header Rapport does not know asks HR to confirm a column mapping first.
					expect(['invalid', 'unconfirmed']).toContain(outcome.status);
					expect(after).toEqual(before);
					return;
				}
				applied++;
				// Applied means all of it: planning the same file again finds nothing left to do.
				const again = await planImportFile(db(), bytes, hrId);
				expect(again.problems).toEqual([]);
				expect([again.newDepartments, again.moves, again.creates, again.updates]).toEqual([
					[],
					[],
					[],
					[]
				]);
				if (full) expect(again.notInFile).toEqual([]);
			}),
			{ numRuns: 60 }
		);
		expect(applied).toBeGreaterThan(0);
	});
});
