import { addPerson } from '../helpers/org-writes';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../helpers/db';
import { LONG_AGO, smallOrg } from '../helpers/org-fixture';
import {
	answer,
	closeTestRound,
	likertDrivers,
	openTestRound,
	type AnswerSpec,
	type TestRound
} from '../helpers/analytics-fixture';
import {
	COMPANY,
	directKey,
	subtreeKey,
	treeGroups,
	type TreeGroups
} from '../../src/lib/domain/reporting-groups';
import type { Cell } from '../../src/lib/server/gate/cells';
import { listAuditEntries } from '../../src/lib/server/audit/log';
import { departmentHealth } from '../../src/lib/server/analytics/health';
import { orgHeatmap } from '../../src/lib/server/analytics/heatmap';
import { internalServiceMatrix } from '../../src/lib/server/analytics/matrix';
import { createDepartment } from '../../src/lib/server/org/departments-admin';
import { createPerson } from '../../src/lib/server/org/people-admin';
import { type Person } from '../../src/lib/server/org/people';
import { issueBallotFor } from '../../src/lib/server/surveys/entry';
import {
	findInvitationByLink,
	findInvitationForPerson
} from '../../src/lib/server/surveys/invitations';
import {
	linkRevealNotices,
	listLinkReveals,
	revealSurveyLink
} from '../../src/lib/server/surveys/link-reveals';
import { openRoundsForPerson } from '../../src/lib/server/surveys/rounds';
import { findTamperedDepartments } from '../../src/lib/server/surveys/tamper';

const db = useTestDatabase();
const NO_SMTP = {};
const WITH_SMTP = { SMTP_URL: 'smtp://127.0.0.1:2525' };
const GROUP_CHANGED = { suppressed: true, reason: 'group_changed' };
const HR_ANSWER: AnswerSpec = { likert: 1, enps: 0, comment: 'Planted' };
const REAL_ANSWER: AnswerSpec = { likert: 5, enps: 10, comment: 'Real' };

type Org = Awaited<ReturnType<typeof smallOrg>>;

async function outboxMessageTo(email: string): Promise<string> {
	const row = await db()
		.selectFrom('mail_outbox')
		.select('id')
		.where('to_address', '=', email)
		.executeTakeFirstOrThrow();
	return row.id;
}

/** Answers as someone holding the person's link: opens it (the ballot), then submits. */
async function answerWithLink(test: TestRound, link: string, spec: AnswerSpec) {
	const invitation = await findInvitationByLink(db(), link.slice(link.lastIndexOf('/') + 1));
	const ballot = await issueBallotFor(db(), invitation!);
	await answer(db(), test, invitation!.departmentId, spec, ballot!);
}

/** Answers as the person, from their home page: their invitation is opened, then they submit. */
async function answerAs(test: TestRound, person: Person, spec: AnswerSpec) {
	const invitation = await findInvitationForPerson(db(), test.round.id, person.id);
	const ballot = await issueBallotFor(db(), invitation!);
	await answer(db(), test, invitation!.departmentId, spec, ballot!);
}

/**
 * The subtraction attack: start from the shown cells and the groups known to be empty, and
 * work out every cell that is the only unknown of one of the tree's sums, until nothing more
 * follows. Returns the keys known at the end.
 */
function derivable(tree: TreeGroups, cells: Map<string, Cell<unknown>>, empty: string[]) {
	const known = new Set([...cells].filter(([, c]) => !('suppressed' in c)).map(([k]) => k));
	for (const key of empty) known.add(key);
	for (let changed = true; changed;) {
		changed = false;
		for (const { total, parts } of tree.relations) {
			const unknown = [total, ...parts].filter((k) => !known.has(k));
			if (unknown.length === 1) {
				known.add(unknown[0]);
				changed = true;
			}
		}
	}
	return known;
}

