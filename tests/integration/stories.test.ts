import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { useTestDatabase } from '../helpers/db';
import { smallOrg } from '../helpers/org-fixture';
import {
	hideStory,
	listStories,
	storiesForRound,
	storyCounts,
	tellStory
} from '../../src/lib/server/stories/stories';
import { listAuditEntries } from '../../src/lib/server/audit/log';
import type { SessionUser } from '../../src/lib/server/auth/session';

// Service stories: told by anyone signed in about another department, signed or anonymous,
// counted per department and round, hidden by HR with an audit entry.

const db = useTestDatabase();
type Org = Awaited<ReturnType<typeof smallOrg>>;

describe('service stories', () => {
	let org: Org;
	let teller: SessionUser;
	let hr: SessionUser;

	beforeAll(async () => {
		org = await smallOrg(db(), { support: 3, billing: 3, sales: 2 });
		const person = org.people[0];
		teller = {
			id: person.id,
			email: person.email,
			name: person.name,
			role: 'employee',
			locale: 'en',
			departmentId: org.support.id,
			headOf: []
		};
		hr = { ...teller, id: org.people[1].id, role: 'hr' };
	});

	const story = (overrides: Record<string, unknown> = {}) => ({
		departmentId: org.billing.id,
		colleagueId: null,
		whoHelped: 'The refunds desk',
		whatHappened: 'They refunded a double charge the same day.',
		customerImpact: 'The customer stayed and said so.',
		signed: true,
		...overrides
	});

	it('stores a signed story with its teller, an anonymous one with none, each with a date only', async () => {
		const billingPerson = org.people.find((p) => p.departmentId === org.billing.id)!;
		const signed = await tellStory(db(), teller, story({ colleagueId: billingPerson.id }));
		const anonymous = await tellStory(db(), teller, story({ signed: false }));
		if (!signed.ok || !anonymous.ok) throw new Error('not stored');
		const rows = await db()
			.selectFrom('service_stories')
			.select(['id', 'author_id', 'colleague_id', 'told_on'])
			.execute();
		const byId = new Map(rows.map((r) => [r.id, r]));
		expect(byId.get(signed.id)).toMatchObject({
			author_id: teller.id,
			colleague_id: billingPerson.id
		});
		expect(byId.get(anonymous.id)).toMatchObject({ author_id: null, colleague_id: null });
		expect(byId.get(anonymous.id)!.told_on).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		const listed = await listStories(db(), { departmentId: org.billing.id });
		expect(listed.map((s) => s.authorName).sort()).toEqual([null, teller.name].sort());
		expect(listed.find((s) => s.id === signed.id)!.colleagueName).toBe(billingPerson.name);
		// Nothing in the audit log: an entry would say who told the anonymous one, and when.
		expect(await listAuditEntries(db(), { entityType: 'story' })).toEqual([]);
		const columns = await sql<{ data_type: string }>`
			select data_type from information_schema.columns
			where table_schema = current_schema() and table_name = 'service_stories'`.execute(db());
		expect(columns.rows.map((c) => c.data_type).join()).not.toMatch(/time/);
	});

	it('says what is wrong, field by field, and stores nothing', async () => {
		const before = await listStories(db(), { includeHidden: true });
		const salesPerson = org.people.find((p) => p.departmentId === org.sales.id)!;
		const outcome = await tellStory(
			db(),
			teller,
			story({
				departmentId: org.support.id,
				colleagueId: salesPerson.id,
				whoHelped: '  ',
				whatHappened: 'x'.repeat(2001)
			})
		);
		expect(outcome).toEqual({
			ok: false,
			problems: {
				department: 'own_department',
				colleague: 'unknown',
				whoHelped: 'required',
				whatHappened: 'too_long'
			}
		});
		expect(await tellStory(db(), teller, story({ departmentId: 'nope' }))).toMatchObject({
			ok: false,
			problems: { department: 'unknown' }
		});
		expect(await listStories(db(), { includeHidden: true })).toHaveLength(before.length);
	});

	it('counts stories per department and round period; a hidden one leaves counts and lists, audited', async () => {
		const today = new Date().toISOString().slice(0, 10);
		const period = { from: today, to: today };
		expect((await storyCounts(db(), period)).get(org.billing.id)).toBe(2);
		expect((await storyCounts(db(), { from: '2000-01-01', to: '2000-12-31' })).size).toBe(0);
		const shown = await storiesForRound(db(), org.billing.id, {
			programmeId: '00000000-0000-4000-8000-000000000000',
			opensOn: today,
			closesOn: today
		});
		expect(shown.count).toBe(2);
		expect(shown.latest).toHaveLength(2);

		const [first] = await listStories(db(), { departmentId: org.billing.id });
		expect(await hideStory(db(), hr, first.id)).toBe(true);
		expect(await hideStory(db(), hr, first.id)).toBe(false);
		expect((await storyCounts(db(), period)).get(org.billing.id)).toBe(1);
		expect(
			(await listStories(db(), { departmentId: org.billing.id })).map((s) => s.id)
		).not.toContain(first.id);
		const audit = await listAuditEntries(db(), { entityType: 'story' });
		expect(audit.map((a) => [a.action, a.actorId, a.entityId])).toEqual([
			['story.hide', hr.id, first.id]
		]);
	});
});
