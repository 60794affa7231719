// The privacy gate on the demo organisation: per department, the rounds its figures are shown
// in, under the earlier gate and under the one in force (with both costs it can weigh hidden
// groups by); the share of groups of at least k respondents hidden; per round, how many
// providers rated by at least k show their internal NPS received; the share of matrix cells
// shown by departments and by divisions. Run: npx tsx scripts/gate-figures.ts
import { PGlite } from '@electric-sql/pglite';
import { databaseOnPglite, pgliteOptions } from '../src/lib/server/db/connection';
import { migrateToLatest } from '../src/lib/server/db/migrate';
import { treeGroupKeys } from '../src/lib/domain/reporting-groups';
import { pooledOwnMembers, withoutPooled } from '../src/lib/server/gate/pooling';
import { gateTable, thresholds } from '../src/lib/server/gate/gated-table';
import {
	aggregatesFirstCost,
	gateGroups,
	respondentsCost,
	type CostOf
} from '../src/lib/server/gate/group-gate';
import {
	listClosedRounds,
	loadItems,
	loadParticipation,
	loadScores,
	loadService,
	loadTree
} from '../src/lib/server/analytics/round-data';
import { loadChangedGroups } from '../src/lib/server/analytics/group-changes';
import { gateRoundGroups, gateRoundService } from '../src/lib/server/gate/round-gate';
import { COMPANY, serviceKey } from '../src/lib/domain/reporting-groups';
import {
	answerClasses,
	participationWithout,
	scoreWithout
} from '../src/lib/server/analytics/cell-values';
import { internalServiceMatrix } from '../src/lib/server/analytics/matrix';
import { roundServiceMap } from '../src/lib/server/surveys/round-service-map';
import { isShown } from '../src/lib/server/gate/cells';
import { seedDemoOrg } from './seed/demo-org';
import { seedDemoPulse } from './seed/demo-pulses';

const db = databaseOnPglite(new PGlite(pgliteOptions));
await migrateToLatest(db);
await seedDemoOrg(db);
await seedDemoPulse(db);
const codes = new Map(
	(await db.selectFrom('departments').select(['id', 'code']).execute()).map((d) => [d.id, d.code])
);
const label = (key: string) => {
	const id = key.slice(key.indexOf(':') + 1);
	return key === 'company'
		? 'company'
		: `${codes.get(id)}${key.startsWith('direct:') ? '/own' : ''}`;
};

