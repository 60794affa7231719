// Suppression for nested groups: a company, its departments' subtrees and their own members,
// where every group is the sum of the groups just inside it. Such a family is laminar, and what
// a reader can work out from the shown groups is then exactly this: for each shown group M, the
// sum over the hidden own-members groups ("leaves") whose smallest shown enclosing group is M
// (M's hidden remainder), and nothing more about how that sum splits, except that no leaf holds
// more answers than it has members (headcounts are public). So a hidden group h is safe when,
// for the remainder it draws on:
//
// - some of its leaves are in it at all (else h is the sum of shown groups);
// - each count (respondents, answers) of h can take at least two values, given the remainder's
//   count and the members inside and outside h: not pinned by subtraction nor by headcounts;
// - the remainder covers at least k respondents;
// - in each classification a shown figure is made of (favourable or not; promoter, passive,
//   detractor), the remainder holds two classes at least: otherwise every hidden leaf is of
//   the one class (one-class inference, attribute disclosure).
//
// Cells failing this are repaired by hiding, one at a time, the cheapest shown group that fixes
// the breach: a group beside h or inside it in the same remainder, or the remainder's total M
// itself, which pools the remainder into the one above. When none fixes it alone, the cheapest
// step towards a fix is taken, so a total dearer than every other cell is hidden last. Ties go to
// the earlier cell, so callers order cells by a stable key (department code), never a random id.

export type NestedSystem = {
	/** Each cell's smallest enclosing cell, or -1; a parent comes before its children. */
	parent: readonly number[];
	/** Per leaf cell, the members who could have answered; ignored for inner cells. */
	members: readonly number[];
	/** Per cell, its figures (respondents, answer counts per class, …); inner cells are sums. */
	figures: readonly (readonly number[])[];
	/** Figures whose hidden values must not be pinned, with the most one member can add. */
	counts: readonly { figure: number; perMember: number }[];
	/** The figure that holds respondents: a hidden remainder covers at least k of them. */
	respondents: number;
	/** Sets of figures that split the same answers into classes. */
	classifications: readonly (readonly number[])[];
	k: number;
	/** Per cell, the fewest respondents behind any of its figures: under k, it is hidden. */
	sizes: readonly number[];
	/** Cells hidden whatever their size (still protected). */
	forced?: Iterable<number>;
	/** What hiding each shown cell costs: the cheapest that repairs a breach is hidden. */
	cost: readonly number[];
};

/** A hidden cell `inside` whose remainder (the one of `group`) gives it away; or, when
 * `empty`, a hidden cell `group` that is the sum of shown cells. */
type Breach = { group: number; inside: number | null; inner: Pool | null; empty: boolean };
type Pool = { figures: number[]; members: number };

/** Which cells to hide (true) so that nothing hidden can be worked out. */
export function suppressNested(system: NestedSystem): boolean[] {
	const { parent, figures, k } = system;
	const count = parent.length;
	const width = figures[0]?.length ?? 0;
	const children: number[][] = Array.from({ length: count }, () => []);
	parent.forEach((p, c) => {
		if (p >= 0) children[p].push(c);
	});
	const members = new Float64Array(count);
	for (let c = count - 1; c >= 0; c--) {
		members[c] = children[c].length
			? children[c].reduce((sum, ch) => sum + members[ch], 0)
			: system.members[c];
	}
	const hidden = system.sizes.map((n) => n < k);
	for (const cell of system.forced ?? []) hidden[cell] = true;

	for (let guard = 0; guard <= count; guard++) {
		// pool[c]: the hidden leaves reached from c through hidden cells only.
		const pool: Pool[] = Array.from({ length: count }, () => ({
			figures: new Array<number>(width).fill(0),
			members: 0
		}));
		for (let c = count - 1; c >= 0; c--) {
			if (children[c].length === 0) {
				if (hidden[c]) pool[c] = { figures: [...figures[c]], members: members[c] };
				continue;
			}
			for (const ch of children[c]) if (hidden[ch]) add(pool[c], pool[ch]);
		}
		const shownAbove = new Int32Array(count);
		for (let c = 0; c < count; c++) {
			const p = parent[c];
			shownAbove[c] = p < 0 ? -1 : hidden[p] ? shownAbove[p] : p;
		}
		const breach = firstBreach(system, hidden, pool, members, shownAbove);
		if (!breach) return hidden;
		const repair = cheapestRepair(system, breach, hidden, pool, members, shownAbove, children);
		// Nothing left to hide that would help (never seen in the attacker tests): fail closed.
		if (repair < 0) return hidden.fill(true);
		hidden[repair] = true;
	}
	return hidden.fill(true);
}

