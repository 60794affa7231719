import { directKey, type TreeGroups } from '../../domain/reporting-groups';

// Pooling (statistical offices' word for publishing a small group only inside a larger one): the
// own members of a department with sub-departments, when fewer than k of them are invited (a
// division's two or three managers), are never a group of their own and are left out of their
// department's subtree figure, which then covers its sub-departments only; they count in the
// parent's subtree (the company's figure for a top department). Only the headcount decides,
// which is public, so pooling itself tells nothing. Several pooled groups under one parent then
// protect each other, instead of each hiding a team beside it.

/** The departments whose own members are pooled into the group above. */
export function pooledOwnMembers(
	tree: TreeGroups,
	invited: ReadonlyMap<string, number>,
	k: number
): Set<string> {
	return new Set(
		tree.order.filter((id) => tree.hasChildren(id) && (invited.get(directKey(id)) ?? 0) < k)
	);
}

/**
 * Statistics with each pooled department's own members taken out of its subtree; `suffix` keys
 * per-provider statistics (`|provider`), empty for group statistics.
 */
export function withoutPooled<S>(
	stats: ReadonlyMap<string, S>,
	pooled: ReadonlySet<string>,
	minus: (whole: S, part: S) => S
): Map<string, S> {
	const out = new Map(stats);
	if (pooled.size === 0) return out;
	for (const [key, stat] of stats) {
		const bar = key.indexOf('|');
		const group = bar < 0 ? key : key.slice(0, bar);
		const suffix = bar < 0 ? '' : key.slice(bar);
		if (!group.startsWith('subtree:')) continue;
		const id = group.slice('subtree:'.length);
		if (!pooled.has(id)) continue;
		const own = stats.get(`${directKey(id)}${suffix}`);
		if (own !== undefined) out.set(key, minus(stat, own));
	}
	return out;
}
