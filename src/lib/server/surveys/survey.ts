import type { Db } from '../db';
import { hotStatement } from '../db/hot-statements';
import type { SnapshotQuestion, ProviderDepartment } from '../../domain/survey-answers';
import type { QuestionKind, QuestionTexts } from '../db/schema';
import { nonceHash, type Ballot } from './ballots';
import { roundQuestions } from './questions';
import { roundServiceMap } from './round-service-map';
import { providersAsked, type ServiceMap } from '../../domain/service-map';

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
/** The round as its survey page last read it, for the steps that follow within a minute. */
const lastRead = new Map<string, { at: number; round: Omit<SurveyRound, 'questions'> }>();
const LAST_READ_MS = 60_000;

export type SurveyTitle = Pick<SurveyRound, 'programmeName' | 'closesAt'>;
// Per database handle: one process serves one organisation, but tests open many databases.
const providerCache = new WeakMap<Db, { at: number; list: readonly ProviderDepartment[] }>();
const PROVIDER_CACHE_MS = 60_000;

/**
 * The round as its survey page shows it. Given a ballot, also whether it is spent, in the same
 * round trip: the page after a submit runs this, so the submit costs two statements in all.
 */
export async function loadSurveyRound(
	db: Db,
	roundId: string,
	ballot: Ballot | null = null
): Promise<(SurveyRound & { ballotSpent: boolean }) | null> {
	// Without a ballot, no nonce: nothing is spent.
	const [round] = await surveyRoundStatement(db, roundId, ballot ? nonceHash(ballot.nonce) : null);
	if (!round) return null;
	const { ballotSpent, ...readNow } = round;
	lastRead.set(roundId, { at: Date.now(), round: readNow });
	return {
		...round,
		ballotSpent: Boolean(ballotSpent),
		questions: await roundSnapshot(db, roundId)
	};
}

const surveyRoundStatement = hotStatement((db: Db, roundId: string, nonceHash: string | null) =>
	db
		.selectFrom('pulse_rounds')
		.innerJoin('pulse_programmes', 'pulse_programmes.id', 'pulse_rounds.programme_id')
		.crossJoin('org_settings')
		.select([
			'pulse_rounds.id',
			'pulse_rounds.status',
			'pulse_rounds.closes_at as closesAt',
			'pulse_programmes.name as programmeName',
			'pulse_programmes.k_scores as kScores',
			'pulse_programmes.k_comments as kComments',
			'org_settings.name as organisationName'
		])
		.select((eb) =>
			eb
				.exists(
					eb
						.selectFrom('spent_ballots')
						.select('spent_ballots.round_id')
						.whereRef('spent_ballots.round_id', '=', 'pulse_rounds.id')
						.where('spent_ballots.nonce_hash', '=', nonceHash)
				)
				.as('ballotSpent')
		)
		.where('pulse_rounds.id', '=', roundId)
);

/**
 * What the thank-you page after a submit shows of its round, from memory when read in the last
 * minute: the submit's own statement is then the only one its request runs.
 */
export async function surveyTitle(db: Db, roundId: string): Promise<SurveyTitle | null> {
	const cached = lastRead.get(roundId);
	if (cached && Date.now() - cached.at < LAST_READ_MS) return cached.round;
	return loadSurveyRound(db, roundId);
}

/**
 * The round for the survey's next step (the rating step, or the page again with a mistake to
 * mend), which follows the survey page by moments: as that page read it, from memory when read
 * in the last minute. Whether the ballot was spent or the round closed since is for the final
 * submit's own statement to find, as it does for every submit.
 */
export async function roundForNextStep(
	db: Db,
	roundId: string,
	ballot: Ballot
): Promise<(SurveyRound & { ballotSpent: boolean }) | null> {
	const cached = lastRead.get(roundId);
	if (cached && Date.now() - cached.at < LAST_READ_MS) {
		return { ...cached.round, ballotSpent: false, questions: await roundSnapshot(db, roundId) };
	}
	return loadSurveyRound(db, roundId, ballot);
}

/** The round's questions; read from the database once per process, as they never change. */
export async function roundSnapshot(db: Db, roundId: string): Promise<SurveyQuestion[]> {
	let questions = snapshots.get(roundId);
	if (!questions) {
		questions = (await roundQuestions(db, roundId)).map((q) => ({
			id: q.id,
			kind: q.kind,
			texts: q.texts,
			driver: q.driver
		}));
		// An unknown round has no questions; do not remember that, it may not exist yet.
		if (questions.length > 0) snapshots.set(roundId, questions);
	}
	return questions;
}

/**
 * Departments a respondent of a round may rate: those the round's service map asks their
 * department to rate, or, where the map leaves it free, every active department but their own.
 */
export async function providerDepartments(
	db: Db,
	roundId: string,
	ownDepartmentId: string
): Promise<readonly ProviderDepartment[]> {
	const [all, map] = await Promise.all([activeDepartments(db), serviceMapOfRound(db, roundId)]);
	let ofList = askedOf.get(all);
	if (!ofList) askedOf.set(all, (ofList = new Map()));
	const key = `${roundId}/${ownDepartmentId}`;
	let asked = ofList.get(key);
	if (!asked) ofList.set(key, (asked = Object.freeze(providersAsked(map, ownDepartmentId, all))));
	return asked;
}

// Each step of the survey needs the departments to rate: worked out once per round and
// department while the list of departments read is the same, and handed out as the same frozen
// list, which is what lets the survey's page be kept per list (surveys/direct.ts).
const askedOf = new WeakMap<
	readonly ProviderDepartment[],
	Map<string, readonly ProviderDepartment[]>
>();

// A round's map never changes once it has opened, so it is read once per process; the survey
// and its submit, the hot path, then need no statement for it.
const roundMaps = new Map<string, ServiceMap>();

async function serviceMapOfRound(db: Db, roundId: string): Promise<ServiceMap> {
	let map = roundMaps.get(roundId);
	if (!map) {
		map = await roundServiceMap(db, roundId);
		roundMaps.set(roundId, map);
	}
	return map;
}

async function activeDepartments(db: Db): Promise<readonly ProviderDepartment[]> {
	const cached = providerCache.get(db);
	if (cached && Date.now() - cached.at <= PROVIDER_CACHE_MS) return cached.list;
	const rows = await db
		.selectFrom('departments')
		.select(['id', 'name'])
		.where('archived_at', 'is', null)
		.orderBy('name')
		.execute();
	const list = Object.freeze(rows.map((row) => Object.freeze(row)));
	providerCache.set(db, { at: Date.now(), list });
	return list;
}
