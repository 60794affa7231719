import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { useTestDatabase } from '../helpers/db';
import { smallOrg } from '../helpers/org-fixture';
import {
	answer,
	closeTestRound,
	openTestRound,
	type TestRound
} from '../helpers/analytics-fixture';
import { newCapability, conversationKey } from '../../src/lib/server/conversations/capability';
import { departmentConversations } from '../../src/lib/server/conversations/department-view';
import {
	answerAsWriter,
	hideMessage,
	replyToComment,
	writerConversations
} from '../../src/lib/server/conversations/messages';
import { flushPendingSubmissions } from '../../src/lib/server/surveys/submission-batches';
import { listAuditEntries } from '../../src/lib/server/audit/log';
import type { SessionUser } from '../../src/lib/server/auth/session';

// Anonymous two-way conversations: a head or HR replies to a comment their page shows, the
// writer reads and answers through their private link, and nothing stored ties either to a
// person, a response or a time.

const db = useTestDatabase();
type Org = Awaited<ReturnType<typeof smallOrg>>;

function userOf(id: string, role: 'hr' | 'employee', headOf: string[] = []): SessionUser {
	return { id, email: `${id}@x`, name: 'Someone', role, locale: 'en', departmentId: null, headOf };
}

describe('conversations on comments', () => {
	let org: Org;
	let round: TestRound;
	let head: SessionUser;
	let hr: SessionUser;
	const writer = newCapability();
	const silent = newCapability();

	beforeAll(async () => {
		org = await smallOrg(db(), { support: 12, billing: 6, sales: 3 });
		head = userOf(org.people[0].id, 'employee', [org.ops.id]);
		hr = userOf(org.people[1].id, 'hr');
		round = await openTestRound(db(), [org.ops.id], { kComments: 5 });
		for (let i = 0; i < 9; i++) {
			await answer(db(), round, org.support.id, {
				likert: (i % 5) + 1,
				comment: `Other comment ${i}`,
				ratings: [
					{ provider: org.billing.id, score: [9, 7, 3][i % 3], comment: `About billing ${i}` }
				],
				capability: i === 0 ? silent : undefined
			});
		}
		// These through a batch while the round is open, the rest at the close: both keep keys.
		expect(await flushPendingSubmissions(db(), round.round.id)).toBe(9);
		// The writer leaves two comments: an open one and one about Billing.
		await answer(db(), round, org.support.id, {
			likert: 4,
			comment: 'The handover to night shift loses tickets.',
			ratings: [{ provider: org.billing.id, score: 3, comment: 'Refunds take weeks.' }],
			capability: writer
		});
		for (let i = 0; i < 5; i++) await answer(db(), round, org.billing.id, { likert: (i % 5) + 1 });
		await closeTestRound(db(), round);
	});

	it('keeps one key per comment through the batch and the close, none shared', async () => {
		const { rows } = await sql<{ key: string | null }>`
			select conversation_key as key from comments where round_id = ${round.round.id}::uuid`.execute(
			db()
		);
		const keys = rows.map((r) => r.key).filter((k) => k !== null);
		expect(keys).toContain(conversationKey(writer, 0));
		expect(keys).toContain(conversationKey(writer, 1));
		expect(new Set(keys).size).toBe(keys.length);
		// Only the two submissions sent with a link have keys: 2 + 2.
		expect(keys).toHaveLength(4);
	});

	it('the writer reads the head’s reply and answers; HR hides a message; all audited but the writer', async () => {
		expect(await writerConversations(db(), writer)).toEqual([]);
		const view = await departmentConversations(db(), org.support.id, round.round.id);
		if (!view.ok || !view.open) throw new Error('comments hidden');
		const target = view.open.find((c) => c.body.startsWith('The handover'))!;
		expect(target.conversable).toBe(true);
		expect(view.open.find((c) => c.body === 'Other comment 5')!.conversable).toBe(false);

		const reply = await replyToComment(db(), head, {
			departmentId: org.support.id,
			roundId: round.round.id,
			commentId: target.id,
			body: '  Thank you, we are changing the handover checklist. What else gets lost?  '
		});
		expect(reply).toEqual({ ok: true });
		const [conversation] = await writerConversations(db(), writer);
		expect(conversation.comment).toBe('The handover to night shift loses tickets.');
		expect(conversation.messages).toMatchObject([
			{
				fromWriter: false,
				label: `Head of ${org.ops.name}`,
				body: 'Thank you, we are changing the handover checklist. What else gets lost?'
			}
		]);
		expect(await writerConversations(db(), silent)).toEqual([]);
		expect(await writerConversations(db(), newCapability())).toEqual([]);

		expect(await answerAsWriter(db(), writer, conversation.place, 'Escalations, mostly.')).toEqual({
			ok: true
		});
		expect(await answerAsWriter(db(), writer, 1, 'Not a conversation')).toEqual({
			ok: false,
			problem: 'not_found'
		});
		expect(await answerAsWriter(db(), silent, 0, 'Guessing')).toEqual({
			ok: false,
			problem: 'not_found'
		});
		expect(await answerAsWriter(db(), writer, conversation.place, '   ')).toEqual({
			ok: false,
			problem: 'required'
		});

		const after = await departmentConversations(db(), org.support.id, round.round.id);
		if (!after.ok || !after.open) throw new Error('comments hidden');
		const thread = after.open.find((c) => c.id === target.id)!.messages;
		expect(thread.map((m) => [m.seq, m.fromWriter, m.body])).toEqual([
			[1, false, 'Thank you, we are changing the handover checklist. What else gets lost?'],
			[2, true, 'Escalations, mostly.']
		]);

		expect(await hideMessage(db(), hr, thread[1].id)).toBe(true);
		expect(await hideMessage(db(), hr, thread[1].id)).toBe(false);
		const [hidden] = await writerConversations(db(), writer);
		expect(hidden.messages[1]).toMatchObject({ hidden: true, body: '' });

		const audit = await listAuditEntries(db(), { entityType: 'conversation' });
		expect(audit.map((a) => [a.action, a.actorId])).toEqual([
			['conversation.hide', hr.id],
			['conversation.reply', head.id]
		]);
	});

	it('answers nothing on a comment the gate hides, or without a private link', async () => {
		const view = await departmentConversations(db(), org.support.id, round.round.id);
		if (!view.ok || !view.open) throw new Error('comments hidden');
		const noLink = view.open.find((c) => !c.conversable)!;
		expect(
			await replyToComment(db(), hr, {
				departmentId: org.support.id,
				roundId: round.round.id,
				commentId: noLink.id,
				body: 'Hello'
			})
		).toEqual({ ok: false, problem: 'no_private_link' });
		// Billing's page shows Billing's comments and those about it, none of Support's own.
		const target = view.open.find((c) => c.conversable)!;
		expect(
			await replyToComment(db(), hr, {
				departmentId: org.billing.id,
				roundId: round.round.id,
				commentId: target.id,
				body: 'Hello'
			})
		).toEqual({ ok: false, problem: 'not_shown' });
	});

	it('hides the conversation from the writer when its comment stops being shown', async () => {
		const view = await departmentConversations(db(), org.billing.id, round.round.id);
		if (!view.ok || !view.service) throw new Error('service comments hidden');
		const target = view.service.find((c) => c.body === 'Refunds take weeks.')!;
		const reply = await replyToComment(db(), hr, {
			departmentId: org.billing.id,
			roundId: round.round.id,
			commentId: target.id,
			body: 'Which refunds?'
		});
		expect(reply).toEqual({ ok: true });
		expect((await writerConversations(db(), writer)).map((c) => c.place)).toEqual([0, 1]);
		// Rollups never change once published, so stand in for a gate that hides it now: the
		// conversation is moved to a page (Sales) that does not show the comment.
		await sql`update comment_conversations set shown_in_department_id = ${org.sales.id}::uuid
			where conversation_key = ${conversationKey(writer, 1)}`.execute(db());
		expect((await writerConversations(db(), writer)).map((c) => c.place)).toEqual([0]);
		expect(await answerAsWriter(db(), writer, 1, 'Still there?')).toEqual({
			ok: false,
			problem: 'not_found'
		});
	});

	it('keeps no person, response, session, invitation or time in the conversation tables', async () => {
		const tables = ['comment_conversations', 'conversation_messages'];
		const columns = await sql<{ table_name: string; column_name: string; data_type: string }>`
			select table_name, column_name, data_type from information_schema.columns
			where table_schema = current_schema() and table_name = any(${tables})`.execute(db());
		expect(columns.rows.length).toBeGreaterThan(8);
		for (const c of columns.rows) {
			expect(c.data_type, `${c.table_name}.${c.column_name}`).not.toMatch(/time|interval/);
			expect(c.column_name, `${c.table_name}.${c.column_name}`).not.toMatch(
				/person|people|author|actor|user|response|session|invitation|ballot|_at$|created|updated/
			);
		}
		const references = await sql<{ from_table: string; to_table: string }>`
			select tc.table_name as from_table, ccu.table_name as to_table
			from information_schema.table_constraints tc
			join information_schema.constraint_column_usage ccu
				on ccu.constraint_name = tc.constraint_name and ccu.constraint_schema = tc.constraint_schema
			where tc.constraint_type = 'FOREIGN KEY' and tc.table_schema = current_schema()
				and tc.table_name = any(${tables})`.execute(db());
		const targets = new Set(references.rows.map((r) => r.to_table));
		expect([...targets].sort()).toEqual(['comment_conversations', 'departments', 'pulse_rounds']);
		// Comments keep only a key of their own: no column of a time type there either.
		const commentColumns = await sql<{ data_type: string }>`
			select data_type from information_schema.columns
			where table_schema = current_schema() and table_name = 'comments'`.execute(db());
		expect(commentColumns.rows.map((c) => c.data_type).join()).not.toMatch(/time/);
	});
});
