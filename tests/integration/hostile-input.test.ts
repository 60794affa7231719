import { addPerson } from '../helpers/org-writes';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../helpers/db';
import { smallOrg } from '../helpers/org-fixture';
import { listAuditEntries } from '../../src/lib/server/audit/log';
import { parseQuery, trendQuery } from '../../src/lib/server/analytics/params';
import { pickRange } from '../../src/lib/server/analytics/page-params';
import { serviceChainQuery } from '../../src/lib/server/insights/query-params';
import { updateDepartmentDetails } from '../../src/lib/server/org/departments-admin';
import { updatePersonDetails } from '../../src/lib/server/org/people-admin';
import { orgForms } from '../../src/lib/server/org/forms';
import { exportOrgCsv } from '../../src/lib/server/org/import/export';
import { getImport, stageImport } from '../../src/lib/server/org/import/imports';
import { readImportCsv } from '../../src/lib/domain/org-import/read-csv';

const db = useTestDatabase();
let hrId: string;
let org: Awaited<ReturnType<typeof smallOrg>>;
const ATTACK = '=HYPERLINK("http:"&CHAR(47)&CHAR(47)&"evil.test","top")';
const encode = (text: string) => new TextEncoder().encode(text);

beforeAll(async () => {
	org = await smallOrg(db());
	const hr = await addPerson(db(), {
		email: 'hr@hostile.test',
		name: 'Hostile HR',
		role: 'hr',
		departmentId: org.ops.id
	});
	hrId = hr.id;
});

describe('formula injection in the organisation CSV', () => {
	it('writes names that start a formula as text, and reads them back unchanged', async () => {
		const renamed = await updateDepartmentDetails(db(), hrId, org.sales.id, {
			name: ATTACK,
			code: org.sales.code,
			kind: 'customer_facing'
		});
		expect(renamed?.ok).toBe(true);
		await updatePersonDetails(db(), hrId, org.people[0].id, {
			name: '@SUM(1+1)',
			email: org.people[0].email,
			employeeId: '-42',
			departmentId: org.people[0].departmentId,
			locale: 'en'
		});
		const csv = await exportOrgCsv(db());
		const cells = (parse(csv.slice(1)) as string[][]).flat();
		expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
		expect(cells).toContain("'@SUM(1+1)");
		expect(cells).toContain("'-42");

		const id = await stageImport(db(), { actorId: hrId, fileName: 'o.csv', bytes: encode(csv) });
		const preview = (await getImport(db(), id))!.preview;
		expect(preview.problemCount).toBe(0);
		expect(JSON.stringify(preview)).not.toMatch(/"(created|updated|moved|renamed)":[1-9]/);
	});
});

describe('invisible characters in names', () => {
	it('refuses them in a department or person name with a field message', async () => {
		const department = await updateDepartmentDetails(db(), hrId, org.billing.id, {
			name: 'Billing\u202eevil',
			code: org.billing.code,
			kind: 'internal'
		});
		expect(department).toEqual({
			ok: false,
			errors: { name: expect.stringMatching(/invisible character/) }
		});
		const person = await updatePersonDetails(db(), hrId, org.people[1].id, {
			name: 'Ana\u200bLopez',
			email: org.people[1].email,
			employeeId: null,
			departmentId: org.people[1].departmentId,
			locale: 'en'
		});
		expect(person).toMatchObject({ ok: false, errors: { name: expect.any(String) } });
	});

	it('refuses them in the CSV import with an error on the row', async () => {
		const bytes = encode(
			[
				'email,name,department',
				`new.one@hostile.test,New\u202eOne,${org.ops.code}`,
				`new.two@hostile.test,New Two,Operations/Evil\u2066Team`
			].join('\n')
		);
		const id = await stageImport(db(), { actorId: hrId, fileName: 'o.csv', bytes });
		const { problems } = (await getImport(db(), id))!.preview;
		expect(problems.map((p) => p.line).sort()).toEqual([2, 3]);
		for (const p of problems) expect(p.message).toMatch(/invisible character/);
	});
});

describe('a department move names its target', () => {
	it('refuses a move without a parent instead of moving to the top level', () => {
		expect(orgForms().moveDepartment.safeParse({}).success).toBe(false);
		expect(orgForms().moveDepartment.safeParse({ parentId: '' }).success).toBe(false);
		expect(orgForms().moveDepartment.parse({ parentId: 'top' })).toEqual({ parentId: null });
		expect(orgForms().moveDepartment.parse({ parentId: org.ops.id })).toEqual({
			parentId: org.ops.id
		});
	});
});

describe('numbers and dates out of range', () => {
	it('pages the audit trail before an id too large for bigint without failing', async () => {
		await expect(
			listAuditEntries(db(), { beforeId: '9999999999999999999', limit: 5 })
		).resolves.toBeInstanceOf(Array);
	});

	it('refuses days a month past which is not a date, with a 400', async () => {
		const far = new URL('http://x/?driver=morale&to=9999-12-31');
		const trend = parseQuery(far, trendQuery);
		expect(trend.ok).toBe(false);
		if (!trend.ok) expect(trend.response.status).toBe(400);
		expect(parseQuery(new URL('http://x/?to=9999-12-31'), serviceChainQuery).ok).toBe(false);
		expect(() => pickRange(far)).toThrow(expect.objectContaining({ status: 400 }));
		expect(parseQuery(new URL('http://x/?to=2026-12-31'), serviceChainQuery).ok).toBe(true);
	});
});

describe('an import over the row limit', () => {
	it('is refused before the rest of the file is read', () => {
		const lines = ['email,name,department'];
		for (let i = 0; i < 50_001; i++) lines.push(`p${i}@x.test,P ${i},OPS`);
		// A broken quote after the limit: reading on would report it.
		lines.push('"broken,x,y');
		const read = readImportCsv(encode(lines.join('\n')));
		expect(read.problems).toEqual([
			{ line: null, column: null, message: 'The file has more than 50,000 rows. Split it.' }
		]);
	});
});
