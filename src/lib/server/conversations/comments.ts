import { sql } from 'kysely';
import type { Db } from '../db';
import { departmentsOfGroup, subtreeKey } from '../../domain/reporting-groups';
import { findRoundTables } from '../gate/round-tables';

// Comments read with their ids, for conversations: only those the comment gate shows on a
// department's page in a closed round, exactly as its team page shows them (the department's
// subtree, and what the people who rated it wrote about it). Conversation keys stay here, on the
// server; pages get a comment's id and whether it can be answered.

export type ShownComment = {
	id: string;
	body: string;
	aboutProvider: boolean;
	/** Null when the comment was written without a private link (no one could read a reply). */
	conversationKey: string | null;
};

export type ShownComments =
	| { ok: true; open: ShownComment[] | null; service: ShownComment[] | null }
	| { ok: false; reason: 'round_open' | 'unknown_round' | 'not_in_round' };

/**
 * The comments a department's page shows for a closed round: `open` (its subtree's) and
 * `service` (about it as a provider), each null where the gate hides it.
 */
export async function shownComments(
	db: Db,
	departmentId: string,
	roundId: string
): Promise<ShownComments> {
	const found = await findRoundTables(db, roundId);
	if (!found.ok) return found;
	const { tables } = found;
	if (!tables.tree.order.includes(departmentId)) return { ok: false, reason: 'not_in_round' };
	const [pooled, commentGate, serviceCommentGate] = await Promise.all([
		tables.pooledOwnMembers(),
		tables.comments(),
		tables.serviceComments()
	]);
	const key = subtreeKey(departmentId);
	const departments = departmentsOfGroup(tables.tree, key).filter(
		(d) => d !== departmentId || !pooled.has(d)
	);
	const openShown = departments.length > 0 && commentGate.isShown(key);
	const serviceShown = serviceCommentGate.isShown(departmentId);
	const { rows } = await sql<{
		id: string;
		body: string;
		provider: string | null;
		conversationKey: string | null;
	}>`
		select c.id, c.body, c.provider_department_id as provider,
			c.conversation_key as "conversationKey"
		from comments c
		where c.round_id = ${roundId}::uuid and (
			(${openShown} and c.provider_department_id is null
				and c.department_id = any(${sql.val(departments)}::uuid[]))
			or (${serviceShown} and c.provider_department_id = ${departmentId}::uuid))
		order by c.id`.execute(db);
	const entries = rows.map((r) => ({
		id: r.id,
		body: r.body,
		aboutProvider: r.provider !== null,
		conversationKey: r.conversationKey
	}));
	return {
		ok: true,
		open: openShown ? entries.filter((e) => !e.aboutProvider) : null,
		service: serviceShown ? entries.filter((e) => e.aboutProvider) : null
	};
}

export type WriterComment = {
	conversationKey: string;
	roundId: string;
	shownInDepartmentId: string;
	body: string;
};

/** The writer's comments that have a conversation, by their keys. */
export async function commentsWithConversations(
	db: Db,
	keys: readonly string[]
): Promise<WriterComment[]> {
	if (keys.length === 0) return [];
	const { rows } = await sql<WriterComment>`
		select v.conversation_key as "conversationKey", v.round_id as "roundId",
			v.shown_in_department_id as "shownInDepartmentId", c.body
		from comment_conversations v
		join comments c on c.round_id = v.round_id and c.conversation_key = v.conversation_key
		where v.conversation_key = any(${sql.val(keys)}::text[])`.execute(db);
	return rows;
}

/** Whether the gate still shows, on the page it was answered from, the comment of this key. */
export async function isStillShown(db: Db, comment: WriterComment): Promise<boolean> {
	const shown = await shownComments(db, comment.shownInDepartmentId, comment.roundId);
	if (!shown.ok) return false;
	return [...(shown.open ?? []), ...(shown.service ?? [])].some(
		(c) => c.conversationKey === comment.conversationKey
	);
}
