import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	ALL_PROVIDERS,
	COMPANY,
	directKey,
	serviceKey,
	serviceRelations,
	subtreeKey,
	treeGroupKeys,
	treeGroups,
	type KeyedRelation
} from '../../src/lib/domain/reporting-groups';
import { suppressCells, type Relation } from '../../src/lib/server/gate/suppression';
import { gateTable } from '../../src/lib/server/gate/gated-table';

type System = { sizes: Map<string, number>; relations: KeyedRelation[] };

/** Runs the gate over a keyed system; returns the keys it withholds. */
function hiddenKeys(system: System, k: number): Set<string> {
	const table = gateTable(system.sizes, (n) => n, system.relations, k);
	return new Set([...system.sizes.keys()].filter((key) => !table.isShown(key)));
}

/**
 * Which withheld cells a reader could still work out exactly: an independent check by linear
 * algebra, not by the graph argument the gate relies on. Unknowns are the withheld cells with
 * respondents; every relation is an equation; a cell is determined when the unit vector of its
 * unknown lies in the row space, i.e. when some row of the reduced echelon form is exactly it.
 */
function determinedCells(system: System, hidden: Set<string>): string[] {
	const unknowns = [...hidden].filter((key) => (system.sizes.get(key) ?? 0) > 0);
	const column = new Map(unknowns.map((key, i) => [key, i]));
	const rows = system.relations
		.filter((r) => system.sizes.has(r.total))
		.map((r) => {
			const row = new Float64Array(unknowns.length);
			const add = (key: string, sign: number) => {
				const c = column.get(key);
				if (c !== undefined) row[c] += sign;
			};
			add(r.total, 1);
			for (const part of r.parts) add(part, -1);
			return row;
		});
	let pivotRow = 0;
	const pivots: [number, number][] = [];
	for (let c = 0; c < unknowns.length && pivotRow < rows.length; c++) {
		let best = pivotRow;
		for (let r = pivotRow; r < rows.length; r++) {
			if (Math.abs(rows[r][c]) > Math.abs(rows[best][c])) best = r;
		}
		if (Math.abs(rows[best][c]) < 1e-9) continue;
		[rows[pivotRow], rows[best]] = [rows[best], rows[pivotRow]];
		const pivot = rows[pivotRow][c];
		for (let j = 0; j < unknowns.length; j++) rows[pivotRow][j] /= pivot;
		for (let r = 0; r < rows.length; r++) {
			if (r === pivotRow || Math.abs(rows[r][c]) < 1e-12) continue;
			const factor = rows[r][c];
			for (let j = 0; j < unknowns.length; j++) rows[r][j] -= factor * rows[pivotRow][j];
		}
		pivots.push([pivotRow, c]);
		pivotRow += 1;
	}
	return pivots
		.filter(([r, c]) => rows[r].every((v, j) => j === c || Math.abs(v) < 1e-9))
		.map(([, c]) => unknowns[c]);
}

/** The promises the gate keeps, checked on a system and the cells it withheld. */
function expectSafe(system: System, k: number) {
	const hidden = hiddenKeys(system, k);
	const n = (key: string) => system.sizes.get(key) ?? 0;
	for (const [key, size] of system.sizes) {
		if (!hidden.has(key)) expect(size, `shown ${key}`).toBeGreaterThanOrEqual(k);
	}
	for (const relation of system.relations) {
		if (n(relation.total) === 0 || hidden.has(relation.total)) continue;
		const withheld = relation.parts.filter((p) => n(p) > 0 && hidden.has(p));
		expect(withheld.length, `hidden parts of ${relation.total}`).not.toBe(1);
		if (withheld.length === 0) continue;
		const sizes = withheld.map(n);
		const covered = relation.overlapping ? Math.max(...sizes) : sizes.reduce((a, b) => a + b, 0);
		expect(
			covered,
			`respondents behind the hidden parts of ${relation.total}`
		).toBeGreaterThanOrEqual(k);
	}
	expect(determinedCells(system, hidden)).toEqual([]);
	return hidden;
}

type Dept = { id: string; parentId: string | null };

function forest(parents: number[]): Dept[] {
	return parents.map((p, i) => ({
		id: `d${i}`,
		parentId: p >= 0 && p < i ? `d${p}` : null
	}));
}

