import type { Db } from '../db';
import type { RoundStatus } from '../db/schema';
import { DAY_MS } from '../../domain/dates';
import { latestStartedPeriod, type RoundWindow } from '../../domain/schedule';
import { rotatingItemsForRound, rotationSlots } from '../../domain/rotation';
import { computeRollups } from '../analytics/rollups';
import { publishRound } from '../analytics/publish';
import { MAX_DELIVERY_ATTEMPTS } from '../mail/outbox';
import { createRoundPartitions, lockPartitionChanges, rewriteClosingRound } from './answer-storage';
import { snapshotServiceMap } from './round-service-map';
import { inviteAudience } from './invitations';
import { audienceSize, scheduleOf, setProgrammeStatus, type Programme } from './programmes';
import { currentQuestionsByKey, rotationPool, roundQuestionCount } from './questions';

export type Round = {
	id: string;
	programmeId: string;
	periodIndex: number;
	rotationIndex: number;
	status: RoundStatus;
	opensAt: Date;
	closesAt: Date;
	openedBy: 'scheduler' | 'hr';
	closedAt: Date | null;
	invitedCount: number;
};

const roundColumns = [
	'pulse_rounds.id',
	'pulse_rounds.programme_id as programmeId',
	'pulse_rounds.period_index as periodIndex',
	'pulse_rounds.rotation_index as rotationIndex',
	'pulse_rounds.status',
	'pulse_rounds.opens_at as opensAt',
	'pulse_rounds.closes_at as closesAt',
	'pulse_rounds.opened_by as openedBy',
	'pulse_rounds.closed_at as closedAt',
	'pulse_rounds.invited_count as invitedCount'
] as const;

export async function getRound(db: Db, id: string): Promise<Round | null> {
	return (
		(await db
			.selectFrom('pulse_rounds')
			.select(roundColumns)
			.where('id', '=', id)
			.executeTakeFirst()) ?? null
	);
}

export type RoundListing = Round & { ballotsIssued: number; questionCount: number };

export async function listRounds(db: Db, programmeId: string): Promise<RoundListing[]> {
	const rows = await db
		.selectFrom('pulse_rounds')
		.select(roundColumns)
		.select((eb) => [
			eb
				.selectFrom('invitations')
				.whereRef('invitations.round_id', '=', 'pulse_rounds.id')
				.where('invitations.ballot_issued', '=', true)
				.select((e) => e.fn.countAll<string>().as('n'))
				.as('ballotsIssued'),
			roundQuestionCount(eb)
		])
		.where('programme_id', '=', programmeId)
		.orderBy('period_index', 'desc')
		.execute();
	return rows.map((r) => ({
		...r,
		ballotsIssued: Number(r.ballotsIssued ?? 0),
		questionCount: Number(r.questionCount ?? 0)
	}));
}

export async function openRoundOf(db: Db, programmeId: string): Promise<Round | null> {
	return (
		(await db
			.selectFrom('pulse_rounds')
			.select(roundColumns)
			.where('programme_id', '=', programmeId)
			.where('status', '=', 'open')
			.executeTakeFirst()) ?? null
	);
}

/** The questions a new round asks: the core ones, then its share of the rotation. */
export async function planRoundQuestions(db: Db, programme: Programme, rotationIndex: number) {
	const core = await currentQuestionsByKey(db, programme.coreQuestionKeys);
	const pool = await rotationPool(db, programme.coreQuestionKeys);
	const slots = rotationSlots(programme.questionsPerRound, core.length);
	const rotating = rotatingItemsForRound(pool, slots, rotationIndex);
	return [...core.map((q) => q.id), ...rotating.map((q) => q.id)];
}

export type OpenedRound = { round: Round; invited: number };

/**
 * Opens a round in its window: snapshots its questions and invites the audience, all in the
 * caller's transaction, which must hold the programme row locked.
 */
export async function openRound(
	trx: Db,
	programme: Programme,
	window: RoundWindow,
	openedBy: 'scheduler' | 'hr',
	now: Date
): Promise<OpenedRound> {
	// Before the round row is written: the transaction ends by creating the round's partitions.
	await lockPartitionChanges(trx);
	const { count } = await trx
		.selectFrom('pulse_rounds')
		.select((eb) => eb.fn.countAll<string>().as('count'))
		.where('programme_id', '=', programme.id)
		.executeTakeFirstOrThrow();
	const rotationIndex = Number(count);
	const questionIds = await planRoundQuestions(trx, programme, rotationIndex);
	const round = await trx
		.insertInto('pulse_rounds')
		.values({
			programme_id: programme.id,
			period_index: window.periodIndex,
			rotation_index: rotationIndex,
			opens_at: window.opensAt,
			closes_at: window.closesAt,
			opened_by: openedBy
		})
		.returning(roundColumns)
		.executeTakeFirstOrThrow();
	if (questionIds.length > 0) {
		await trx
			.insertInto('round_questions')
			.values(
				questionIds.map((question_id, position) => ({ round_id: round.id, position, question_id }))
			)
			.execute();
	}
	const invited = await inviteAudience(trx, programme, round, questionIds.length, now);
	await trx
		.updateTable('pulse_rounds')
		.set({ invited_count: invited })
		.where('id', '=', round.id)
		.execute();
	await snapshotServiceMap(trx, round.id);
	await createRoundPartitions(trx, round.id, { open: true });
	return { round: { ...round, invitedCount: invited }, invited };
}