function add(into: Pool, from: Pool) {
	for (let i = 0; i < from.figures.length; i++) into.figures[i] += from.figures[i];
	into.members += from.members;
}

/** Whether a remainder keeps a hidden part `inner` of it (or every part, for null) unknown. */
function safe(system: NestedSystem, remainder: Pool, inner: Pool | null): boolean {
	if (remainder.figures[system.respondents] < system.k) return false;
	const countsKept =
		inner === null ||
		system.counts.every(({ figure, perMember }) => {
			const total = remainder.figures[figure];
			const outside = (remainder.members - inner.members) * perMember;
			return Math.max(0, total - outside) < Math.min(inner.members * perMember, total);
		});
	return (
		countsKept &&
		system.classifications.every((classes) => {
			let holding = 0;
			let total = 0;
			for (const f of classes) {
				total += remainder.figures[f];
				if (remainder.figures[f] > 0) holding += 1;
			}
			return total === 0 || holding >= 2;
		})
	);
}

function sum(a: Pool, b: Pool): Pool {
	const out = { figures: [...a.figures], members: a.members };
	add(out, b);
	return out;
}

/** The first hidden cell (in order) that a reader could work something out about. */
function firstBreach(
	system: NestedSystem,
	hidden: boolean[],
	pool: Pool[],
	members: Float64Array,
	shownAbove: Int32Array
): Breach | null {
	for (let h = 0; h < hidden.length; h++) {
		if (!hidden[h] || members[h] === 0) continue;
		if (pool[h].members === 0) return { group: h, inside: null, inner: null, empty: true };
		const group = shownAbove[h];
		if (group >= 0 && !safe(system, pool[group], pool[h])) {
			return { group, inside: h, inner: pool[h], empty: false };
		}
	}
	return null;
}

/**
 * The cell to hide for a breach: the cheapest that mends it, among the shown cells just inside
 * the breached group (those inside the hidden cell concerned too) and the group's own total,
 * which pools the remainder into the one above. Failing that, the cheapest that adds anything.
 */
function cheapestRepair(
	system: NestedSystem,
	breach: Breach,
	hidden: boolean[],
	pool: Pool[],
	members: Float64Array,
	shownAbove: Int32Array,
	children: number[][]
): number {
	const { group, inside, inner } = breach;
	const within = (cell: number, ancestor: number) => {
		for (let c = cell; c >= 0; c = system.parent[c]) if (c === ancestor) return true;
		return false;
	};
	// What hiding a shown cell adds to the remainder: its own remainder, or itself if a leaf.
	const gain = (cell: number): Pool =>
		children[cell].length
			? pool[cell]
			: { figures: [...system.figures[cell]], members: members[cell] };
	const mends = (remainder: Pool, part: Pool | null = inner) =>
		breach.empty ? remainder.members > 0 : safe(system, remainder, part);
	const cheaper = (a: number, b: number) => b < 0 || system.cost[a] < system.cost[b];
	let mending = -1;
	let adding = -1;
	// For an empty breach the group is the hidden cell itself: its candidates are the shown cells
	// just inside it, which see past it to the group above.
	const justInside = (c: number) => {
		let q = system.parent[c];
		while (q >= 0 && q !== group && hidden[q]) q = system.parent[q];
		return q === group;
	};
	for (let c = 0; c < hidden.length; c++) {
		if (hidden[c] || !(breach.empty ? justInside(c) : shownAbove[c] === group)) continue;
		const extra = gain(c);
		// A group with nothing hidden inside adds nothing itself, but hiding it lets its parts in.
		if (extra.members === 0 && children[c].length === 0) continue;
		const after = breach.empty ? extra : sum(pool[group], extra);
		// A shown cell inside the hidden one joins both it and the remainder: often the cheapest
		// repair, where hiding the remainder's total would hide a figure readers rely on.
		const part = inside !== null && inner !== null && within(c, inside) ? sum(inner, extra) : inner;
		if (cheaper(c, mending) && mends(after, part)) mending = c;
		if (cheaper(c, adding)) adding = c;
	}
	const total = hidden[group] ? -1 : group;
	// When nothing mends, the total still competes on cost with the cheapest step towards a fix:
	// a total worth more than any other cell (the company's) is hidden only as the last resort.
	const rival = mending >= 0 ? mending : adding;
	if (total >= 0 && !breach.empty && cheaper(total, rival)) {
		const above = shownAbove[total];
		if (above < 0 || mends(sum(pool[above], pool[group]))) return total;
	}
	if (mending >= 0) return mending;
	if (adding >= 0 && (total < 0 || cheaper(adding, total))) return adding;
	return total;
}
