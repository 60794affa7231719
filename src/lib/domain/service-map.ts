import { COMPANY, subtreeKey, type TreeGroups } from './reporting-groups';

// The service map: per consumer department, the providers its people are asked to rate in the
// internal-service question. A department the map does not mention rates any department but its
// own, as Rapport did before maps existed. The map a round opened with is public configuration,
// so a pair that was not asked is a known zero: the gate neither protects it nor counts it as a
// hidden figure, and the survey refuses ratings outside it.

export type ServiceMap = ReadonlyMap<string, ReadonlySet<string>>;

export const EMPTY_SERVICE_MAP: ServiceMap = new Map();

export function isAsked(map: ServiceMap, consumer: string, provider: string): boolean {
	if (consumer === provider) return false;
	const providers = map.get(consumer);
	return providers === undefined || providers.has(provider);
}

/** The departments a person of `consumer` is offered, in the order given. */
export function providersAsked<T extends { id: string }>(
	map: ServiceMap,
	consumer: string,
	departments: readonly T[]
): T[] {
	return departments.filter((d) => isAsked(map, consumer, d.id));
}

export function serviceMapOf(
	rows: readonly { consumer: string; provider: string }[]
): Map<string, Set<string>> {
	const map = new Map<string, Set<string>>();
	for (const { consumer, provider } of rows) {
		const providers = map.get(consumer) ?? new Set<string>();
		providers.add(provider);
		map.set(consumer, providers);
	}
	return map;
}

/**
 * Per group, how many of its invited people were asked to rate `provider`: the group's headcount
 * less the own members of each department inside it that was not asked. `invited` is keyed by
 * group and holds each department's own members under `tree.ownMembers(id)`; a pooled
 * department's subtree leaves its own members out (see server/gate/pooling.ts).
 */
export function invitedToRate(
	tree: TreeGroups,
	invited: ReadonlyMap<string, number>,
	pooled: ReadonlySet<string>,
	map: ServiceMap,
	provider: string
): Map<string, number> {
	const out = new Map(invited);
	const take = (key: string, n: number) => {
		const had = out.get(key);
		if (had !== undefined) out.set(key, Math.max(0, had - n));
	};
	// Each department not asked takes its own members out of every group that holds them: its
	// own-members group, its subtree (unless pooled away), each enclosing subtree, the company.
	for (const id of tree.order) {
		if (isAsked(map, id, provider)) continue;
		const own = tree.ownMembers(id);
		const n = invited.get(own) ?? 0;
		if (n === 0) continue;
		take(own, n);
		if (tree.hasChildren(id) && !pooled.has(id)) take(subtreeKey(id), n);
		for (let a = tree.parent.get(id) ?? null; a !== null; a = tree.parent.get(a) ?? null) {
			take(subtreeKey(a), n);
		}
		take(COMPANY, n);
	}
	return out;
}
