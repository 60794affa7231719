import type { Db } from '../db';
import { shownComments, type ShownComment } from './comments';
import { messagesOf, type Message } from './messages';

// What a head or HR sees on a department's conversations page: the comments the gate shows
// there, each with its conversation. Keys stay on the server.

export type CommentWithConversation = {
	id: string;
	body: string;
	/** Whether its writer holds a private link, so that a reply can reach them. */
	conversable: boolean;
	messages: Message[];
};

export type DepartmentConversations =
	| {
			ok: true;
			open: CommentWithConversation[] | null;
			service: CommentWithConversation[] | null;
	  }
	| { ok: false; reason: 'round_open' | 'unknown_round' | 'not_in_round' };

export async function departmentConversations(
	db: Db,
	departmentId: string,
	roundId: string
): Promise<DepartmentConversations> {
	const shown = await shownComments(db, departmentId, roundId);
	if (!shown.ok) return shown;
	const all = [...(shown.open ?? []), ...(shown.service ?? [])];
	const threads = await messagesOf(
		db,
		all.flatMap((c) => (c.conversationKey ? [c.conversationKey] : []))
	);
	const withThreads = (list: ShownComment[] | null) =>
		list?.map((c) => ({
			id: c.id,
			body: c.body,
			conversable: c.conversationKey !== null,
			messages: (c.conversationKey && threads.get(c.conversationKey)) || []
		})) ?? null;
	return { ok: true, open: withThreads(shown.open), service: withThreads(shown.service) };
}
