import type { Kysely } from 'kysely';
import type { Database } from '../../src/lib/server/db/schema';
import type { SessionUser } from '../../src/lib/server/auth/session';
import { listRoundEntries } from '../../src/lib/server/analytics/department-and-round-lists';
import { conversationKey } from '../../src/lib/server/conversations/capability';
import { departmentConversations } from '../../src/lib/server/conversations/department-view';
import { privateLinkPath } from '../../src/lib/server/conversations/links';
import { answerAsWriter, replyToComment } from '../../src/lib/server/conversations/messages';
import { tellStory } from '../../src/lib/server/stories/stories';

// A few conversations and stories, so that a newcomer sees them at once. The demo's comments were
// seeded without private links; three of Customer Support's latest shown comments are given to
// one made-up writer whose link is printed (a real writer's link is never known to anyone else).

/** The demo writer's private link: 43 characters like any other, public because it is a demo. */
export const DEMO_WRITER_CAPABILITY = 'demo-writer-link-00000000000000000000000000';

async function userByEmail(db: Kysely<Database>, email: string): Promise<SessionUser | null> {
	const person = await db
		.selectFrom('people')
		.select(['id', 'email', 'name', 'role', 'locale', 'department_id'])
		.where('email', '=', email)
		.executeTakeFirst();
	if (!person) return null;
	const heads = await db
		.selectFrom('department_heads')
		.select('department_id')
		.where('person_id', '=', person.id)
		.execute();
	return {
		id: person.id,
		email: person.email,
		name: person.name,
		role: person.role,
		locale: person.locale,
		departmentId: person.department_id,
		headOf: heads.map((h) => h.department_id)
	};
}

const REPLIES = [
	{
		by: 'head.support@demo.test',
		reply:
			'Thank you for saying this. We are trying a shared handover note between shifts from next week. Would that have helped in the cases you mean?',
		answer:
			'Yes, mostly. The worst cases are refunds waiting on Finance overnight; a note would at least tell the next shift where it stands.'
	},
	{
		by: 'hr@demo.test',
		reply:
			'HR here. Could you say a little more about what made it hard? No names needed; we want to understand the pattern.',
		answer: null
	}
];

export async function seedDemoConversations(
	db: Kysely<Database>
): Promise<{ link: string } | null> {
	const support = await db
		.selectFrom('departments')
		.select('id')
		.where('code', '=', 'SUP')
		.executeTakeFirst();
	if (!support) return null;
	for (const round of await listRoundEntries(db, 'closed')) {
		const view = await departmentConversations(db, support.id, round.id);
		// One more comment than replies: the third waits for a reply (the tests give it one).
		if (!view.ok || !view.open || view.open.length < REPLIES.length + 1) continue;
		const chosen = view.open.slice(0, REPLIES.length + 1);
		for (const [place, comment] of chosen.entries()) {
			await db
				.updateTable('comments')
				.set({ conversation_key: conversationKey(DEMO_WRITER_CAPABILITY, place) })
				.where('round_id', '=', round.id)
				.where('id', '=', comment.id)
				.execute();
		}
		for (const [place, step] of REPLIES.entries()) {
			const replier = await userByEmail(db, step.by);
			if (!replier) continue;
			await replyToComment(db, replier, {
				departmentId: support.id,
				roundId: round.id,
				commentId: chosen[place].id,
				body: step.reply
			});
			if (step.answer) await answerAsWriter(db, DEMO_WRITER_CAPABILITY, place, step.answer);
		}
		return { link: privateLinkPath(DEMO_WRITER_CAPABILITY) };
	}
	return null;
}

const STORIES = [
	{
		teller: 'employee@demo.test',
		department: 'FIN',
		whoHelped: 'The accounts receivable team',
		whatHappened:
			'A customer was charged twice for a repair. Finance reversed the second charge within the hour instead of the usual five days.',
		customerImpact: 'The customer cancelled their complaint and renewed their service plan.',
		signed: true,
		daysAgo: 2
	},
	{
		teller: 'employee@demo.test',
		department: 'WHS',
		whoHelped: 'The evening shift',
		whatHappened:
			'They found a replacement part on a returns shelf and shipped it the same evening, after the system said it was out of stock.',
		customerImpact: 'A clinic got its equipment back a week earlier than promised.',
		signed: false,
		daysAgo: 9
	},
	{
		teller: 'head.support@demo.test',
		department: 'ITS',
		whoHelped: 'The service desk',
		whatHappened:
			'Our phone queue software failed on a Monday morning; IT had a workaround running in twenty minutes.',
		customerImpact: 'Callers waited minutes, not hours, on our busiest day.',
		signed: true,
		daysAgo: 20
	},
	{
		teller: 'hr@demo.test',
		department: 'SUP',
		whoHelped: 'Two agents on the Spanish line',
		whatHappened:
			'They stayed on a three-way call to translate for a customer who was trying to cancel their contract.',
		customerImpact: 'The customer stayed, and wrote to thank them by name.',
		signed: false,
		daysAgo: 34
	},
	{
		teller: 'employee@demo.test',
		department: 'ENG',
		whoHelped: 'The mobile app team',
		whatHappened:
			'They added a "resend receipt" button a week after we asked for it in the internal service comments.',
		customerImpact: 'Receipt requests to Support dropped by half.',
		signed: true,
		daysAgo: 47
	}
];

export async function seedDemoStories(db: Kysely<Database>, now = new Date()): Promise<number> {
	let told = 0;
	for (const story of STORIES) {
		const teller = await userByEmail(db, story.teller);
		const department = await db
			.selectFrom('departments')
			.select('id')
			.where('code', '=', story.department)
			.executeTakeFirst();
		if (!teller || !department) continue;
		const day = new Date(now.getTime() - story.daysAgo * 86_400_000).toISOString().slice(0, 10);
		const outcome = await tellStory(
			db,
			teller,
			{
				departmentId: department.id,
				colleagueId: null,
				whoHelped: story.whoHelped,
				whatHappened: story.whatHappened,
				customerImpact: story.customerImpact,
				signed: story.signed
			},
			day
		);
		if (outcome.ok) told += 1;
	}
	return told;
}
