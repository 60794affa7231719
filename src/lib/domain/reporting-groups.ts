// The groups Rapport reports on and the sums that tie them together, as keyed relations for
// the suppression of server/gate/suppression.ts.
//
// Department groups: the company; each department's subtree (its members and everyone below);
// and, for a department with sub-departments, its own direct members. A leaf department's
// direct members are its subtree, one group with one figure. A department's subtree is the sum
// of its direct members and its sub-departments' subtrees; the company is the sum of the top
// departments' subtrees.
//
// Internal service: a cell per consumer group and provider department. Per provider the
// consumer groups add up as above. Each department's own members also have a row total over
// the providers they rated, the rows add up to the company total, and so do the providers'
// columns. Subtree groups get no row total: a cell would then sit in three sums, and the exact
// check of the suppression only holds when every cell sits in at most two.

export type KeyedRelation = { total: string; parts: string[]; overlapping?: boolean };
export type TreeDepartment = { id: string; parentId: string | null };

export const COMPANY = 'company';

/** Who the matrix's rows are: each department's own members, or each top department's subtree. */
export type ConsumerLevel = 'departments' | 'divisions';
export const CONSUMER_LEVELS: readonly ConsumerLevel[] = ['departments', 'divisions'];
export const subtreeKey = (departmentId: string) => `subtree:${departmentId}`;
export const directKey = (departmentId: string) => `direct:${departmentId}`;

export type TreeGroups = {
	roots: string[];
	children: ReadonlyMap<string, readonly string[]>;
	/** Each department's parent within the tree (null for a top department). */
	parent: ReadonlyMap<string, string | null>;
	/** Each department's depth: 0 for a top department. */
	depth: ReadonlyMap<string, number>;
	/** Every department id, parents before their children. */
	order: string[];
	relations: KeyedRelation[];
	/** The group of a department's own members: its direct members, or its subtree for a leaf. */
	ownMembers(departmentId: string): string;
	hasChildren(departmentId: string): boolean;
};

/** The department groups of a tree (a department whose parent is absent is a top department). */
export function treeGroups(departments: readonly TreeDepartment[]): TreeGroups {
	const ids = new Set(departments.map((d) => d.id));
	const children = new Map<string, string[]>();
	const parent = new Map<string, string | null>();
	const roots: string[] = [];
	for (const d of departments) {
		parent.set(d.id, d.parentId && ids.has(d.parentId) ? d.parentId : null);
		if (d.parentId && ids.has(d.parentId)) {
			const list = children.get(d.parentId) ?? [];
			list.push(d.id);
			children.set(d.parentId, list);
		} else roots.push(d.id);
	}
	const hasChildren = (id: string) => (children.get(id)?.length ?? 0) > 0;
	const order: string[] = [];
	const depth = new Map<string, number>();
	const visit = (id: string, level: number) => {
		order.push(id);
		depth.set(id, level);
		for (const child of children.get(id) ?? []) visit(child, level + 1);
	};
	for (const root of roots) visit(root, 0);
	const relations: KeyedRelation[] = [{ total: COMPANY, parts: roots.map(subtreeKey) }];
	for (const id of order) {
		const below = children.get(id);
		if (!below?.length) continue;
		relations.push({ total: subtreeKey(id), parts: [directKey(id), ...below.map(subtreeKey)] });
	}
	return {
		roots,
		children,
		parent,
		depth,
		order,
		relations,
		ownMembers: (id) => (hasChildren(id) ? directKey(id) : subtreeKey(id)),
		hasChildren
	};
}

/** The departments whose members a group holds. */
export function departmentsOfGroup(tree: TreeGroups, key: string): string[] {
	if (key === COMPANY) return [...tree.order];
	const [kind, id] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
	if (kind === 'direct') return [id];
	const out: string[] = [];
	const visit = (d: string) => {
		out.push(d);
		for (const child of tree.children.get(d) ?? []) visit(child);
	};
	visit(id);
	return out;
}

/** Every group of a tree: the company, each subtree, each direct-members group. */
export function treeGroupKeys(tree: TreeGroups): string[] {
	const keys = [COMPANY];
	for (const id of tree.order) {
		keys.push(subtreeKey(id));
		if (tree.hasChildren(id)) keys.push(directKey(id));
	}
	return keys;
}

export const ALL_PROVIDERS = 'all';
export const serviceKey = (group: string, provider: string) => `${group}|${provider}`;

/**
 * The sums of the internal service table among `cells`, the keys of the cells with respondents
 * (a cell nobody is in is a known zero and takes no part).
 */
export function serviceRelations(tree: TreeGroups, cells: Iterable<string>): KeyedRelation[] {
	const groupsOf = new Map<string, Set<string>>();
	const providersOf = new Map<string, string[]>();
	const rowTotals = new Set<string>();
	for (const key of cells) {
		const bar = key.lastIndexOf('|');
		const [group, provider] = [key.slice(0, bar), key.slice(bar + 1)];
		if (provider === ALL_PROVIDERS) {
			rowTotals.add(group);
			continue;
		}
		if (!groupsOf.has(provider)) groupsOf.set(provider, new Set());
		groupsOf.get(provider)!.add(group);
		if (!providersOf.has(group)) providersOf.set(group, []);
		providersOf.get(group)!.push(provider);
	}
	const providers = [...groupsOf.keys()].sort();
	const relations: KeyedRelation[] = [];
	for (const provider of providers) {
		const groups = groupsOf.get(provider)!;
		for (const relation of tree.relations) {
			if (!groups.has(relation.total)) continue;
			relations.push({
				total: serviceKey(relation.total, provider),
				parts: relation.parts.filter((g) => groups.has(g)).map((g) => serviceKey(g, provider))
			});
		}
	}
	const rows: string[] = [];
	for (const id of tree.order) {
		const own = tree.ownMembers(id);
		if (!rowTotals.has(own)) continue;
		rows.push(serviceKey(own, ALL_PROVIDERS));
		relations.push({
			total: serviceKey(own, ALL_PROVIDERS),
			parts: (providersOf.get(own) ?? []).sort().map((p) => serviceKey(own, p)),
			overlapping: true
		});
	}
	if (rowTotals.has(COMPANY)) {
		const grandTotal = serviceKey(COMPANY, ALL_PROVIDERS);
		relations.push({ total: grandTotal, parts: rows });
		relations.push({
			total: grandTotal,
			parts: providers
				.filter((p) => groupsOf.get(p)!.has(COMPANY))
				.map((p) => serviceKey(COMPANY, p)),
			overlapping: true
		});
	}
	return relations;
}
