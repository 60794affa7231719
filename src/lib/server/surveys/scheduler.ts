import type { Kysely } from 'kysely';
import type { Database } from '../db';
import { dueRound } from '../../domain/schedule';
import { isoDay } from '../../domain/dates';
import { deliverPendingMail } from '../mail/deliver';
import { mailTransportFromEnv } from '../mail/transport';
import { sendDueReminders } from './invitations';
import { audienceSize, getProgramme, scheduleOf } from './programmes';
import { tidyAnswerStorage } from './answer-storage';
import { closeRound, getRound, openRound } from './rounds';
import { flushOpenRounds } from './submission-batches';
import { sendDueReports } from '../reports/send';

export type TickReport = {
	opened: string[];
	closed: string[];
	reminders: number;
	/** Pending submissions moved into the answer tables in this pass. */
	flushed: number;
};

const CLAIM_BATCH = 20;

/** Closes every open round whose time is up. Rows are claimed, so instances never collide. */
export async function closeDueRounds(db: Kysely<Database>, now: Date): Promise<string[]> {
	const closed: string[] = [];
	for (;;) {
		const batch = await db.transaction().execute(async (trx) => {
			const due = await trx
				.selectFrom('pulse_rounds')
				.select('id')
				.where('status', '=', 'open')
				.where('closes_at', '<=', now)
				.orderBy('closes_at')
				.limit(CLAIM_BATCH)
				.forUpdate()
				.skipLocked()
				.execute();
			for (const { id } of due) {
				const round = await getRound(trx, id);
				if (round) await closeRound(trx, round, now);
			}
			return due.map((r) => r.id);
		});
		closed.push(...batch);
		if (batch.length < CLAIM_BATCH) return closed;
	}
}

/** Opens the round each active programme is due to have. Idempotent; safe to run anywhere. */
export async function openDueRounds(db: Kysely<Database>, now: Date): Promise<string[]> {
	const candidates = await db
		.selectFrom('pulse_programmes')
		.select('id')
		.where('status', '=', 'active')
		.where('starts_on', '<=', isoDay(now))
		.execute();
	const opened: string[] = [];
	for (const { id } of candidates) {
		const roundId = await openDueRound(db, id, now).catch((err) => {
			// One programme failing (a race lost to the unique index, bad data) must not stop the rest.
			console.error(`scheduler: programme ${id}:`, err instanceof Error ? err.message : err);
			return null;
		});
		if (roundId) opened.push(roundId);
	}
	return opened;
}

function openDueRound(db: Kysely<Database>, id: string, now: Date): Promise<string | null> {
	return db.transaction().execute(async (trx) => {
		// Whoever holds the programme row decides for it; other instances skip it this tick.
		const programme = await getProgramme(trx, id, { lock: 'skip' });
		if (!programme || programme.status !== 'active') return null;
		const window = dueRound(scheduleOf(programme), now);
		if (!window) return null;
		const existing = await trx
			.selectFrom('pulse_rounds')
			.select(['id', 'period_index', 'status'])
			.where('programme_id', '=', id)
			.where((eb) =>
				eb.or([eb('period_index', '>=', window.periodIndex), eb('status', '=', 'open')])
			)
			.executeTakeFirst();
		if (existing) return null;
		if ((await audienceSize(trx, programme.departmentIds)) === 0) return null;
		const { round } = await openRound(trx, programme, window, 'scheduler', now);
		return round.id;
	});
}

/**
 * One pass of the scheduler: close, batch the pending submissions of open rounds, open, remind,
 * then tidy what closes and batches left behind. Running it twice does nothing twice.
 */
export async function runSchedulerTick(
	db: Kysely<Database>,
	now = new Date()
): Promise<TickReport> {
	const closed = await closeDueRounds(db, now);
	const flushed = await flushOpenRounds(db, now);
	const opened = await openDueRounds(db, now);
	const reminders = await sendDueReminders(db, now);
	// A report that fails to build must not hold up the survey work; it is retried next pass.
	await sendDueReports(db, now).catch((err) => {
		console.error('scheduler: reports:', err instanceof Error ? err.message : err);
	});
	await tidyAnswerStorage(db);
	return { opened, closed, reminders, flushed };
}

export type SchedulerHandle = { stop(): Promise<void> };

/**
 * Runs the scheduler and mail delivery every `intervalMs` in this process. Several app
 * instances may each run one; the database claims keep their work apart.
 */
export function startScheduler(db: Kysely<Database>, intervalMs: number): SchedulerHandle {
	const transport = mailTransportFromEnv();
	let running: Promise<void> | null = null;
	let stopped = false;
	const pass = async () => {
		try {
			const report = await runSchedulerTick(db);
			if (report.opened.length || report.closed.length || report.reminders) {
				console.log(
					`scheduler: opened ${report.opened.length}, closed ${report.closed.length} round(s), ` +
						`queued ${report.reminders} reminder(s)`
				);
			}
			if (transport) await deliverPendingMail(db, transport);
		} catch (err) {
			console.error('scheduler: pass failed:', err instanceof Error ? err.message : err);
		}
	};
	const run = () => {
		if (stopped || running) return;
		running = pass().finally(() => {
			running = null;
		});
	};
	const timer = setInterval(run, intervalMs);
	timer.unref();
	run();
	return {
		async stop() {
			stopped = true;
			clearInterval(timer);
			await running;
			transport?.close();
		}
	};
}

/** SCHEDULER=off leaves the work to other instances; SCHEDULER_INTERVAL_SECONDS sets the pace. */
export function schedulerFromEnv(
	db: Kysely<Database>,
	env: NodeJS.ProcessEnv = process.env
): SchedulerHandle | null {
	if (env.SCHEDULER === 'off') return null;
	const seconds = Number(env.SCHEDULER_INTERVAL_SECONDS ?? 60);
	return startScheduler(db, Math.max(1, Number.isFinite(seconds) ? seconds : 60) * 1000);
}
