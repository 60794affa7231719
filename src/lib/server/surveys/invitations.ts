import { createHash } from 'node:crypto';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';
import { sql, type Kysely } from 'kysely';
import type { Database, Db } from '../db';
import { hotStatement } from '../db/hot-statements';
import { DAY_MS } from '../../domain/dates';
import { publicOrigin } from '../http/origin';
import { queueMails } from '../mail/outbox';
import { invitationMessage, reminderMessage } from '../mail/templates';
import { audienceOf, type Programme } from './programmes';
import { roundQuestionCount } from './questions';

const INSERT_CHUNK = 1000;

function newLinkToken(): string {
	const bytes = new Uint8Array(20); // 160 bits
	crypto.getRandomValues(bytes);
	return encodeBase32LowerCaseNoPadding(bytes);
}

export function linkTokenHash(token: string): string {
	// Node's own SHA-256: the same hash, a few times cheaper than one written in JavaScript, on
	// the survey's hot path (the invitation page and Start).
	return createHash('sha256').update(token).digest('hex');
}

/** The invitation a link's hash opens, joined to its round, programme and person. */
export function invitationOfLink(db: Db, tokenHash: string) {
	return db
		.selectFrom('invitation_links')
		.innerJoin('invitations', 'invitations.id', 'invitation_links.invitation_id')
		.innerJoin('pulse_rounds', 'pulse_rounds.id', 'invitations.round_id')
		.innerJoin('pulse_programmes', 'pulse_programmes.id', 'pulse_rounds.programme_id')
		.innerJoin('people', 'people.id', 'invitations.person_id')
		.where('invitation_links.token_hash', '=', tokenHash);
}

export function invitationUrl(token: string): string {
	return `${publicOrigin()}/s/${token}`;
}

async function organisationName(db: Db): Promise<string> {
	const row = await db.selectFrom('org_settings').select('name').executeTakeFirst();
	return row?.name ?? 'Rapport';
}

async function insertInChunks<T>(items: T[], insert: (chunk: T[]) => Promise<unknown>) {
	for (let i = 0; i < items.length; i += INSERT_CHUNK)
		await insert(items.slice(i, i + INSERT_CHUNK));
}

type RoundRef = { id: string; closesAt: Date };

/** What a round's survey mails say of it. */
type RoundMail = RoundRef & { programmeName: string; questionCount: number; minGroupSize: number };

/** A one-time link to mail: the invitation it opens and the person it goes to. */
type SurveyLink = {
	invitationId: string;
	token: string;
	email: string;
	name: string;
	locale: string;
};

/** Keeps each link's hash (never the link) and queues its mail, in the person's language. */
async function mailLinks(
	db: Db,
	kind: 'invitation' | 'reminder',
	round: RoundMail,
	links: SurveyLink[]
) {
	await insertInChunks(links, (chunk) =>
		db
			.insertInto('invitation_links')
			.values(
				chunk.map((l) => ({ token_hash: linkTokenHash(l.token), invitation_id: l.invitationId }))
			)
			.execute()
	);
	const organisation = await organisationName(db);
	const message = kind === 'invitation' ? invitationMessage : reminderMessage;
	await queueMails(
		db,
		links.map((l) => ({
			kind,
			to: l.email,
			locale: l.locale,
			roundId: round.id,
			...message({
				locale: l.locale,
				personName: l.name,
				organisationName: organisation,
				programmeName: round.programmeName,
				link: invitationUrl(l.token),
				closesAt: round.closesAt,
				questionCount: round.questionCount,
				minGroupSize: round.minGroupSize
			})
		}))
	);
}

/**
 * One invitation per person in the audience, each with a one-time link (only its hash kept)
 * mailed in the person's language. Runs in the transaction that opens the round.
 */
export async function inviteAudience(
	trx: Db,
	programme: Programme,
	round: RoundRef,
	questionCount: number,
	now: Date
): Promise<number> {
	const audience = await audienceOf(trx, programme.id);
	if (audience.length === 0) return 0;
	const invitations = audience.map((person) => ({
		id: crypto.randomUUID(),
		person,
		token: newLinkToken()
	}));
	await insertInChunks(invitations, (chunk) =>
		trx
			.insertInto('invitations')
			.values(
				chunk.map((i) => ({
					id: i.id,
					round_id: round.id,
					person_id: i.person.id,
					department_id: i.person.departmentId,
					// Kept as it was at opening: whether the group changed just before the round is
					// judged at close from this, whatever moves happen meanwhile.
					department_since: i.person.departmentSince,
					expires_at: round.closesAt,
					created_at: now
				}))
			)
			.execute()
	);
	const facts = { programmeName: programme.name, questionCount, minGroupSize: programme.kScores };
	await mailLinks(
		trx,
		'invitation',
		{ ...round, ...facts },
		invitations.map((i) => ({ ...i.person, invitationId: i.id, token: i.token }))
	);
	return invitations.length;
}

