import { inTransaction } from '../db/transaction';
import type { Db } from '../db';
import type { Cadence, ProgrammeStatus } from '../db/schema';
import type { ScheduleSettings } from '../../domain/schedule';

export type Programme = {
	id: string;
	name: string;
	status: ProgrammeStatus;
	cadence: Cadence;
	startsOn: string;
	roundLengthDays: number;
	questionsPerRound: number;
	coreQuestionKeys: string[];
	reminderDays: number[];
	kScores: number;
	kComments: number;
	departmentIds: string[];
};

export type NewProgramme = Omit<Programme, 'id' | 'status' | 'kScores' | 'kComments'>;

const programmeColumns = [
	'pulse_programmes.id',
	'pulse_programmes.name',
	'pulse_programmes.status',
	'pulse_programmes.cadence',
	'pulse_programmes.starts_on as startsOn',
	'pulse_programmes.round_length_days as roundLengthDays',
	'pulse_programmes.questions_per_round as questionsPerRound',
	'pulse_programmes.core_question_keys as coreQuestionKeys',
	'pulse_programmes.reminder_days as reminderDays',
	'pulse_programmes.k_scores as kScores',
	'pulse_programmes.k_comments as kComments'
] as const;

export function scheduleOf(programme: Programme): ScheduleSettings {
	return {
		startsOn: programme.startsOn,
		cadence: programme.cadence,
		roundLengthDays: programme.roundLengthDays
	};
}

/** Creates a programme; its anonymity thresholds are copied from the organisation settings. */
export async function createProgramme(
	db: Db,
	input: NewProgramme,
	createdBy: string | null
): Promise<Programme> {
	return inTransaction(db, async (db) => {
		const settings = await db
			.selectFrom('org_settings')
			.select(['k_scores', 'k_comments'])
			.executeTakeFirstOrThrow();
		const row = await db
			.insertInto('pulse_programmes')
			.values({
				name: input.name,
				cadence: input.cadence,
				starts_on: input.startsOn,
				round_length_days: input.roundLengthDays,
				questions_per_round: input.questionsPerRound,
				core_question_keys: input.coreQuestionKeys,
				reminder_days: input.reminderDays,
				k_scores: settings.k_scores,
				k_comments: settings.k_comments,
				created_by: createdBy
			})
			.returning('id')
			.executeTakeFirstOrThrow();
		await db
			.insertInto('pulse_programme_departments')
			.values(input.departmentIds.map((department_id) => ({ programme_id: row.id, department_id })))
			.execute();
		return (await getProgramme(db, row.id)) as Programme;
	});
}

async function withDepartments(
	db: Db,
	rows: Omit<Programme, 'departmentIds'>[]
): Promise<Programme[]> {
	if (rows.length === 0) return [];
	const links = await db
		.selectFrom('pulse_programme_departments')
		.select(['programme_id', 'department_id'])
		.where(
			'programme_id',
			'in',
			rows.map((r) => r.id)
		)
		.execute();
	return rows.map((r) => ({
		...r,
		departmentIds: links.filter((l) => l.programme_id === r.id).map((l) => l.department_id)
	}));
}

export async function getProgramme(db: Db, id: string, options: { lock?: 'wait' | 'skip' } = {}) {
	let query = db.selectFrom('pulse_programmes').select(programmeColumns).where('id', '=', id);
	if (options.lock === 'wait') query = query.forUpdate();
	if (options.lock === 'skip') query = query.forUpdate().skipLocked();
	const row = await query.executeTakeFirst();
	if (!row) return null;
	return (await withDepartments(db, [row]))[0];
}

export async function listProgrammes(db: Db, options: { status?: ProgrammeStatus[] } = {}) {
	let query = db
		.selectFrom('pulse_programmes')
		.select(programmeColumns)
		.orderBy('pulse_programmes.created_at', 'desc');
	if (options.status) query = query.where('status', 'in', options.status);
	return withDepartments(db, await query.execute());
}

export async function setProgrammeStatus(db: Db, id: string, status: ProgrammeStatus) {
	await db
		.updateTable('pulse_programmes')
		.set({ status, updated_at: new Date() })
		.where('id', '=', id)
		.execute();
}

/** Active people in the programme's department subtrees, with the department they sit in. */
export async function audienceOf(db: Db, programmeId: string) {
	return db
		.selectFrom('people')
		.innerJoin('department_closure as c', 'c.descendant_id', 'people.department_id')
		.innerJoin('pulse_programme_departments as a', 'a.department_id', 'c.ancestor_id')
		.select([
			'people.id',
			'people.name',
			'people.email',
			'people.locale',
			'people.department_id as departmentId',
			'people.department_since as departmentSince'
		])
		.distinct()
		.where('a.programme_id', '=', programmeId)
		.where('people.active', '=', true)
		.execute() as Promise<
		{
			id: string;
			name: string;
			email: string;
			locale: string;
			departmentId: string;
			departmentSince: Date;
		}[]
	>;
}

export async function audienceSize(db: Db, departmentIds: readonly string[]): Promise<number> {
	if (departmentIds.length === 0) return 0;
	const row = await db
		.selectFrom('people')
		.innerJoin('department_closure as c', 'c.descendant_id', 'people.department_id')
		.select((eb) => eb.fn.count<string>('people.id').distinct().as('n'))
		.where('c.ancestor_id', 'in', departmentIds)
		.where('people.active', '=', true)
		.executeTakeFirstOrThrow();
	return Number(row.n);
}
