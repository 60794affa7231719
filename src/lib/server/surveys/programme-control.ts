import type { Kysely } from 'kysely';
import type { Database } from '../db';
import { recordAudit } from '../audit/log';
import { recordChange } from '../audit/changes';
import type { AuditAction } from '../../domain/audit';
import {
	applyProgrammeCommand,
	type ProgrammeCommand,
	type StatusChange
} from '../../domain/programme-status';
import { getProgramme, setProgrammeStatus } from './programmes';
import { closeRound, openRoundNow, openRoundOf } from './rounds';

// What HR does to a programme by hand, each in one transaction that holds the programme's row,
// so that the scheduler (which claims the same rows) never acts on it at the same moment.

const AUDIT_ACTIONS: Record<ProgrammeCommand, AuditAction> = {
	pause: 'programme.paused',
	resume: 'programme.resumed',
	end: 'programme.ended'
};

export type ManualOpen =
	| { ok: true; invited: number }
	| {
			ok: false;
			reason: 'not_active' | 'round_open' | 'no_more_rounds' | 'no_audience' | 'gone';
	  };

/** Opens the programme's next round now, as the scheduler would on its day. */
export async function openRoundByHand(
	db: Kysely<Database>,
	actorId: string,
	programmeId: string,
	now: Date
): Promise<ManualOpen> {
	return db.transaction().execute(async (trx) => {
		const programme = await getProgramme(trx, programmeId, { lock: 'wait' });
		if (!programme) return { ok: false, reason: 'gone' };
		const result = await openRoundNow(trx, programme, now);
		if (!result.ok) return result;
		await recordAudit(trx, {
			actorId,
			action: 'programme.round_opened',
			entityType: 'programme',
			entityId: programme.id,
			entityLabel: programme.name,
			after: { invited: result.opened.invited }
		});
		return { ok: true, invited: result.opened.invited };
	});
}

/** Closes the programme's open round now; false when none is open. */
export async function closeRoundByHand(
	db: Kysely<Database>,
	actorId: string,
	programmeId: string,
	now: Date
): Promise<boolean> {
	return db.transaction().execute(async (trx) => {
		const programme = await getProgramme(trx, programmeId, { lock: 'wait' });
		const open = programme ? await openRoundOf(trx, programmeId) : null;
		if (!programme || !open) return false;
		await closeRound(trx, open, now);
		await recordAudit(trx, {
			actorId,
			action: 'programme.round_closed',
			entityType: 'programme',
			entityId: programme.id,
			entityLabel: programme.name
		});
		return true;
	});
}

/** Pauses, resumes or ends the programme; null when there is no such programme. */
export async function commandProgramme(
	db: Kysely<Database>,
	actorId: string,
	programmeId: string,
	command: ProgrammeCommand
): Promise<StatusChange | null> {
	return db.transaction().execute(async (trx) => {
		const programme = await getProgramme(trx, programmeId, { lock: 'wait' });
		if (!programme) return null;
		const change = applyProgrammeCommand(programme.status, command);
		if (!change.ok) return change;
		await setProgrammeStatus(trx, programme.id, change.status);
		await recordChange(trx, {
			actorId,
			action: AUDIT_ACTIONS[command],
			entityType: 'programme',
			entityId: programme.id,
			entityLabel: programme.name,
			before: { status: programme.status },
			after: { status: change.status }
		});
		return change;
	});
}
