import { randomInt } from 'node:crypto';
import type { Insertable, Kysely } from 'kysely';
import type { CommentsTable, Database, InvitationsTable } from '../../src/lib/server/db/schema';
import { INTERNAL_SERVICE_REASONS } from '../../src/lib/domain/questions';
import { roundWindow } from '../../src/lib/domain/schedule';
import { scheduleOf, type Programme } from '../../src/lib/server/surveys/programmes';
import { computeRollups } from '../../src/lib/server/analytics/rollups';
import { publishRound } from '../../src/lib/server/analytics/publish';
import { createRoundPartitions } from '../../src/lib/server/surveys/answer-storage';
import { snapshotServiceMap } from '../../src/lib/server/surveys/round-service-map';
import { planRoundQuestions } from '../../src/lib/server/surveys/rounds';
import {
	DEPENDS_ON,
	demoRandom,
	likertFrom,
	moraleLatent,
	normal,
	providerQuality,
	scoreFrom,
	supportReceived
} from './demo-model';
import { demoCommentWriter } from './demo-comments';

const CHUNK = 1000;

async function insertChunks<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) {
	for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
}

/**
 * Answer rows in random order, as a close leaves them. Drawn from crypto, not the demo's seeded
 * random, so the demo's figures stay the same from one seed to the next.
 */
function shuffled<T>(rows: T[]): T[] {
	for (let i = rows.length - 1; i > 0; i--) {
		const j = randomInt(i + 1);
		[rows[i], rows[j]] = [rows[j], rows[i]];
	}
	return rows;
}

/**
 * Closed monthly rounds 0 … months-1 of `programme` with invitations and answers drawn from
 * the demo model: about 70% of people answer, each in their department as it is today.
 */
export async function seedDemoHistory(db: Kysely<Database>, programme: Programme, months: number) {
	const random = demoRandom();
	const writeComment = demoCommentWriter();
	const departments = await db.selectFrom('departments').select(['id', 'code']).execute();
	const codeOf = new Map(departments.map((d) => [d.id, d.code]));
	const idOf = new Map(departments.map((d) => [d.code, d.id]));
	const people = await db
		.selectFrom('people')
		.select(['id', 'department_id', 'locale'])
		.where('active', '=', true)
		.where('department_id', 'is not', null)
		.execute();
	const drivers = new Map(
		(await db.selectFrom('questions').select(['id', 'driver', 'kind']).execute()).map((q) => [
			q.id,
			q
		])
	);
	let responsesTotal = 0;

	for (let t = 0; t < months; t++) {
		const window = roundWindow(scheduleOf(programme), t)!;
		const round = await db
			.insertInto('pulse_rounds')
			.values({
				programme_id: programme.id,
				period_index: t,
				rotation_index: t,
				status: 'closed',
				opens_at: window.opensAt,
				closes_at: window.closesAt,
				closed_at: window.closesAt,
				invited_count: people.length
			})
			.returning('id')
			.executeTakeFirstOrThrow();
		await snapshotServiceMap(db, round.id);
		const questionIds = await planRoundQuestions(db, programme, t);
		await db
			.insertInto('round_questions')
			.values(
				questionIds.map((question_id, position) => ({ round_id: round.id, position, question_id }))
			)
			.execute();
		const questions = questionIds.map((id) => drivers.get(id)!);

		const invitations: Insertable<InvitationsTable>[] = [];
		const responses: { id: string; round_id: string; department_id: string }[] = [];
		const answers: { round_id: string; response_id: string; question_id: string; value: number }[] =
			[];
		const ratings: {
			round_id: string;
			response_id: string;
			provider_department_id: string;
			score: number;
			reasons: string[];
		}[] = [];
		const comments: Insertable<CommentsTable>[] = [];

		for (const person of people) {
			const code = codeOf.get(person.department_id!)!;
			const answered = random() < 0.66 + 0.08 * Math.tanh(moraleLatent(code, t));
			const opened = answered || random() < 0.12;
			invitations.push({
				round_id: round.id,
				person_id: person.id,
				department_id: person.department_id!,
				expires_at: window.closesAt,
				ballot_issued: opened,
				created_at: window.opensAt
			});
			if (!answered) continue;
			const responseId = crypto.randomUUID();
			responses.push({ id: responseId, round_id: round.id, department_id: person.department_id! });
			const personal = 0.45 * normal(random);
			const morale = moraleLatent(code, t) + personal;
			const latent: Record<string, number> = {
				internal_support: 0.6 * (supportReceived(code, t) - 6.6) + 0.5 * personal,
				morale,
				empowerment: 0.15 + 0.7 * morale,
				recognition: -0.1 + 0.35 * morale,
				workload: (code === 'LOG' && t >= 12 ? -0.6 : -0.15) + 0.25 * morale,
				manager_support: 0.05 + 0.5 * morale
			};
			for (const q of questions) {
				if (q.kind === 'likert') {
					answers.push({
						round_id: round.id,
						response_id: responseId,
						question_id: q.id,
						value: likertFrom(latent[q.driver] ?? 0, random)
					});
				} else if (q.kind === 'scale_0_10') {
					answers.push({
						round_id: round.id,
						response_id: responseId,
						question_id: q.id,
						value: scoreFrom(7 + 1.7 * morale, 1.6, random)
					});
				} else if (q.kind === 'internal_service') {
					for (const provider of DEPENDS_ON[code] ?? []) {
						if (random() > 0.6 || !idOf.has(provider)) continue;
						const score = scoreFrom(providerQuality(provider, t), 1.4, random);
						const chance = score >= 8 ? 0.35 : score >= 6 ? 0.12 : 0;
						const reasons = INTERNAL_SERVICE_REASONS.filter(() => random() < chance);
						ratings.push({
							round_id: round.id,
							response_id: responseId,
							provider_department_id: idOf.get(provider)!,
							score,
							reasons
						});
						if (random() < 0.04) {
							// The draw that once picked a fixed text keeps the answers' stream as it was.
							random();
							comments.push({
								round_id: round.id,
								department_id: person.department_id!,
								question_id: q.id,
								provider_department_id: idOf.get(provider)!,
								body: writeComment(score >= 7 ? 'provider.good' : 'provider.bad')
							});
						}
					}
				} else if (q.kind === 'comment' && random() < 0.12) {
					random();
					comments.push({
						round_id: round.id,
						department_id: person.department_id!,
						question_id: q.id,
						provider_department_id: null,
						body: writeComment(
							`${person.locale === 'es' ? 'es' : 'en'}.${morale >= 0 ? 'good' : 'bad'}`
						)
					});
				}
			}
		}
		// One transaction a round, as a close writes it: its rows share one transaction id.
		await db.transaction().execute(async (trx) => {
			await createRoundPartitions(trx, round.id, { open: false });
			await insertChunks(shuffled(invitations), (c) =>
				trx.insertInto('invitations').values(c).execute()
			);
			await insertChunks(shuffled(responses), (c) =>
				trx.insertInto('responses').values(c).execute()
			);
			await insertChunks(shuffled(answers), (c) => trx.insertInto('answers').values(c).execute());
			await insertChunks(shuffled(ratings), (c) =>
				trx.insertInto('service_ratings').values(c).execute()
			);
			await insertChunks(shuffled(comments), (c) => trx.insertInto('comments').values(c).execute());
			// Seeded rounds are inserted closed, so they get their rollups here rather than at closing.
			await computeRollups(trx, round.id);
			await publishRound(trx, round.id);
		});
		responsesTotal += responses.length;
	}
	return { rounds: months, responses: responsesTotal };
}