/** Tree groups and their sizes from each department's own members. */
function treeSystem(departments: Dept[], own: number[]): System {
	const tree = treeGroups(departments);
	const ownOf = new Map(departments.map((d, i) => [d.id, own[i]]));
	const subtree = (id: string): number =>
		(ownOf.get(id) ?? 0) + (tree.children.get(id) ?? []).reduce((s, c) => s + subtree(c), 0);
	const sizes = new Map<string, number>();
	for (const key of treeGroupKeys(tree)) {
		const [kind, id] = key.split(':');
		const size =
			kind === COMPANY
				? tree.roots.reduce((s, r) => s + subtree(r), 0)
				: kind === 'subtree'
					? subtree(id)
					: (ownOf.get(id) ?? 0);
		if (size > 0) sizes.set(key, size);
	}
	return { sizes, relations: tree.relations };
}

/**
 * The internal service table of a simulated population: `people[i]` respondents in department
 * i, each rating provider j when `rates(i, person, j)`.
 */
function serviceSystem(
	departments: Dept[],
	people: number[],
	providers: number,
	rates: (d: number, person: number, p: number) => boolean
): System {
	const tree = treeGroups(departments);
	const providerIds = Array.from({ length: providers }, (_, j) => `p${j}`);
	const sizes = new Map<string, number>();
	const bump = (key: string) => sizes.set(key, (sizes.get(key) ?? 0) + 1);
	const ancestors = (id: string): string[] => {
		const d = departments.find((x) => x.id === id);
		return d?.parentId ? [d.parentId, ...ancestors(d.parentId)] : [];
	};
	departments.forEach((d, i) => {
		for (let person = 0; person < people[i]; person++) {
			const rated = providerIds.filter((_, j) => rates(i, person, j));
			if (rated.length === 0) continue;
			bump(serviceKey(tree.ownMembers(d.id), ALL_PROVIDERS));
			bump(serviceKey(COMPANY, ALL_PROVIDERS));
			for (const p of rated) {
				bump(serviceKey(tree.ownMembers(d.id), p));
				bump(serviceKey(COMPANY, p));
				if (tree.hasChildren(d.id)) bump(serviceKey(subtreeKey(d.id), p));
				for (const a of ancestors(d.id)) bump(serviceKey(subtreeKey(a), p));
			}
		}
	});
	return { sizes, relations: serviceRelations(tree, sizes.keys()) };
}

const smallish = fc.oneof(
	fc.constant(0),
	fc.integer({ min: 1, max: 6 }),
	fc.integer({ min: 0, max: 40 })
);
const trees = fc
	.integer({ min: 1, max: 18 })
	.chain((count) =>
		fc.tuple(
			fc.array(fc.integer({ min: -1, max: count - 1 }), { minLength: count, maxLength: count }),
			fc.array(smallish, { minLength: count, maxLength: count })
		)
	);

describe('the gate over department trees', () => {
	it('hides a lone small group and the next-smallest beside it', () => {
		const departments = forest([-1, 0, 0]);
		const system = treeSystem(departments, [3, 12, 8]);
		const hidden = expectSafe(system, 5);
		// Operations' own 3 are below k; Sales (8) is the next-smallest part of its subtree.
		expect([...hidden].sort()).toEqual([directKey('d0'), subtreeKey('d2')].sort());
	});

	it('two small groups that together are still below k take a third one with them', () => {
		const system = treeSystem(forest([-1, 0, 0, 0]), [2, 2, 30, 20]);
		const hidden = expectSafe(system, 5);
		expect([...hidden].sort()).toEqual(
			[directKey('d0'), subtreeKey('d1'), subtreeKey('d3')].sort()
		);
	});

	it('shows everything when every group reaches k', () => {
		const system = treeSystem(forest([-1, 0, 0, 1]), [5, 6, 7, 9]);
		expect(expectSafe(system, 5).size).toBe(0);
	});

	it('a department whose only part is hidden is hidden with it', () => {
		// d0 has no members of its own and one sub-department; hiding d1's figure must hide d0's.
		const system = treeSystem(forest([-1, 0, -1]), [0, 4, 30]);
		const hidden = expectSafe(system, 5);
		expect(hidden.has(subtreeKey('d0'))).toBe(true);
		// …and the company total stays shown: Finance (30) is hidden beside it instead.
		expect([...hidden].sort()).toEqual(
			[subtreeKey('d0'), subtreeKey('d1'), subtreeKey('d2')].sort()
		);
	});

	it('property: no shown cell below k, never exactly one hidden group beside a shown total', () => {
		fc.assert(
			fc.property(trees, fc.integer({ min: 3, max: 10 }), ([parents, own], k) => {
				expectSafe(treeSystem(forest(parents), own), k);
			}),
			{ numRuns: 300 }
		);
	});
});

