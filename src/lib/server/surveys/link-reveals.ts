import type { Db } from '../db';
import { DAY_MS } from '../../domain/dates';
import { recordAudit } from '../audit/log';
import { inTransaction } from '../db/transaction';
import { mailTransportStatus } from '../mail/transport';
import { invitationOfLink, linkTokenHash } from './invitations';

// HR and survey links. Without a mail server HR hands invitations on by hand, so the outbox
// holds every person's link, and whoever opens a link answers in that person's place. A link is
// therefore never shown as it stands: each showing is an explicit request, written to the audit
// log, marked on the invitation, listed on the programme's page and told to the person on their
// home page. With SMTP configured no link is shown to HR at all.

const SURVEY_LINK = /https?:\/\/[^\s<>"']*\/s\/([a-z2-7]{32})(?![a-z2-7])/g;
const HIDDEN_LINK = '[personal survey link hidden]';
/** How long the person's home page keeps telling them. */
const NOTICE_DAYS = 90;

/** The text with every personal survey link replaced by a placeholder. */
export function hideSurveyLinks(text: string): string {
	return text.replace(SURVEY_LINK, HIDDEN_LINK);
}

function surveyLinkIn(text: string | null): { url: string; token: string } | null {
	const match = text ? [...text.matchAll(SURVEY_LINK)][0] : undefined;
	return match ? { url: match[0], token: match[1] } : null;
}

/** Links may be shown to HR only while Rapport sends no mail itself (SMTP_URL unset). */
export function linkRevealAllowed(env: NodeJS.ProcessEnv = process.env): boolean {
	return mailTransportStatus(env).kind === 'outbox';
}

export type RevealableLink = {
	messageId: string;
	invitationId: string;
	personId: string;
	personName: string;
	programmeName: string;
	roundOpen: boolean;
	shownBefore: Date | null;
};

/** The invitation behind an outbox message's link, or null when its body holds none any more. */
export async function findRevealableLink(
	db: Db,
	messageId: string
): Promise<{ revealable: RevealableLink; url: string } | null> {
	const message = await db
		.selectFrom('mail_outbox')
		.select(['id', 'body_text'])
		.where('id', '=', messageId)
		.executeTakeFirst();
	const link = surveyLinkIn(message?.body_text ?? null);
	if (!message || !link) return null;
	const row = await invitationOfLink(db, linkTokenHash(link.token))
		.select([
			'invitations.id as invitationId',
			'people.id as personId',
			'people.name as personName',
			'pulse_programmes.name as programmeName',
			'pulse_rounds.status',
			'invitations.link_shown_to_hr_at as shownBefore'
		])
		.executeTakeFirst();
	if (!row) return null;
	const { status, ...rest } = row;
	return { revealable: { messageId, ...rest, roundOpen: status === 'open' }, url: link.url };
}

export type RevealResult =
	| { ok: true; link: string; invitation: RevealableLink }
	| { ok: false; reason: 'mail_configured' | 'no_link' | 'round_closed' };

/**
 * Shows HR the survey link of an outbox message: audited, marked on the invitation (the first
 * showing's time and who asked), and from then on told to the person on their home page.
 */
export async function revealSurveyLink(
	db: Db,
	actorId: string,
	messageId: string,
	now = new Date(),
	env: NodeJS.ProcessEnv = process.env
): Promise<RevealResult> {
	if (!linkRevealAllowed(env)) return { ok: false, reason: 'mail_configured' };
	return inTransaction(db, async (trx) => {
		const found = await findRevealableLink(trx, messageId);
		if (!found) return { ok: false, reason: 'no_link' } as const;
		const { revealable, url } = found;
		if (!revealable.roundOpen) return { ok: false, reason: 'round_closed' } as const;
		// The first showing is the one that counts: from then on HR could have used the link.
		await trx
			.updateTable('invitations')
			.set({ link_shown_to_hr_at: now, link_shown_to_hr_by: actorId })
			.where('id', '=', revealable.invitationId)
			.where('link_shown_to_hr_at', 'is', null)
			.execute();
		await recordAudit(trx, {
			actorId,
			action: 'person.survey_link_shown',
			entityType: 'person',
			entityId: revealable.personId,
			entityLabel: revealable.personName,
			after: {
				programme: revealable.programmeName,
				invitation: revealable.invitationId,
				message: messageId
			}
		});
		return { ok: true, link: url, invitation: revealable } as const;
	});
}

export type RoundLinkReveal = {
	roundId: string;
	personName: string;
	departmentName: string;
	shownAt: Date;
	shownBy: string | null;
};

/** Per round of a programme, whose links were shown to HR, when and to whom. */
export async function listLinkReveals(db: Db, programmeId: string): Promise<RoundLinkReveal[]> {
	const rows = await db
		.selectFrom('invitations as i')
		.innerJoin('pulse_rounds as r', 'r.id', 'i.round_id')
		.innerJoin('people as p', 'p.id', 'i.person_id')
		.innerJoin('departments as d', 'd.id', 'i.department_id')
		.leftJoin('people as hr', 'hr.id', 'i.link_shown_to_hr_by')
		.select([
			'r.id as roundId',
			'p.name as personName',
			'd.name as departmentName',
			'i.link_shown_to_hr_at as shownAt',
			'hr.name as shownBy'
		])
		.where('r.programme_id', '=', programmeId)
		.where('i.link_shown_to_hr_at', 'is not', null)
		.orderBy('i.link_shown_to_hr_at')
		.orderBy('p.name')
		.execute();
	return rows.map((r) => ({ ...r, shownAt: r.shownAt as Date }));
}

export type LinkRevealNotice = { programmeName: string; shownAt: Date };

/** What the person is told on their home page: HR saw their survey link, recently. */
export async function linkRevealNotices(
	db: Db,
	personId: string,
	now = new Date()
): Promise<LinkRevealNotice[]> {
	const rows = await db
		.selectFrom('invitations as i')
		.innerJoin('pulse_rounds as r', 'r.id', 'i.round_id')
		.innerJoin('pulse_programmes as g', 'g.id', 'r.programme_id')
		.select(['g.name as programmeName', 'i.link_shown_to_hr_at as shownAt'])
		.where('i.person_id', '=', personId)
		.where('i.link_shown_to_hr_at', '>', new Date(now.getTime() - NOTICE_DAYS * DAY_MS))
		.orderBy('i.link_shown_to_hr_at', 'desc')
		.execute();
	return rows.map((r) => ({ programmeName: r.programmeName, shownAt: r.shownAt as Date }));
}