describe('HR as an insider: a made-up department', () => {
	let org: Org;
	let hr: Person;
	let madeUp: string;
	let planted: Person[];
	let joiners: Person[];
	let test: TestRound;
	let links: string[];

	beforeAll(async () => {
		// Operations over Support (12) and Billing (6); Sales (6) apart. All established.
		org = await smallOrg(db(), { support: 12, billing: 6, sales: 6 });
		hr = await addPerson(db(), {
			email: `${org.tag.toLowerCase()}.hr@org.test`,
			name: 'Harriet HR',
			role: 'hr',
			departmentSince: LONG_AGO
		});
		// HR, through the audited admin functions: a department of five new people, and three
		// ordinary joiners in Support.
		const created = await createDepartment(db(), hr.id, {
			code: `${org.tag}-SPX`,
			name: `Special projects ${org.tag}`,
			kind: 'internal',
			parentId: org.ops.id
		});
		if (!created.ok) throw new Error('department not created');
		madeUp = created.department.id;
		const hrAddsPerson = async (departmentId: string, name: string) => {
			const result = await createPerson(db(), hr.id, {
				name,
				email: `${org.tag.toLowerCase()}.${name.toLowerCase().replace(/\W+/g, '.')}@org.test`,
				employeeId: null,
				departmentId,
				locale: 'en'
			});
			if (!result.ok) throw new Error(JSON.stringify(result.errors));
			return result.person;
		};
		planted = [];
		for (let i = 0; i < 5; i++) planted.push(await hrAddsPerson(madeUp, `Planted ${i}`));
		joiners = [];
		for (let i = 0; i < 3; i++) joiners.push(await hrAddsPerson(org.support.id, `Joiner ${i}`));

		test = await openTestRound(db(), [org.ops.id, org.sales.id]);
		links = [];
		for (const person of planted) {
			const shown = await revealSurveyLink(
				db(),
				hr.id,
				await outboxMessageTo(person.email),
				new Date(),
				NO_SMTP
			);
			if (!shown.ok) throw new Error(shown.reason);
			links.push(shown.link);
		}
		// HR answers with four links and gives the fifth to a real employee.
		const rating = (score: number) => [{ provider: org.sales.id, score }];
		for (const link of links.slice(0, 4)) {
			await answerWithLink(test, link, { ...HR_ANSWER, ratings: rating(0) });
		}
		await answerWithLink(test, links[4], { ...REAL_ANSWER, ratings: rating(10) });
		const supportPeople = org.people.filter((p) => p.departmentId === org.support.id);
		for (const person of [...supportPeople.slice(0, 10), ...joiners]) {
			await answerAs(test, person, { likert: 4, enps: 8 });
		}
		for (const person of org.people.filter((p) => p.departmentId === org.billing.id).slice(0, 5)) {
			await answerAs(test, person, { likert: 3, enps: 7 });
		}
		for (const person of org.people.filter((p) => p.departmentId === org.sales.id)) {
			await answerAs(test, person, { likert: 4, enps: 9 });
		}
	});

	it('invites nobody to an open round later', async () => {
		const late = await addPerson(db(), {
			email: `${org.tag.toLowerCase()}.late@org.test`,
			name: 'Late Arrival',
			departmentId: org.sales.id
		});
		expect(await findInvitationForPerson(db(), test.round.id, late.id)).toBeUndefined();
		expect(await openRoundsForPerson(db(), late.id)).toEqual([]);
	});

	it('every link shown is audited, marked, listed and told to its person', async () => {
		const entries = await listAuditEntries(db(), { entityType: 'person', entityId: planted[0].id });
		expect(entries.map((e) => e.action)).toContain('person.survey_link_shown');
		expect(entries.find((e) => e.action === 'person.survey_link_shown')?.actorId).toBe(hr.id);
		const reveals = await listLinkReveals(db(), test.programmeId);
		expect(reveals.map((r) => r.personName).sort()).toEqual(planted.map((p) => p.name).sort());
		expect(reveals.every((r) => r.shownBy === 'Harriet HR')).toBe(true);
		expect(await linkRevealNotices(db(), planted[4].id)).toEqual([
			{ programmeName: 'Analytics pulse', shownAt: expect.any(Date) }
		]);
		expect(await linkRevealNotices(db(), joiners[0].id)).toEqual([]);
	});

	it('shows no link to HR when mail is sent by SMTP', async () => {
		const message = await outboxMessageTo(joiners[0].email);
		const before = await listAuditEntries(db(), { entityId: joiners[0].id });
		expect(await revealSurveyLink(db(), hr.id, message, new Date(), WITH_SMTP)).toEqual({
			ok: false,
			reason: 'mail_configured'
		});
		expect(await listAuditEntries(db(), { entityId: joiners[0].id })).toEqual(before);
		expect(await linkRevealNotices(db(), joiners[0].id)).toEqual([]);
	});

	it('says nothing about tampering while the round is open', async () => {
		expect(await findTamperedDepartments(db(), test.programmeId)).toEqual([]);
	});

	it("hides the made-up department's figures on every reader, and keeps them from subtraction", async () => {
		await closeTestRound(db(), test);
		const heatmap = await orgHeatmap(db(), test.round.id, { kind: 'all' });
		if (!heatmap.ok) throw new Error(heatmap.reason);
		const { rows, company, measures } = heatmap.data;
		const rowOf = (id: string, scope = 'subtree') =>
			rows.find((r) => r.departmentId === id && r.scope === scope)!;
		for (const measure of measures) expect(rowOf(madeUp).cells[measure]).toEqual(GROUP_CHANGED);
		expect(rowOf(madeUp).participation).toEqual(GROUP_CHANGED);
		const health = await departmentHealth(db(), madeUp, test.round.id);
		if (!health.ok) throw new Error(health.reason);
		expect(health.data.responses).toEqual(GROUP_CHANGED);
		expect(health.data.comments).toEqual(GROUP_CHANGED);
		for (const measure of measures) expect(health.data.cells[measure]).toEqual(GROUP_CHANGED);
		const matrix = await internalServiceMatrix(db(), test.round.id, { kind: 'all' });
		if (!matrix.ok) throw new Error(matrix.reason);
		const madeUpRow = matrix.data.rows.find((r) => r.consumer.id === madeUp)!;
		expect(madeUpRow.cells[org.sales.id]).toEqual(GROUP_CHANGED);
		expect(madeUpRow.total).toEqual(GROUP_CHANGED);

		// The ordinary team with three joiners keeps its figures: 13 answered, 10 surely long-standing.
		expect(rowOf(org.support.id).cells[likertDrivers(test)[0]]).toMatchObject({ n: 13 });

		// Nothing shown gives the made-up department away: not its parent minus its siblings, not
		// the company minus Sales, in any measure.
		const tree = treeGroups([
			{ id: org.ops.id, parentId: null },
			{ id: org.support.id, parentId: org.ops.id },
			{ id: org.billing.id, parentId: org.ops.id },
			{ id: madeUp, parentId: org.ops.id },
			{ id: org.sales.id, parentId: null }
		]);
		for (const measure of measures) {
			const cells = new Map<string, Cell<unknown>>([[COMPANY, company.cells[measure]]]);
			for (const r of rows) {
				const key = r.scope === 'direct' ? directKey(r.departmentId) : subtreeKey(r.departmentId);
				cells.set(key, r.cells[measure]);
			}
			// Operations has no members of its own: everyone knows that group is empty.
			const known = derivable(tree, cells, [directKey(org.ops.id)]);
			expect(known.has(subtreeKey(madeUp)), measure).toBe(false);
		}
	});

	it('warns of a department with more responses than ballots issued, once closed', async () => {
		expect(await findTamperedDepartments(db(), test.programmeId)).toEqual([]);
		const second = await openTestRound(db(), [org.sales.id]);
		for (const person of org.people.filter((p) => p.departmentId === org.sales.id)) {
			await answerAs(second, person, { likert: 4, enps: 9 });
		}
		// A response nobody was handed a ballot for, written straight into the database.
		await db()
			.insertInto('responses')
			.values({ round_id: second.round.id, department_id: org.sales.id })
			.execute();
		expect(await findTamperedDepartments(db(), second.programmeId)).toEqual([]);
		await closeTestRound(db(), second);
		expect(await findTamperedDepartments(db(), second.programmeId)).toEqual([
			{ roundId: second.round.id, departmentId: org.sales.id, departmentName: org.sales.name }
		]);
	});
});

describe('who may invite', () => {
	it('only inviteAudience, when a round opens, writes invitations', () => {
		const root = join(import.meta.dirname, '../../src');
		const writers: string[] = [];
		const walk = (dir: string) => {
			for (const name of readdirSync(dir)) {
				const path = join(dir, name);
				if (statSync(path).isDirectory()) walk(path);
				else if (/\.(ts|svelte)$/.test(name)) {
					if (/insertInto\(\s*'invitations'\s*\)/.test(readFileSync(path, 'utf8'))) {
						writers.push(path.slice(root.length + 1));
					}
				}
			}
		};
		walk(root);
		expect(writers).toEqual(['lib/server/surveys/invitations.ts']);
		const source = readFileSync(join(root, 'lib/server/surveys/invitations.ts'), 'utf8');
		expect(source.match(/insertInto\(\s*'invitations'\s*\)/g)).toHaveLength(1);
		const rounds = readFileSync(join(root, 'lib/server/surveys/rounds.ts'), 'utf8');
		const callers = readFileSync(join(root, 'lib/server/surveys/invitations.ts'), 'utf8');
		expect(callers).toContain('export async function inviteAudience');
		expect(rounds.match(/inviteAudience\(/g)).toHaveLength(1);
	});
});