export type InvitationByLink = {
	invitationId: string;
	roundId: string;
	personId: string;
	departmentId: string;
	ballotIssued: boolean;
	roundStatus: 'open' | 'closed';
	closesAt: Date;
	programmeName: string;
	locale: string;
	personActive: boolean;
	expired: boolean;
};

const LINK_TOKEN = /^[a-z2-7]{32}$/;

/** The invitation behind a link hash, with what the link's pages and its Start need to know. */
function invitationByLinkQuery(db: Db, tokenHash: string) {
	return invitationOfLink(db, tokenHash).select([
		'invitations.id as invitationId',
		'invitations.round_id as roundId',
		'invitations.person_id as personId',
		'invitations.department_id as departmentId',
		'invitations.ballot_issued as ballotIssued',
		'invitations.expires_at as expiresAt',
		'pulse_rounds.status as roundStatus',
		'pulse_rounds.closes_at as closesAt',
		'pulse_programmes.name as programmeName',
		'pulse_programmes.k_scores as kScores',
		'pulse_programmes.k_comments as kComments',
		'people.locale',
		'people.active as personActive'
	]);
}

type InvitationRow = Omit<InvitationByLink, 'expired'> & {
	expiresAt: Date;
	kScores: number;
	kComments: number;
};

function withExpiry({ expiresAt, kScores: _k, kComments: _c, ...rest }: InvitationRow, now: Date) {
	return {
		...rest,
		expired: rest.roundStatus !== 'open' || expiresAt.getTime() <= now.getTime()
	};
}

/** The invitation behind a link, or null when the link is unknown. */
export async function findInvitationByLink(
	db: Db,
	token: string,
	now = new Date()
): Promise<InvitationByLink | null> {
	if (!LINK_TOKEN.test(token)) return null;
	const row = await invitationByLinkQuery(db, linkTokenHash(token)).executeTakeFirst();
	return row ? withExpiry(row, now) : null;
}

export type InvitationPage = InvitationByLink & {
	organisationName: string;
	kScores: number;
	kComments: number;
	/** The invited person's department, as its path from the top of the tree. */
	departmentPath: string;
};

/**
 * Everything the invitation link's page shows, in one statement: the page is the first of the
 * survey's way from the mail to the thank-you, so it is on the hot path.
 */
export async function findInvitationPage(
	db: Db,
	token: string,
	now = new Date()
): Promise<InvitationPage | null> {
	if (!LINK_TOKEN.test(token)) return null;
	const [row] = await invitationPageStatement(db, linkTokenHash(token));
	if (!row) return null;
	return {
		...withExpiry(row, now),
		organisationName: row.organisationName ?? '',
		kScores: row.kScores,
		kComments: row.kComments,
		departmentPath: row.departmentPath ?? ''
	};
}

const invitationPageStatement = hotStatement((db: Db, tokenHash: string) =>
	invitationByLinkQuery(db, tokenHash).select((eb) => [
		eb.selectFrom('org_settings').select('org_settings.name').limit(1).as('organisationName'),
		eb
			.selectFrom('department_closure as c')
			.innerJoin('departments as a', 'a.id', 'c.ancestor_id')
			.whereRef('c.descendant_id', '=', 'invitations.department_id')
			.select(sql<string>`string_agg(a.name, '/' order by c.depth desc)`.as('path'))
			.as('departmentPath')
	])
);

/**
 * Start from an invitation link, in one statement: marks the invitation opened when it can be
 * (the round open, the link not expired, the person active, not opened before) and tells whether
 * this call did. Null when the link is unknown.
 */
export async function openInvitationByLink(
	db: Db,
	token: string,
	now = new Date()
): Promise<(InvitationByLink & { openedNow: boolean }) | null> {
	if (!LINK_TOKEN.test(token)) return null;
	const [row] = await openInvitationStatement(db, linkTokenHash(token), now);
	if (!row) return null;
	return { ...withExpiry(row, now), openedNow: Boolean(row.openedNow) };
}

