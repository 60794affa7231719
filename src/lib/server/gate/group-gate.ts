import { COMPANY, treeGroupKeys, type TreeGroups } from '../../domain/reporting-groups';
import { suppressNested } from './nested-suppression';
import type { SuppressionReason } from '../../domain/suppression-reasons';
import { suppressedCell } from './cells';
import type { GatedTable } from './gated-table';

// One pattern per round and group tree: every table about the same groups (participation, each
// measure, comments, driver impact) hides the same groups, and a shown group carries one n, its
// respondents, in all of them. So no table shows a count, or a figure, beside another table's
// hidden cell of the same group, and none of the tables' sums can be played against another's.

/** A group's answers to one measure, split into the classes its shown figures are made of. */
export type ClassedFigures = { respondents: number; answers: number; classes: number[] };

export type GroupFacts = {
	/** People invited per group (a headcount, public); a group without any is a known zero. */
	invited: ReadonlyMap<string, number>;
	/** Respondents per group: the one n every shown cell of the group carries. */
	responded: ReadonlyMap<string, number>;
	/** Per measure, per group. */
	measures: ReadonlyMap<string, ReadonlyMap<string, ClassedFigures>>;
};

export type GroupPattern = {
	isShown(key: string): boolean;
	reason(key: string): SuppressionReason | null;
	/** The group's n where shown. */
	respondents(key: string): number;
};

/** What withholding a group costs readers; the gate hides the cheapest group that protects. */
export type CostOf = (key: string, respondents: number, tree: TreeGroups) => number;

/** Every respondent hidden counts alike; the company's figure is hidden last. */
export const respondentsCost: CostOf = (key, respondents) =>
	key === COMPANY ? Number.MAX_SAFE_INTEGER : respondents;

/**
 * A subtree's total costs a quarter of its respondents: its teams stay shown and say most of
 * what it would, so it goes before a team of the same size (measured in scripts/gate-figures.ts).
 */
export const AGGREGATE_DISCOUNT = 4;
export const aggregatesFirstCost: CostOf = (key, respondents, tree) => {
	if (key === COMPANY) return Number.MAX_SAFE_INTEGER;
	const id = key.slice(key.indexOf(':') + 1);
	return key.startsWith('subtree:') && tree.hasChildren(id)
		? respondents / AGGREGATE_DISCOUNT
		: respondents;
};

export type GateOptions = {
	forced?: ReadonlyMap<string, SuppressionReason>;
	cost?: CostOf;
	/**
	 * Departments whose own members are pooled into the group above (see pooledOwnMembers): their
	 * subtree's figures leave them out, and they count only in the parent's.
	 */
	pooled?: ReadonlySet<string>;
};

/** Every group of a tree gated at once on its figures; see nested-suppression.ts. */
export function gateGroups(
	tree: TreeGroups,
	facts: GroupFacts,
	k: number,
	options: GateOptions = {}
): GroupPattern {
	const keys = treeGroupKeys(tree);
	const index = new Map(keys.map((key, i) => [key, i]));
	const pooled = options.pooled ?? new Set<string>();
	const parent = keys.map((key) => parentCell(tree, key, index, pooled));
	const measures = [...facts.measures.keys()].sort();
	const figures: number[][] = [];
	const sizes: number[] = [];
	for (const key of keys) {
		const row = [facts.responded.get(key) ?? 0];
		let size = row[0];
		for (const m of measures) {
			const f = facts.measures.get(m)!.get(key);
			const classes = f?.classes ?? new Array<number>(classCount(facts, m)).fill(0);
			row.push(f?.answers ?? 0, ...classes);
			if (f && f.respondents > 0) size = Math.min(size, f.respondents);
		}
		figures.push(row);
		sizes.push(size);
	}
	const counts = [{ figure: 0, perMember: 1 }];
	const classifications: number[][] = [];
	let at = 1;
	for (const m of measures) {
		counts.push({ figure: at, perMember: answersPerMember(facts.measures.get(m)!) });
		const width = classCount(facts, m);
		classifications.push(Array.from({ length: width }, (_, i) => at + 1 + i));
		at += 1 + width;
	}
	const forced = options.forced ?? new Map<string, SuppressionReason>();
	const cost = options.cost ?? aggregatesFirstCost;
	const hidden = suppressNested({
		parent,
		members: keys.map((key) => facts.invited.get(key) ?? 0),
		figures,
		counts,
		respondents: 0,
		classifications,
		k,
		sizes,
		forced: [...forced.keys()].map((key) => index.get(key)).filter((i) => i !== undefined),
		cost: keys.map((key, i) => cost(key, figures[i][0], tree))
	});
	const shown = new Set(keys.filter((_, i) => !hidden[i]));
	const reason = (key: string): SuppressionReason | null => {
		if (shown.has(key)) return null;
		const i = index.get(key);
		if (forced.has(key)) return forced.get(key)!;
		return i !== undefined && sizes[i] >= k ? 'protects_smaller_group' : 'fewer_than_k';
	};
	return {
		isShown: (key) => shown.has(key),
		reason,
		respondents: (key) => facts.responded.get(key) ?? 0
	};
}

/** A table of statistics seen through a pattern: shown where the pattern shows the group. */
export function patternTable<S>(
	stats: ReadonlyMap<string, S>,
	pattern: GroupPattern,
	extraRule: (stat: S) => boolean = () => true
): GatedTable<S> {
	const visible = (key: string) => {
		const stat = stats.get(key);
		return stat !== undefined && pattern.isShown(key) && extraRule(stat);
	};
	const reason = (key: string): SuppressionReason | null =>
		visible(key) ? null : (pattern.reason(key) ?? 'fewer_than_k');
	return {
		isShown: visible,
		reason,
		cell: (key, value) =>
			visible(key)
				? { value: value(stats.get(key)!), n: pattern.respondents(key) }
				: suppressedCell(reason(key)!)
	};
}

function parentCell(
	tree: TreeGroups,
	key: string,
	index: Map<string, number>,
	pooled: ReadonlySet<string>
): number {
	if (key === 'company') return -1;
	const id = key.slice(key.indexOf(':') + 1);
	if (key.startsWith('direct:') && !pooled.has(id)) return index.get(`subtree:${id}`) ?? -1;
	const up = tree.parent.get(id);
	return up ? (index.get(`subtree:${up}`) ?? -1) : (index.get('company') ?? -1);
}

function classCount(facts: GroupFacts, measure: string): number {
	for (const f of facts.measures.get(measure)?.values() ?? []) return f.classes.length;
	return 0;
}

/** Answers one respondent gives to a measure (its items); from the data, never above the truth. */
function answersPerMember(groups: ReadonlyMap<string, ClassedFigures>): number {
	let most = 1;
	for (const f of groups.values()) {
		if (f.respondents > 0) most = Math.max(most, Math.floor(f.answers / f.respondents));
	}
	return most;
}
