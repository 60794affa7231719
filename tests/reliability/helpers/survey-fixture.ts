import { addDepartment, addPerson } from '../../helpers/org-writes';
import type { Kysely } from 'kysely';
import { DEFAULT_CORE_KEYS } from '../../../src/lib/domain/questions';
import { hashPassword } from '../../../src/lib/server/auth/password';
import { openDatabase } from '../../../src/lib/server/db/connection';
import { migrateToLatest } from '../../../src/lib/server/db/migrate';
import type { Database } from '../../../src/lib/server/db/schema';
import { createProgramme } from '../../../src/lib/server/surveys/programmes';
import { openRoundNow } from '../../../src/lib/server/surveys/rounds';

export const HR_EMAIL = 'hr@load.test';
export const HR_PASSWORD = 'reliability-hr-password';

export type SurveyFixture = {
	roundId: string;
	/** Invitation link paths (`/s/<token>`), as mailed; one per person. */
	links: string[];
	departmentIds: string[];
};

const INSERT_CHUNK = 1000;

/**
 * Migrates the database at `url` and gives it an organisation of `people` employees in
 * `departments` departments (two levels), an HR account, and a pulse with a round open now,
 * whose invitations wait in the outbox. The links are read from the mail, as a person would.
 */
export async function prepareSurvey(
	url: string,
	sizes: { people: number; departments: number },
	origin: string
): Promise<SurveyFixture> {
	const previousOrigin = process.env.ORIGIN;
	process.env.ORIGIN = origin;
	const db = openDatabase({ kind: 'postgres', url, maxConnections: 2 });
	try {
		await migrateToLatest(db);
		const departmentIds = await createDepartments(db, sizes.departments);
		await createPeople(db, sizes.people, departmentIds);
		await addPerson(db, {
			email: HR_EMAIL,
			name: 'Load Test HR',
			departmentId: departmentIds[0],
			role: 'hr',
			passwordHash: await hashPassword(HR_PASSWORD)
		});
		const tops = await db
			.selectFrom('departments')
			.select('id')
			.where('parent_id', 'is', null)
			.execute();
		const programme = await createProgramme(
			db,
			{
				name: 'Reliability pulse',
				cadence: 'monthly',
				startsOn: new Date().toISOString().slice(0, 10),
				roundLengthDays: 7,
				questionsPerRound: 8,
				coreQuestionKeys: [...DEFAULT_CORE_KEYS, 'comment.open'],
				reminderDays: [],
				departmentIds: tops.map((t) => t.id)
			},
			null
		);
		const opened = await openRoundNow(db, programme, new Date());
		if (!opened.ok) throw new Error(`could not open a round: ${opened.reason}`);
		const roundId = opened.opened.round.id;
		const mails = await db
			.selectFrom('mail_outbox')
			.select('body_text')
			.where('round_id', '=', roundId)
			.where('kind', '=', 'invitation')
			.execute();
		const links = mails.map(({ body_text }) => {
			const match = /https?:\/\/[^\s/]+(\/s\/[a-z2-7]{32})/.exec(body_text ?? '');
			if (!match) throw new Error(`no invitation link in: ${body_text}`);
			return match[1];
		});
		return { roundId, links, departmentIds };
	} finally {
		await db.destroy();
		if (previousOrigin === undefined) delete process.env.ORIGIN;
		else process.env.ORIGIN = previousOrigin;
	}
}

export async function createDepartments(db: Kysely<Database>, count: number): Promise<string[]> {
	const topCount = Math.max(1, Math.round(count / 10));
	const ids: string[] = [];
	for (let i = 0; i < count; i++) {
		const parentId = i < topCount ? null : ids[i % topCount];
		const department = await addDepartment(db, {
			code: `D${i}`,
			name: `Department ${i}`,
			parentId,
			kind: i % 3 === 0 ? 'customer_facing' : 'internal'
		});
		ids.push(department.id);
	}
	return ids;
}

export async function createPeople(db: Kysely<Database>, count: number, departmentIds: string[]) {
	for (let start = 0; start < count; start += INSERT_CHUNK) {
		const rows = [];
		for (let i = start; i < Math.min(count, start + INSERT_CHUNK); i++) {
			rows.push({
				email: `person${i}@load.test`,
				name: `Person ${i}`,
				department_id: departmentIds[i % departmentIds.length],
				locale: i % 5 === 0 ? 'es' : 'en'
			});
		}
		await db.insertInto('people').values(rows).execute();
	}
}
