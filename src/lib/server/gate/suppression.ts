// Primary and complementary suppression over a system of cells and additive relations.
//
// A cell is a group's figure and its size n. A relation says that one cell (the total) is the
// sum of others (the parts): a subtree and its direct members plus its sub-departments, a row
// or a column of the internal service matrix and its margin. What a reader can work out is
// whatever these equations give from the shown cells, so suppression is decided for the whole
// system at once, never for one table or one reader at a time:
//
// 1. Primary: a cell about fewer than k respondents is hidden. Empty cells (n = 0) are hidden
//    too but protect nothing, so they count as known zeros below.
// 2. Complementary, per relation, to a fixed point: a relation never has exactly one hidden
//    cell; when its total is shown, the hidden parts together cover at least k respondents
//    (summed when parts are disjoint, the largest when they may share respondents). A breach
//    hides the smallest shown part (the total when no part is left).
// 3. Exactness: the rules above are local, and in two-way tables a hidden cell can still be
//    pinned down by combining several relations. Every cell sits in at most two relations, so
//    the system is a graph (relations are vertices, hidden cells edges, and a cell in a single
//    relation joins a free vertex): a hidden cell is determined exactly when it is a bridge of
//    that graph. Each bridge gets a further cell hidden, preferably one that closes a cycle
//    through it, and 2–3 repeat until no hidden cell can be worked out.

export type Relation = {
	/** The cell that is the sum of the parts. */
	total: number;
	parts: readonly number[];
	/** The parts may share respondents (a person rates several providers): n does not add up. */
	overlapping?: boolean;
};

export type SuppressionInput = {
	/** Respondents behind each cell. */
	sizes: readonly number[];
	relations: readonly Relation[];
	k: number;
	/** Cells to hide whatever their size. */
	forced?: Iterable<number>;
};

/** Which cells to hide (true) so that no hidden figure about n > 0 respondents can be derived. */
export function suppressCells(input: SuppressionInput): boolean[] {
	const { sizes, relations, k } = input;
	const memberships = membershipsOf(sizes.length, relations);
	const hidden = sizes.map((n) => n < k);
	for (const cell of input.forced ?? []) hidden[cell] = true;
	const smaller = (a: number, b: number) => sizes[a] < sizes[b] || (sizes[a] === sizes[b] && a < b);

	const repairOf = (relation: Relation): number => {
		const { total, parts } = relation;
		if (sizes[total] === 0) return -1;
		let hiddenParts = 0;
		let covered = 0;
		let smallestShown = -1;
		for (const part of parts) {
			if (sizes[part] === 0) continue;
			if (hidden[part]) {
				hiddenParts += 1;
				covered = relation.overlapping ? Math.max(covered, sizes[part]) : covered + sizes[part];
			} else if (smallestShown < 0 || smaller(part, smallestShown)) smallestShown = part;
		}
		if (hidden[total]) return hiddenParts > 0 ? -1 : smallestShown;
		if (hiddenParts === 0 || (hiddenParts >= 2 && covered >= k)) return -1;
		return smallestShown >= 0 ? smallestShown : total;
	};

	const queue: number[] = [];
	const queued = new Uint8Array(relations.length);
	const enqueue = (r: number) => {
		if (!queued[r]) {
			queued[r] = 1;
			queue.push(r);
		}
	};
	const hide = (cell: number) => {
		hidden[cell] = true;
		for (const m of memberships[cell]) enqueue(m.relation);
	};
	relations.forEach((_, r) => enqueue(r));

	for (;;) {
		while (queue.length > 0) {
			const r = queue.pop() as number;
			queued[r] = 0;
			const cell = repairOf(relations[r]);
			if (cell >= 0) {
				hide(cell);
				enqueue(r);
			}
		}
		const unknown = (c: number) => hidden[c] && sizes[c] > 0;
		const graph = hiddenGraph(relations.length, memberships, unknown);
		const bridge = firstBridge(graph);
		if (bridge < 0) return hidden;
		const extra = cycleCloser(bridge, graph, memberships, sizes, unknown, smaller);
		if (extra < 0) return hidden;
		hide(extra);
	}
}

type Membership = { relation: number; sign: 1 | -1 };

