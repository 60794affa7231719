import { addDepartment, addPerson } from './org-writes';
import { sql, type Kysely } from 'kysely';
import { expect } from 'vitest';
import type { Database } from '../../src/lib/server/db/schema';
import { setProvidersRatedBy } from '../../src/lib/server/org/service-map';
import { answer, closeTestRound, openTestRound, type TestRound } from './analytics-fixture';
import { randomRound, type RandomRound } from './random-round';

/**
 * A random organisation (random-round.ts) stored, answered and closed through the real paths:
 * departments and people, the service map, a round over the top departments, every answer.
 * People join just before the round, so every group counts as changed and is hidden, unless
 * `established`: then they joined long before, and the gate's own rules decide.
 */
export async function storeRandomRound(
	db: Kysely<Database>,
	seed: number,
	options: { established?: boolean } = {}
): Promise<{ round: RandomRound; test: TestRound; id: Map<string, string> }> {
	const round = randomRound(seed);
	const id = new Map<string, string>();
	// Codes and emails are unique per database, so the two kinds of one seed can share a file.
	const tag = options.established ? `${seed}e` : `${seed}`;
	for (const d of round.departments) {
		const created = await addDepartment(db, {
			code: `R${tag}-${d.id}`,
			name: `Random ${tag} ${d.id}`,
			parentId: d.parentId ? id.get(d.parentId)! : undefined
		});
		id.set(d.id, created.id);
		for (let i = 0; i < d.invited; i++) {
			await addPerson(db, {
				email: `r${tag}.${d.id}.${i}@org.test`,
				name: `Person ${tag} ${d.id} ${i}`,
				departmentId: created.id,
				locale: 'en'
			});
		}
	}
	if (options.established) {
		await db
			.updateTable('people')
			.set({ department_since: sql`current_date - 400` })
			.where('email', 'like', `r${tag}.%`)
			.execute();
	}
	for (const [consumer, providers] of round.serviceMap) {
		const set = await setProvidersRatedBy(
			db,
			null,
			id.get(consumer)!,
			[...providers].map((p) => id.get(p)!)
		);
		expect(set).toEqual({ ok: true });
	}
	const top = round.departments.filter((d) => !d.parentId).map((d) => id.get(d.id)!);
	const test = await openTestRound(db, top, round.k);
	for (const r of round.respondents) {
		await answer(db, test, id.get(r.department)!, {
			likert: r.morale[0],
			enps: r.enps,
			ratings: [...r.ratings].map(([p, score]) => ({ provider: id.get(p)!, score })),
			comment: r.comment ? 'A comment.' : undefined
		});
	}
	await closeTestRound(db, test);
	return { round, test, id };
}