const openInvitationStatement = hotStatement((db: Db, tokenHash: string, now: Date) =>
	db
		.with('link', () => invitationByLinkQuery(db, tokenHash))
		.with('opened', (qc) =>
			qc
				.updateTable('invitations')
				.set({ ballot_issued: true })
				.where('ballot_issued', '=', false)
				.where('id', '=', (eb) =>
					eb
						.selectFrom('link')
						.select('link.invitationId')
						.where('link.roundStatus', '=', 'open')
						.where('link.expiresAt', '>', now)
						.where('link.personActive', '=', true)
				)
				.returning('id')
		)
		.selectFrom('link')
		.selectAll('link')
		.select((eb) => eb.exists(eb.selectFrom('opened').select('opened.id')).as('openedNow'))
);

/**
 * Sends the reminders that are due: on each of the programme's reminder days, to everyone
 * invited who has not opened their survey yet. Each (round, day) is claimed once by an insert,
 * so it is sent once however many scheduler instances run.
 */
export async function sendDueReminders(db: Kysely<Database>, now: Date): Promise<number> {
	const due = await db
		.selectFrom('pulse_rounds')
		.innerJoin('pulse_programmes', 'pulse_programmes.id', 'pulse_rounds.programme_id')
		.select([
			'pulse_rounds.id',
			'pulse_rounds.opens_at as opensAt',
			'pulse_rounds.closes_at as closesAt',
			'pulse_programmes.reminder_days as reminderDays'
		])
		.where('pulse_rounds.status', '=', 'open')
		.where('pulse_rounds.closes_at', '>', now)
		.execute();
	let sent = 0;
	for (const round of due) {
		for (const day of round.reminderDays) {
			if (round.opensAt.getTime() + day * DAY_MS > now.getTime()) continue;
			sent += await db.transaction().execute((trx) => remindRound(trx, round, day, now));
		}
	}
	return sent;
}

async function remindRound(
	db: Db,
	round: { id: string; closesAt: Date },
	day: number,
	now: Date
): Promise<number> {
	const claimed = await db
		.insertInto('round_reminders')
		.values({ round_id: round.id, day, recipients: 0, sent_at: now })
		.onConflict((oc) => oc.doNothing())
		.returning('day')
		.executeTakeFirst();
	if (!claimed) return 0;
	const pending = await db
		.selectFrom('invitations')
		.innerJoin('people', 'people.id', 'invitations.person_id')
		.innerJoin('pulse_rounds', 'pulse_rounds.id', 'invitations.round_id')
		.innerJoin('pulse_programmes', 'pulse_programmes.id', 'pulse_rounds.programme_id')
		.select([
			'invitations.id',
			'people.email',
			'people.name',
			'people.locale',
			'pulse_programmes.name as programmeName',
			'pulse_programmes.k_scores as kScores'
		])
		.select(roundQuestionCount)
		.where('invitations.round_id', '=', round.id)
		.where('invitations.ballot_issued', '=', false)
		.where('people.active', '=', true)
		.execute();
	if (pending.length === 0) return 0;
	const [{ programmeName, questionCount, kScores }] = pending;
	const links = pending.map((p) => ({ ...p, invitationId: p.id, token: newLinkToken() }));
	await mailLinks(
		db,
		'reminder',
		{ ...round, programmeName, questionCount: Number(questionCount ?? 0), minGroupSize: kScores },
		links
	);
	await db
		.updateTable('round_reminders')
		.set({ recipients: links.length })
		.where('round_id', '=', round.id)
		.where('day', '=', day)
		.execute();
	return links.length;
}

/** Marks that the person opened the survey; issuing the ballot itself comes with answering. */
export async function markBallotIssued(db: Db, invitationId: string): Promise<boolean> {
	const result = await db
		.updateTable('invitations')
		.set({ ballot_issued: true })
		.where('id', '=', invitationId)
		.where('ballot_issued', '=', false)
		.executeTakeFirst();
	return Number(result.numUpdatedRows) === 1;
}

/** A person's invitation to a round, for starting the survey from their home page. */
export async function findInvitationForPerson(db: Db, roundId: string, personId: string) {
	return db
		.selectFrom('invitations')
		.select(['id as invitationId', 'round_id as roundId', 'department_id as departmentId'])
		.where('round_id', '=', roundId)
		.where('person_id', '=', personId)
		.executeTakeFirst();
}
