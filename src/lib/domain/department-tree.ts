export type TreeInput = { id: string; parentId: string | null; name: string };
export type TreeNode<T extends TreeInput> = T & { depth: number; children: TreeNode<T>[] };

/**
 * Nests departments under their parents, siblings by name. A department whose parent is not in
 * the list (archived, or outside a head's view) becomes a root of the forest.
 */
export function buildTree<T extends TreeInput>(items: readonly T[]): TreeNode<T>[] {
	const nodes = new Map<string, TreeNode<T>>();
	for (const item of items) nodes.set(item.id, { ...item, depth: 0, children: [] });
	const roots: TreeNode<T>[] = [];
	for (const node of nodes.values()) {
		const parent = node.parentId ? nodes.get(node.parentId) : undefined;
		if (parent) parent.children.push(node);
		else roots.push(node);
	}
	const byName = (a: TreeNode<T>, b: TreeNode<T>) => a.name.localeCompare(b.name);
	const setDepth = (list: TreeNode<T>[], depth: number) => {
		list.sort(byName);
		for (const node of list) {
			node.depth = depth;
			setDepth(node.children, depth + 1);
		}
	};
	setDepth(roots, 0);
	return roots;
}

/** The tree in display order (depth-first), each node with its depth. */
export function flattenTree<T extends TreeInput>(roots: TreeNode<T>[]): TreeNode<T>[] {
	const out: TreeNode<T>[] = [];
	const walk = (list: TreeNode<T>[]) => {
		for (const node of list) {
			out.push(node);
			walk(node.children);
		}
	};
	walk(roots);
	return out;
}
