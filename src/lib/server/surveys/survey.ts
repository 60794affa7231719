import type { Db } from '../db';
import type { SnapshotQuestion, ProviderDepartment } from '../../domain/survey-answers';
import type { QuestionKind, QuestionTexts } from '../db/schema';
import { roundQuestions } from './questions';

export type SurveyQuestion = SnapshotQuestion & {
	kind: QuestionKind;
	texts: QuestionTexts;
	driver: string;
};

export type SurveyRound = {
	id: string;
	programmeName: string;
	status: 'open' | 'closed';
	closesAt: Date;
	kScores: number;
	kComments: number;
	organisationName: string;
	questions: SurveyQuestion[];
};

// A round's questions never change once it has opened, so they are read once per process.
const snapshots = new Map<string, SurveyQuestion[]>();
let providerCache: { at: number; list: ProviderDepartment[] } | null = null;
const PROVIDER_CACHE_MS = 60_000;

export async function loadSurveyRound(db: Db, roundId: string): Promise<SurveyRound | null> {
	const round = await db
		.selectFrom('pulse_rounds')
		.innerJoin('pulse_programmes', 'pulse_programmes.id', 'pulse_rounds.programme_id')
		.select([
			'pulse_rounds.id',
			'pulse_rounds.status',
			'pulse_rounds.closes_at as closesAt',
			'pulse_programmes.name as programmeName',
			'pulse_programmes.k_scores as kScores',
			'pulse_programmes.k_comments as kComments'
		])
		.where('pulse_rounds.id', '=', roundId)
		.executeTakeFirst();
	if (!round) return null;
	let questions = snapshots.get(roundId);
	if (!questions) {
		questions = (await roundQuestions(db, roundId)).map((q) => ({
			id: q.id,
			kind: q.kind,
			texts: q.texts,
			driver: q.driver
		}));
		snapshots.set(roundId, questions);
	}
	const organisation = await db.selectFrom('org_settings').select('name').executeTakeFirst();
	return { ...round, organisationName: organisation?.name ?? '', questions };
}

/** Departments a respondent may rate: every active department but their own. */
export async function providerDepartments(
	db: Db,
	ownDepartmentId: string
): Promise<ProviderDepartment[]> {
	if (!providerCache || Date.now() - providerCache.at > PROVIDER_CACHE_MS) {
		const list = await db
			.selectFrom('departments')
			.select(['id', 'name'])
			.where('archived_at', 'is', null)
			.orderBy('name')
			.execute();
		providerCache = { at: Date.now(), list };
	}
	return providerCache.list.filter((d) => d.id !== ownDepartmentId);
}
