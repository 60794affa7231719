import { PGlite } from '@electric-sql/pglite';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabaseHandle } from '../helpers/db';
import { attackRound, type PublicFacts } from '../helpers/random-round';
import { seedDemoOrg } from '../../scripts/seed/demo-org';
import { seedDemoPulse } from '../../scripts/seed/demo-pulses';
import { databaseOnPglite, pgliteOptions } from '../../src/lib/server/db/connection';
import { migrateToLatest } from '../../src/lib/server/db/migrate';
import type { Database } from '../../src/lib/server/db/schema';
import { departmentHealth } from '../../src/lib/server/analytics/health';
import { orgHeatmap } from '../../src/lib/server/analytics/heatmap';
import { internalServiceMatrix } from '../../src/lib/server/analytics/matrix';
import { trendTable } from '../../src/lib/server/analytics/trend';
import {
	listClosedRounds,
	loadParticipation,
	loadScores
} from '../../src/lib/server/analytics/round-data';
import { roundTables } from '../../src/lib/server/gate/round-tables';
import { thresholds } from '../../src/lib/server/gate/gated-table';
import { roundServiceMap } from '../../src/lib/server/surveys/round-service-map';

// The demo organisation, two years of monthly rounds, on the test database and on a second,
// embedded one: ids differ, the published documents may not. And the exact attacker of
// tests/unit/gate-attacker.test.ts, run on everything the gate lets out of every round.

const handle = useTestDatabaseHandle();
const db = () => handle().db;
let other: Kysely<Database>;
const ALL = { kind: 'all' } as const;

beforeAll(async () => {
	other = databaseOnPglite(new PGlite(pgliteOptions));
	await migrateToLatest(other);
	for (const target of [db(), other]) {
		await seedDemoOrg(target);
		await seedDemoPulse(target);
	}
}, 600_000);

afterAll(async () => {
	await other?.destroy();
});

/** Every document HR reads, per round, with department ids as codes and round ids as indexes. */
async function published(target: Kysely<Database>): Promise<unknown> {
	const departments = await target.selectFrom('departments').select(['id', 'code']).execute();
	const rounds = await listClosedRounds(target, {});
	const programmes = await target.selectFrom('pulse_programmes').select(['id', 'name']).execute();
	const names = new Map<string, string>([
		...programmes.map((p) => [p.id, `programme:${p.name}`] as [string, string]),
		...departments.map((d) => [d.id, `dept:${d.code}`] as [string, string]),
		...rounds.map((r) => [r.id, `round:${r.periodIndex}`] as [string, string])
	]);
	const documents: unknown[] = [];
	for (const round of rounds) {
		const health = [];
		for (const d of departments) {
			const result = await departmentHealth(target, d.id, round.id);
			// Comments are shuffled on every read; whether they are shown is what counts.
			if (result.ok) {
				health.push({
					...result.data,
					comments: 'value' in result.data.comments ? result.data.comments.value.length : null,
					serviceComments:
						'value' in result.data.serviceComments ? result.data.serviceComments.value.length : null
				});
			}
		}
		documents.push({
			heatmap: await orgHeatmap(target, round.id, ALL),
			matrix: await internalServiceMatrix(target, round.id, ALL),
			health
		});
	}
	documents.push(await trendTable(target, null, {}));
	for (const d of departments) documents.push(await trendTable(target, d.id, {}));
	const text = JSON.stringify(documents, (_, value) =>
		typeof value === 'string' && names.has(value) ? names.get(value) : value
	);
	return JSON.parse(
		text.replace(/"([0-9a-f-]{36})":/g, (match, id: string) =>
			names.has(id) ? `"${names.get(id)}":` : match
		)
	);
}

describe('the gate on the demo organisation', () => {
	it('publishes the same documents on every database, ids aside', async () => {
		const here = await published(db());
		const there = await published(other);
		expect(JSON.stringify(here)).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
		// Compared as text: a difference deep in thousands of cells is found with a diff tool.
		expect(JSON.stringify(here) === JSON.stringify(there)).toBe(true);
	}, 600_000);

	it('gives nothing away to an exact attacker, in any of its rounds', async () => {
		const rounds = await listClosedRounds(db(), {});
		expect(rounds.length).toBe(24);
		for (const round of rounds) {
			const tables = await roundTables(db(), round);
			const { tree } = tables;
			const participation = await loadParticipation(db(), round, tree);
			const scores = await loadScores(db(), round, tree);
			const items = new Map(
				[...scores].map(([measure, stats]) => [
					measure,
					Math.max(...[...stats.values()].map((s) => Math.ceil(s.answers / s.respondents)))
				])
			);
			const facts: PublicFacts = {
				invited: new Map(
					tree.order.map((id) => [id, participation.get(tree.ownMembers(id))?.invited ?? 0])
				),
				items,
				providers: tree.order,
				serviceMap: await roundServiceMap(db(), round.id),
				k: thresholds(round.kScores, round.kComments)
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
			expect(findings, `round ${round.periodIndex}`).toEqual([]);
		}
	}, 600_000);
});