const rounds = await listClosedRounds(db, {});
const shownRounds = new Map<string, Record<string, number>>();
const hiddenAmongLarge: Record<string, [number, number]> = {};
type Variant = { cost: CostOf; pool: boolean } | null;
const providerTotals: string[] = [];
const inForce: [number, number] = [0, 0];
const variants: Record<string, Variant> = {
	before: null,
	respondents: { cost: respondentsCost, pool: false },
	aggregatesFirst: { cost: aggregatesFirstCost, pool: false },
	pooled: { cost: aggregatesFirstCost, pool: true }
};
for (const round of rounds) {
	const tree = await loadTree(db, round);
	const loadedParticipation = await loadParticipation(db, round, tree);
	const loadedScores = await loadScores(db, round, tree);
	const k = thresholds(round.kScores, round.kComments).kScores;
	const pooled = pooledOwnMembers(
		tree,
		new Map([...loadedParticipation].map(([key, s]) => [key, s.invited])),
		k
	);
	const ks = thresholds(round.kScores, round.kComments);
	const changed = await loadChangedGroups(db, round, tree);
	const loadedItems = await loadItems(db, round, tree);
	const groups = gateRoundGroups(tree, loadedParticipation, loadedScores, ks, changed, loadedItems);
	// The gate in force, items and all (the variants below compare the pattern on drivers only).
	for (const [key, s] of loadedParticipation) {
		const id = key.slice(key.indexOf(':') + 1);
		if (key.startsWith('direct:') && groups.pooled.has(id)) continue;
		if (s.responded < k) continue;
		inForce[1] += 1;
		if (!groups.pattern.isShown(key)) inForce[0] += 1;
	}
	const loadedService = await loadService(db, round, tree);
	const map = await roundServiceMap(db, round.id);
	const service = gateRoundService(tree, groups, loadedService, ks, map).cells;
	const rated = tree.order.filter(
		(p) => (loadedService.get(serviceKey(COMPANY, p))?.respondents ?? 0) >= k
	);
	const totalsShown = rated.filter((p) => service.isShown(serviceKey(COMPANY, p))).length;
	providerTotals.push(`${round.closesOn}: ${totalsShown} of ${rated.length}`);
	for (const [name, variant] of Object.entries(variants)) {
		const pool = variant?.pool ? pooled : new Set<string>();
		const participation = withoutPooled(loadedParticipation, pool, participationWithout);
		const scores = new Map(
			[...loadedScores].map(([m, stats]) => [m, withoutPooled(stats, pool, scoreWithout)])
		);
		const measures = new Map(
			[...scores].map(([m, stats]) => [
				m,
				new Map(
					[...stats].map(([key, s]) => [
						key,
						{ respondents: s.respondents, answers: s.answers, classes: answerClasses(s.histogram) }
					])
				)
			])
		);
		const invited = new Map([...participation].map(([key, s]) => [key, s.invited]));
		const responded = new Map([...participation].map(([key, s]) => [key, s.responded]));
		let isShown: (key: string) => boolean;
		if (variant === null) {
			const tables = [...scores.values()].map((stats) =>
				gateTable(stats, (s) => s.respondents, tree.relations, k)
			);
			isShown = (key) => tables.every((t) => t.isShown(key));
		} else {
			const pattern = gateGroups(tree, { invited, responded, measures }, k, {
				cost: variant.cost,
				pooled: pool
			});
			isShown = pattern.isShown;
		}
		const tally = (hiddenAmongLarge[name] ??= [0, 0]);
		for (const key of treeGroupKeys(tree)) {
			const row = shownRounds.get(label(key)) ?? {};
			row[name] = (row[name] ?? 0) + (isShown(key) ? 1 : 0);
			shownRounds.set(label(key), row);
			const id = key.slice(key.indexOf(':') + 1);
			if (key.startsWith('direct:') && pool.has(id)) continue;
			if ((responded.get(key) ?? 0) >= k) {
				tally[1] += 1;
				if (!isShown(key)) tally[0] += 1;
			}
		}
	}
}
console.log(`closed rounds: ${rounds.length}`);
console.log(['group', ...Object.keys(variants)].join('\t'));
for (const [group, row] of shownRounds) {
	console.log([group.padEnd(8), ...Object.keys(variants).map((v) => row[v] ?? 0)].join('\t'));
}
for (const [name, [hidden, large]] of Object.entries(hiddenAmongLarge)) {
	console.log(
		`${name}: ${hidden} of ${large} group-rounds with at least k respondents hidden (${((100 * hidden) / large).toFixed(1)}%)`
	);
}
console.log(
	`in force (drivers, eNPS and items): ${inForce[0]} of ${inForce[1]} group-rounds with at least k respondents hidden (${((100 * inForce[0]) / inForce[1]).toFixed(1)}%)`
);
console.log(
	`providers rated by at least k whose total (internal NPS received) is shown, per round:\n  ${providerTotals.join('\n  ')}`
);
// Matrix cells: shown among the pairs whose people were asked (the service map's), and among all.
const percent = (a: number, b: number) => `${((100 * a) / Math.max(b, 1)).toFixed(1)}%`;
for (const consumers of ['departments', 'divisions'] as const) {
	const sums = { shown: 0, asked: 0, all: 0 };
	for (const round of rounds) {
		const matrix = await internalServiceMatrix(
			db,
			round.id,
			{ kind: 'all' },
			{ rows: true, consumers }
		);
		if (!matrix.ok) continue;
		const cells = matrix.data.rows.flatMap((r) => Object.values(r.cells));
		const asked = cells.filter((c) => isShown(c) || c.reason !== 'not_asked');
		const shown = cells.filter(isShown).length;
		sums.shown += shown;
		sums.asked += asked.length;
		sums.all += cells.length;
		if (round === rounds[rounds.length - 1]) {
			console.log(
				`matrix, latest round, rows by ${consumers}: ${shown} of ${asked.length} asked cells shown (${percent(shown, asked.length)}); ${cells.length} cells in all`
			);
		}
	}
	console.log(
		`matrix, all ${rounds.length} rounds, rows by ${consumers}: ${sums.shown} of ${sums.asked} asked cells shown (${percent(sums.shown, sums.asked)}); ${sums.all} cells in all`
	);
}
await db.destroy();