export type ManualOpenResult =
	| { ok: true; opened: OpenedRound }
	| { ok: false; reason: 'not_active' | 'round_open' | 'no_more_rounds' | 'no_audience' };

/**
 * HR opens a round now: it brings the current period's round forward, or the next period's when
 * the current one has had its round, and closes after the programme's round length.
 */
export async function openRoundNow(
	db: Db,
	programme: Programme,
	now: Date
): Promise<ManualOpenResult> {
	if (programme.status !== 'active') return { ok: false, reason: 'not_active' };
	if (await openRoundOf(db, programme.id)) return { ok: false, reason: 'round_open' };
	if ((await audienceSize(db, programme.departmentIds)) === 0) {
		return { ok: false, reason: 'no_audience' };
	}
	const latest = await db
		.selectFrom('pulse_rounds')
		.select((eb) => eb.fn.max('period_index').as('max'))
		.where('programme_id', '=', programme.id)
		.executeTakeFirst();
	const lastTaken = latest?.max ?? -1;
	const current = Math.max(0, latestStartedPeriod(scheduleOf(programme), now));
	const periodIndex = current > lastTaken ? current : lastTaken + 1;
	if (programme.cadence === 'once' && periodIndex > 0)
		return { ok: false, reason: 'no_more_rounds' };
	const window = {
		periodIndex,
		opensAt: now,
		closesAt: new Date(now.getTime() + programme.roundLengthDays * DAY_MS)
	};
	return { ok: true, opened: await openRound(db, programme, window, 'hr', now) };
}

/**
 * Closes a round, in one transaction. Its results become final from here on: later features
 * compute their figures in this same transaction.
 */
export async function closeRound(trx: Db, round: Round, now: Date): Promise<void> {
	if (!trx.isTransaction) {
		return trx.transaction().execute((t) => closeRound(t, round, now));
	}
	// Before the round row is written: the close replaces the round's partitions.
	await lockPartitionChanges(trx);
	const closing = await trx
		.updateTable('pulse_rounds')
		.set({ status: 'closed', closed_at: now })
		.where('id', '=', round.id)
		.where('status', '=', 'open')
		.executeTakeFirst();
	// Only the close that ends the round rewrites its rows; running it again changes nothing.
	if (Number(closing.numUpdatedRows) === 1) {
		await createRoundPartitions(trx, round.id, { open: false });
		await rewriteClosingRound(trx, round.id);
	}
	// Results are rolled up once, here, and never change afterwards; the gate's cells are
	// published from them in the same transaction, so no reader ever gates or rolls up.
	await computeRollups(trx, round.id);
	await publishRound(trx, round.id);
	// Links in mail not yet sent are dead now: drop the bodies rather than keep live-looking links.
	await trx
		.updateTable('mail_outbox')
		.set({
			body_text: null,
			body_html: null,
			attempts: MAX_DELIVERY_ATTEMPTS,
			last_error: 'Not sent: the round closed first.'
		})
		.where('round_id', '=', round.id)
		.where('sent_at', 'is', null)
		.execute();
	const programme = await trx
		.selectFrom('pulse_programmes')
		.select(['cadence', 'status'])
		.where('id', '=', round.programmeId)
		.executeTakeFirst();
	if (programme?.cadence === 'once' && programme.status !== 'ended') {
		await setProgrammeStatus(trx, round.programmeId, 'ended');
	}
}

/** Rounds a person is invited to that are open now, for their home page. */
export async function openRoundsForPerson(db: Db, personId: string) {
	return db
		.selectFrom('invitations')
		.innerJoin('pulse_rounds', 'pulse_rounds.id', 'invitations.round_id')
		.innerJoin('pulse_programmes', 'pulse_programmes.id', 'pulse_rounds.programme_id')
		.select([
			'pulse_rounds.id as roundId',
			'pulse_programmes.name as programmeName',
			'pulse_rounds.closes_at as closesAt',
			'invitations.ballot_issued as ballotIssued'
		])
		.where('invitations.person_id', '=', personId)
		.where('pulse_rounds.status', '=', 'open')
		.orderBy('pulse_rounds.closes_at')
		.execute();
}
