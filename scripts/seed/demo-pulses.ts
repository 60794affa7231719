import type { Kysely } from 'kysely';
import type { Database } from '../../src/lib/server/db/schema';
import { DEFAULT_CORE_KEYS } from '../../src/lib/domain/questions';
import { formatDay } from '../../src/lib/domain/schedule';
import { createProgramme } from '../../src/lib/server/surveys/programmes';
import { runSchedulerTick } from '../../src/lib/server/surveys/scheduler';

/** A company-wide monthly pulse whose first round opens today, its invitations in the outbox. */
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
				startsOn: formatDay(now),
				roundLengthDays: 7,
				questionsPerRound: 8,
				coreQuestionKeys: [...DEFAULT_CORE_KEYS, 'comment.open'],
				reminderDays: [3, 5],
				departmentIds: topLevel.map((d) => d.id)
			},
			hr?.id ?? null
		)
	);
	const tick = await runSchedulerTick(db, now);
	return { programmeId: programme.id, openedRounds: tick.opened.length };
}
