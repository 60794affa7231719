import { sql, type Kysely } from 'kysely';

// Frozen in time: never edit a migration that has shipped; add a new one.
//
// Anonymous two-way conversations on comments, and service stories.
//
// A comment may carry a conversation key: the SHA-256 of the writer's private link and the
// comment's place in their submission, so each of a writer's comments has a key of its own and
// none can be matched to another or to a response. The key moves with the comment through the
// batches and the close. A conversation refers to its comment by that key only, and its messages
// keep no person, no response and no time: their order is a sequence number.
//
// A service story names the department it thanks (and, if the teller wishes, a colleague there);
// it names its teller only when signed. It keeps a date, never a time, and a random id.
export async function up(db: Kysely<any>): Promise<void> {
	await sql`alter table comments add column conversation_key text
		check (conversation_key ~ '^[0-9a-f]{64}$')`.execute(db);
	await sql`create index comments_conversation_key_idx on comments (conversation_key)
		where conversation_key is not null`.execute(db);

	// Opened by the first reply, on the page where the comment was shown to the replier: the
	// conversation is shown only while the gate still shows that page's comments.
	await sql`create table comment_conversations (
			conversation_key text primary key check (conversation_key ~ '^[0-9a-f]{64}$'),
			round_id uuid not null references pulse_rounds (id),
			shown_in_department_id uuid not null references departments (id),
			about_provider boolean not null
		)`.execute(db);
	await sql`create index comment_conversations_round_idx
		on comment_conversations (round_id, shown_in_department_id)`.execute(db);
	await sql`create table conversation_messages (
			id uuid primary key default gen_random_uuid(),
			conversation_key text not null
				references comment_conversations (conversation_key) on delete cascade,
			seq integer not null check (seq > 0),
			from_writer boolean not null,
			label text not null check (char_length(label) <= 200),
			body text not null check (char_length(body) between 1 and 2000),
			hidden boolean not null default false,
			constraint conversation_messages_seq_key unique (conversation_key, seq)
		)`.execute(db);

	await sql`create table service_stories (
			id uuid primary key default gen_random_uuid(),
			department_id uuid not null references departments (id),
			colleague_id uuid references people (id),
			author_id uuid references people (id),
			who_helped text not null check (char_length(who_helped) between 1 and 200),
			what_happened text not null check (char_length(what_happened) between 1 and 2000),
			customer_impact text not null check (char_length(customer_impact) between 1 and 2000),
			told_on date not null default current_date,
			hidden boolean not null default false
		)`.execute(db);
	await sql`create index service_stories_department_idx
		on service_stories (department_id, told_on)`.execute(db);
	await sql`create index service_stories_told_on_idx on service_stories (told_on)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
	await sql`drop table service_stories`.execute(db);
	await sql`drop table conversation_messages`.execute(db);
	await sql`drop table comment_conversations`.execute(db);
	await sql`drop index comments_conversation_key_idx`.execute(db);
	await sql`alter table comments drop column conversation_key`.execute(db);
}
