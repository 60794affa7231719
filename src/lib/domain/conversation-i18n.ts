import { i18n, type Messages } from '../i18n';

// The writer's side of a conversation: the `conversation` section of the app's catalogues.

export type ConversationStrings = Messages['conversation'];

export function conversationStrings(locale: string): ConversationStrings {
	return i18n(locale).t.conversation;
}