describe('the gate over internal service matrices', () => {
	it('closes a bridge that the per-row and per-column rule alone would leave open', () => {
		// 4 × 4, every cell 10 respondents; two hidden 2×2 blocks joined by one hidden cell, so
		// every row and column has two or more hidden cells, yet the joining cell follows from
		// rows 1–2 minus columns 1–2.
		const tree = treeGroups(forest([-1, -1, -1, -1]));
		const providers = ['p0', 'p1', 'p2', 'p3'];
		const sizes = new Map<string, number>();
		for (const d of ['d0', 'd1', 'd2', 'd3']) {
			for (const p of providers) sizes.set(serviceKey(subtreeKey(d), p), 10);
			sizes.set(serviceKey(subtreeKey(d), ALL_PROVIDERS), 10);
		}
		for (const p of providers) sizes.set(serviceKey(COMPANY, p), 40);
		sizes.set(serviceKey(COMPANY, ALL_PROVIDERS), 40);
		const relations = serviceRelations(tree, sizes.keys());
		const forced = [
			['d0', 'p0'],
			['d0', 'p1'],
			['d1', 'p0'],
			['d1', 'p1'],
			['d2', 'p2'],
			['d2', 'p3'],
			['d3', 'p2'],
			['d3', 'p3'],
			['d0', 'p2']
		].map(([d, p]) => serviceKey(subtreeKey(d), p));
		const keys = [...sizes.keys()].sort();
		const hiddenFlags = suppressCells({
			sizes: keys.map((key) => sizes.get(key)!),
			relations: relations.map((r) => ({
				total: keys.indexOf(r.total),
				parts: r.parts.map((p) => keys.indexOf(p)),
				overlapping: r.overlapping
			})),
			k: 5,
			forced: forced.map((key) => keys.indexOf(key))
		});
		const hidden = new Set(keys.filter((_, i) => hiddenFlags[i]));
		expect(hidden.size).toBeGreaterThan(forced.length);
		expect(determinedCells({ sizes, relations }, hidden)).toEqual([]);
		expect(determinedCells({ sizes, relations }, new Set(forced))).toEqual([
			serviceKey(subtreeKey('d0'), 'p2')
		]);
	});

	it('property: flat consumers × providers with row and column totals stay safe', () => {
		fc.assert(
			fc.property(
				fc.array(smallish, { minLength: 1, maxLength: 7 }),
				fc.integer({ min: 1, max: 6 }),
				fc.integer({ min: 0, max: 2 ** 30 }),
				fc.integer({ min: 3, max: 8 }),
				(people, providers, seed, k) => {
					const departments = forest(people.map(() => -1));
					const rates = (d: number, person: number, p: number) =>
						((seed ^ (d * 7919 + person * 104729 + p * 15485863)) >>> 0) % 3 === 0;
					expectSafe(serviceSystem(departments, people, providers, rates), k);
				}
			),
			{ numRuns: 200 }
		);
	});

	it('property: consumer subtrees × providers stay safe', () => {
		fc.assert(
			fc.property(
				trees,
				fc.integer({ min: 1, max: 5 }),
				fc.integer({ min: 0, max: 2 ** 30 }),
				fc.integer({ min: 3, max: 8 }),
				([parents, people], providers, seed, k) => {
					const rates = (d: number, person: number, p: number) =>
						((seed ^ (d * 7919 + person * 104729 + p * 15485863)) >>> 0) % 5 < 2;
					expectSafe(serviceSystem(forest(parents), people, providers, rates), k);
				}
			),
			{ numRuns: 150 }
		);
	});
});

describe('the suppression engine refuses systems it cannot vouch for', () => {
	it('a cell in three sums', () => {
		const relations: Relation[] = [
			{ total: 0, parts: [1, 2] },
			{ total: 3, parts: [1, 4] },
			{ total: 5, parts: [1, 6] }
		];
		expect(() => suppressCells({ sizes: [9, 9, 9, 9, 9, 9, 9], relations, k: 5 })).toThrow(
			/more than two/
		);
	});

	it('a cell repeated in one sum', () => {
		expect(() =>
			suppressCells({ sizes: [9, 9], relations: [{ total: 0, parts: [1, 1] }], k: 5 })
		).toThrow(/repeats/);
	});
});