/** Each cell's relations; refuses systems that are not a balanced graph (see the top). */
function membershipsOf(cellCount: number, relations: readonly Relation[]): Membership[][] {
	const memberships: Membership[][] = Array.from({ length: cellCount }, () => []);
	relations.forEach((relation, r) => {
		const cells = [relation.total, ...relation.parts];
		if (new Set(cells).size !== cells.length) throw new Error(`relation ${r} repeats a cell`);
		cells.forEach((cell, i) => {
			if (!(cell >= 0 && cell < cellCount)) throw new Error(`relation ${r}: no cell ${cell}`);
			memberships[cell].push({ relation: r, sign: i === 0 ? 1 : -1 });
		});
	});
	const multiplier = new Int8Array(relations.length);
	const byRelation: number[][] = relations.map((rel) => [rel.total, ...rel.parts]);
	for (let start = 0; start < relations.length; start++) {
		if (multiplier[start]) continue;
		multiplier[start] = 1;
		const stack = [start];
		while (stack.length > 0) {
			const r = stack.pop() as number;
			for (const cell of byRelation[r]) {
				const ms = memberships[cell];
				if (ms.length > 2) throw new Error(`cell ${cell} is in more than two relations`);
				if (ms.length < 2) continue;
				const [a, b] = ms[0].relation === r ? ms : [ms[1], ms[0]];
				const wanted = (-multiplier[r] * a.sign * b.sign) as 1 | -1;
				if (!multiplier[b.relation]) {
					multiplier[b.relation] = wanted;
					stack.push(b.relation);
				} else if (multiplier[b.relation] !== wanted) {
					throw new Error(`relations ${r} and ${b.relation} cannot be oriented consistently`);
				}
			}
		}
	}
	return memberships;
}

/** The relations a cell joins; a cell in one relation joins the free vertex `free`. */
function endpoints(ms: Membership[], free: number): [number, number] | null {
	if (ms.length === 2) return [ms[0].relation, ms[1].relation];
	if (ms.length === 1) return [ms[0].relation, free];
	return null;
}

type Graph = { adjacency: [number, number][][]; free: number };

function hiddenGraph(
	relationCount: number,
	memberships: Membership[][],
	unknown: (cell: number) => boolean
): Graph {
	const free = relationCount;
	const adjacency: [number, number][][] = Array.from({ length: relationCount + 1 }, () => []);
	memberships.forEach((ms, cell) => {
		const ends = unknown(cell) ? endpoints(ms, free) : null;
		if (!ends) return;
		adjacency[ends[0]].push([ends[1], cell]);
		adjacency[ends[1]].push([ends[0], cell]);
	});
	return { adjacency, free };
}

/** A hidden cell that is a bridge of the graph, or -1 (Tarjan's lowpoints, iteratively). */
function firstBridge({ adjacency }: Graph): number {
	const order = new Int32Array(adjacency.length).fill(-1);
	const low = new Int32Array(adjacency.length);
	let counter = 0;
	for (let root = 0; root < adjacency.length; root++) {
		if (order[root] >= 0 || adjacency[root].length === 0) continue;
		const stack: { v: number; via: number; next: number }[] = [{ v: root, via: -1, next: 0 }];
		order[root] = low[root] = counter++;
		while (stack.length > 0) {
			const frame = stack[stack.length - 1];
			if (frame.next < adjacency[frame.v].length) {
				const [w, cell] = adjacency[frame.v][frame.next++];
				if (cell === frame.via) continue;
				if (order[w] < 0) {
					order[w] = low[w] = counter++;
					stack.push({ v: w, via: cell, next: 0 });
				} else low[frame.v] = Math.min(low[frame.v], order[w]);
				continue;
			}
			stack.pop();
			const parent = stack[stack.length - 1];
			if (!parent) continue;
			low[parent.v] = Math.min(low[parent.v], low[frame.v]);
			if (low[frame.v] > order[parent.v]) return frame.via;
		}
	}
	return -1;
}

/**
 * The shown cell to hide for a bridge: the smallest that joins its two sides (closing a cycle
 * through it), else the smallest touching either side, else the smallest anywhere.
 */
function cycleCloser(
	bridge: number,
	graph: Graph,
	memberships: Membership[][],
	sizes: readonly number[],
	unknown: (cell: number) => boolean,
	smaller: (a: number, b: number) => boolean
): number {
	const [u, v] = endpoints(memberships[bridge], graph.free) as [number, number];
	const side = (from: number) => {
		const seen = new Uint8Array(graph.adjacency.length);
		seen[from] = 1;
		const stack = [from];
		while (stack.length > 0) {
			for (const [y, cell] of graph.adjacency[stack.pop() as number]) {
				if (cell !== bridge && !seen[y]) {
					seen[y] = 1;
					stack.push(y);
				}
			}
		}
		return seen;
	};
	const a = side(u);
	const b = side(v);
	let joining = -1;
	let touching = -1;
	let anywhere = -1;
	memberships.forEach((ms, cell) => {
		if (unknown(cell) || sizes[cell] === 0) return;
		const [x, y] = endpoints(ms, graph.free) ?? [graph.free, graph.free];
		const better = (best: number) => best < 0 || smaller(cell, best);
		if (((a[x] && b[y]) || (b[x] && a[y])) && better(joining)) joining = cell;
		if ((a[x] || a[y] || b[x] || b[y]) && better(touching)) touching = cell;
		if (better(anywhere)) anywhere = cell;
	});
	return joining >= 0 ? joining : touching >= 0 ? touching : anywhere;
}
