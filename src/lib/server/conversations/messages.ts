import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { Database, Db } from '../db';
import type { SessionUser } from '../auth/session';
import { recordAudit } from '../audit/log';
import { commentsWithConversations, isStillShown, shownComments } from './comments';
import { conversationKey, writerKeys, MAX_CONVERSABLE_COMMENTS } from './capability';
import { checkMessage, type MessageProblem } from '../../domain/conversations';

// Anonymous two-way conversations on comments. A head of the subtree or HR answers a comment
// their page shows; the writer reads and answers with their private link. The writer's messages
// are stored with nothing but the conversation and a sequence number, and are never audited; a
// reply carries a role label, and the audit log says who wrote it and when.

export type Message = {
	id: string;
	seq: number;
	fromWriter: boolean;
	label: string;
	body: string;
	hidden: boolean;
};

/** Each conversation's messages in order; hidden ones as `hidden` with no text. */
export async function messagesOf(db: Db, keys: readonly string[]): Promise<Map<string, Message[]>> {
	const threads = new Map<string, Message[]>();
	if (keys.length === 0) return threads;
	const rows = await db
		.selectFrom('conversation_messages')
		.select(['id', 'conversation_key', 'seq', 'from_writer', 'label', 'body', 'hidden'])
		.where('conversation_key', 'in', keys)
		.orderBy('conversation_key')
		.orderBy('seq')
		.execute();
	for (const r of rows) {
		const list = threads.get(r.conversation_key) ?? [];
		list.push({
			id: r.id,
			seq: r.seq,
			fromWriter: r.from_writer,
			label: r.label,
			body: r.hidden ? '' : r.body,
			hidden: r.hidden
		});
		threads.set(r.conversation_key, list);
	}
	return threads;
}

/** The next message of a conversation, its row locked so two writes never take one number. */
async function appendMessage(
	trx: Db,
	key: string,
	message: { fromWriter: boolean; label: string; body: string }
): Promise<string> {
	await sql`select 1 from comment_conversations where conversation_key = ${key} for update`.execute(
		trx
	);
	const last = await trx
		.selectFrom('conversation_messages')
		.select((eb) => eb.fn.max('seq').as('seq'))
		.where('conversation_key', '=', key)
		.executeTakeFirst();
	const inserted = await trx
		.insertInto('conversation_messages')
		.values({
			conversation_key: key,
			seq: (last?.seq ?? 0) + 1,
			from_writer: message.fromWriter,
			label: message.label,
			body: message.body
		})
		.returning('id')
		.executeTakeFirstOrThrow();
	return inserted.id;
}

/** "HR", or "Head of" the nearest department the person heads above (or at) `departmentId`. */
async function replierLabel(db: Db, user: SessionUser, departmentId: string): Promise<string> {
	if (user.role === 'hr') return 'HR';
	const headed = await db
		.selectFrom('department_closure')
		.innerJoin('departments', 'departments.id', 'department_closure.ancestor_id')
		.select('departments.name')
		.where('department_closure.descendant_id', '=', departmentId)
		.where('department_closure.ancestor_id', 'in', user.headOf.length ? user.headOf : [''])
		.orderBy('department_closure.depth')
		.executeTakeFirst();
	return headed ? `Head of ${headed.name}` : 'Head of department';
}

export type ReplyOutcome =
	{ ok: true } | { ok: false; problem: MessageProblem | 'not_shown' | 'no_private_link' };

/**
 * A reply to a comment shown on `departmentId`'s page (the caller has checked the person may
 * read that page). Opens the conversation on the first reply; audited with who and when.
 */
