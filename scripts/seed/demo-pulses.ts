import type { Kysely } from 'kysely';
import type { Database } from '../../src/lib/server/db/schema';
import { DEFAULT_CORE_KEYS } from '../../src/lib/domain/questions';
import { isoDay } from '../../src/lib/domain/dates';
import { createProgramme } from '../../src/lib/server/surveys/programmes';
import { runSchedulerTick } from '../../src/lib/server/surveys/scheduler';
import { seedDemoExternal } from './demo-external';
import { seedDemoHistory } from './demo-history';

export const DEMO_HISTORY_MONTHS = 24;

/**
 * A company-wide monthly pulse that began two years ago: 24 closed rounds with answers, and the
 * current round opening today with its invitations in the outbox.
 */
export async function seedDemoPulse(db: Kysely<Database>, now = new Date()) {
	const topLevel = await db
		.selectFrom('departments')
		.select('id')
		.where('parent_id', 'is', null)
		.where('archived_at', 'is', null)
		.execute();
	const hr = await db
		.selectFrom('people')
		.select('id')
		.where('email', '=', 'hr@demo.test')
		.executeTakeFirst();
	const programme = await db.transaction().execute((trx) =>
		createProgramme(
			trx,
			{
				name: 'Monthly pulse',
				cadence: 'monthly',
				startsOn: isoDay(monthsBefore(now, DEMO_HISTORY_MONTHS)),
				roundLengthDays: 7,
				questionsPerRound: 8,
				coreQuestionKeys: [...DEFAULT_CORE_KEYS, 'comment.open'],
				reminderDays: [3, 5],
				departmentIds: topLevel.map((d) => d.id)
			},
			hr?.id ?? null
		)
	);
	const history = await seedDemoHistory(db, programme, DEMO_HISTORY_MONTHS);
	const external = await seedDemoExternal(db, programme, DEMO_HISTORY_MONTHS);
	const tick = await runSchedulerTick(db, now);
	return {
		programmeId: programme.id,
		openedRounds: tick.opened.length,
		externalFigures: external.figures,
		...history
	};
}

function monthsBefore(date: Date, months: number): Date {
	const day = date.getUTCDate();
	const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() - months, 1));
	const lastDay = new Date(
		Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)
	).getUTCDate();
	return new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(day, lastDay)));
}
