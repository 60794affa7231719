import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../helpers/db';
import { storeRandomRound } from '../helpers/random-round-db';
import { attackRound, type PublicFacts } from '../helpers/random-round';
import {
	findClosedRound,
	loadParticipation,
	loadScores
} from '../../src/lib/server/analytics/round-data';
import { roundTables } from '../../src/lib/server/gate/round-tables';
import { thresholds } from '../../src/lib/server/gate/gated-table';
import { roundServiceMap } from '../../src/lib/server/surveys/round-service-map';

// The attacker of tests/unit/gate-attacker.test.ts on a few random organisations stored, answered
// and closed through the real paths, on PGlite or on the PostgreSQL of TEST_DATABASE_URL.

const db = useTestDatabase();
const SEEDS = [11, 23, 42];

describe('the gate against an exact attacker, through the database', () => {
	// Newcomers make the gate hide whole groups for `group_changed`; established people leave
	// the gate's own k rules and complementary suppression to decide, which is what is attacked.
	for (const [seed, established] of SEEDS.flatMap(
		(s) =>
			[
				[s, false],
				[s, true]
			] as const
	)) {
		const who = established ? 'established people' : 'newcomers';
		it(`gives nothing away for random organisation ${seed} of ${who}`, async () => {
			const { test } = await storeRandomRound(db(), seed, { established });
			const found = await findClosedRound(db(), test.round.id);
			if (found.status !== 'closed') throw new Error(found.status);
			const tables = await roundTables(db(), found.round);
			const { tree } = tables;
			const participation = await loadParticipation(db(), found.round, tree);
			const scores = await loadScores(db(), found.round, tree);
			const facts: PublicFacts = {
				invited: new Map(
					tree.order.map((d) => [d, participation.get(tree.ownMembers(d))?.invited ?? 0])
				),
				items: new Map(
					[...scores].map(([measure, stats]) => [
						measure,
						Math.max(...[...stats.values()].map((s) => Math.ceil(s.answers / s.respondents)))
					])
				),
				providers: tree.order,
				serviceMap: await roundServiceMap(db(), found.round.id),
				k: thresholds(found.round.kScores, found.round.kComments)
			};
			const findings = attackRound(facts, {
				tree,
				pooled: await tables.pooledOwnMembers(),
				participation: await tables.participation(),
				comments: await tables.comments(),
				scores: await tables.scores(),
				items: await tables.items(),
				service: await tables.service()
			});
			expect(findings).toEqual([]);
		}, 300_000);
	}
});