export async function replyToComment(
	db: Kysely<Database>,
	user: SessionUser,
	input: { departmentId: string; roundId: string; commentId: string; body: unknown }
): Promise<ReplyOutcome> {
	const checked = checkMessage(input.body);
	if (!checked.ok) return { ok: false, problem: checked.problem };
	const shown = await shownComments(db, input.departmentId, input.roundId);
	if (!shown.ok) return { ok: false, problem: 'not_shown' };
	const comment = [...(shown.open ?? []), ...(shown.service ?? [])].find(
		(c) => c.id === input.commentId
	);
	if (!comment) return { ok: false, problem: 'not_shown' };
	const key = comment.conversationKey;
	if (!key) return { ok: false, problem: 'no_private_link' };
	const label = await replierLabel(db, user, input.departmentId);
	await db.transaction().execute(async (trx) => {
		await trx
			.insertInto('comment_conversations')
			.values({
				conversation_key: key,
				round_id: input.roundId,
				shown_in_department_id: input.departmentId,
				about_provider: comment.aboutProvider
			})
			.onConflict((oc) => oc.column('conversation_key').doNothing())
			.execute();
		const id = await appendMessage(trx, key, { fromWriter: false, label, body: checked.value });
		await recordAudit(trx, {
			actorId: user.id,
			action: 'conversation.reply',
			entityType: 'conversation',
			entityId: id,
			entityLabel: `Reply to a comment, as ${label}`,
			after: { departmentId: input.departmentId, roundId: input.roundId, label }
		});
	});
	return { ok: true };
}

/** HR hides a message (a reply or the writer's); audited. False when there is no such message. */
export async function hideMessage(
	db: Kysely<Database>,
	user: SessionUser,
	messageId: string
): Promise<boolean> {
	return db.transaction().execute(async (trx) => {
		const hidden = await trx
			.updateTable('conversation_messages')
			.set({ hidden: true })
			.where('id', '=', messageId)
			.where('hidden', '=', false)
			.returning(['id', 'from_writer'])
			.executeTakeFirst();
		if (!hidden) return false;
		await recordAudit(trx, {
			actorId: user.id,
			action: 'conversation.hide',
			entityType: 'conversation',
			entityId: messageId,
			entityLabel: hidden.from_writer ? "Writer's message hidden" : 'Reply hidden'
		});
		return true;
	});
}

export type WriterConversation = {
	/** The comment's place in the writer's submission: what the answer form sends back. */
	place: number;
	comment: string;
	messages: Message[];
};

/** What the private link opens: the writer's comments that have replies, while still shown. */
export async function writerConversations(
	db: Db,
	capability: string
): Promise<WriterConversation[]> {
	const keys = writerKeys(capability);
	const comments = await commentsWithConversations(db, keys);
	const shown = [];
	for (const c of comments) if (await isStillShown(db, c)) shown.push(c);
	const threads = await messagesOf(
		db,
		shown.map((c) => c.conversationKey)
	);
	return shown
		.map((c) => ({
			place: keys.indexOf(c.conversationKey),
			comment: c.body,
			messages: threads.get(c.conversationKey) ?? []
		}))
		.sort((a, b) => a.place - b.place);
}

export type WriterAnswerOutcome =
	{ ok: true } | { ok: false; problem: MessageProblem | 'not_found' };

/** The writer answers in the conversation on their comment at `place`; nothing records when. */
export async function answerAsWriter(
	db: Kysely<Database>,
	capability: string,
	place: number,
	body: unknown
): Promise<WriterAnswerOutcome> {
	const checked = checkMessage(body);
	if (!checked.ok) return { ok: false, problem: checked.problem };
	if (!Number.isInteger(place) || place < 0 || place >= MAX_CONVERSABLE_COMMENTS) {
		return { ok: false, problem: 'not_found' };
	}
	const key = conversationKey(capability, place);
	const [comment] = await commentsWithConversations(db, [key]);
	if (!comment || !(await isStillShown(db, comment))) return { ok: false, problem: 'not_found' };
	await db.transaction().execute(async (trx) => {
		await appendMessage(trx, key, { fromWriter: true, label: '', body: checked.value });
	});
	return { ok: true };
}
