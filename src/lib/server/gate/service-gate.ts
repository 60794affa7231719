import {
	ALL_PROVIDERS,
	COMPANY,
	serviceKey,
	treeGroupKeys,
	type TreeGroups
} from '../../domain/reporting-groups';
import type { SuppressionReason } from '../../domain/suppression-reasons';
import { suppressedCell } from './cells';
import type { GatedTable } from './gated-table';
import { gateGroups, respondentsCost, type ClassedFigures, type GateOptions } from './group-gate';

// The internal service table: per provider, the consumer groups nest like any group tree and
// are gated as one (respondents, and promoters, passives, detractors as classes). A total over
// several providers (a consumer's row, the grand total) would tie the providers' trees together
// and tell which hidden cells are empty, so it is shown only when every cell it adds up is.
// A provider's company cell is its internal NPS received, which team pages, the company page and
// the service chain build on: it is hidden last, and a subtree total costs all its respondents
// (not the discount of group trees), so breaches are mended by hiding consumer cells instead.
// A group none of whose people were asked to rate a provider (the round's service map) holds a
// zero everyone knows: it is `not_asked`, needs no protection, and totals do not wait for it.

export type ServiceFacts<S> = {
	/** Per provider, each group's people who were asked to rate it. */
	invitedFor(provider: string): ReadonlyMap<string, number>;
	/** Keyed by serviceKey(group, provider); a missing cell has no ratings. */
	stats: ReadonlyMap<string, S>;
	providers: readonly string[];
	respondentsOf(stat: S): number;
	classesOf(stat: S): number[];
};

export function gateService<S>(
	tree: TreeGroups,
	facts: ServiceFacts<S>,
	k: number,
	options: GateOptions = {}
): GatedTable<S> {
	const groups = treeGroupKeys(tree);
	const reasons = new Map<string, SuppressionReason>();
	for (const provider of facts.providers) {
		const invited = facts.invitedFor(provider);
		for (const group of groups) {
			if ((invited.get(group) ?? 0) === 0 && !facts.stats.has(serviceKey(group, provider))) {
				reasons.set(serviceKey(group, provider), 'not_asked');
			}
		}
		const byGroup = new Map<string, ClassedFigures>();
		const responded = new Map<string, number>();
		for (const group of groups) {
			const stat = facts.stats.get(serviceKey(group, provider));
			if (!stat) continue;
			const respondents = facts.respondentsOf(stat);
			responded.set(group, respondents);
			byGroup.set(group, { respondents, answers: respondents, classes: facts.classesOf(stat) });
		}
		if (!byGroup.has(COMPANY)) {
			for (const group of groups) {
				if (!reasons.has(serviceKey(group, provider)))
					reasons.set(serviceKey(group, provider), 'fewer_than_k');
			}
			continue;
		}
		const pattern = gateGroups(
			tree,
			{ invited, responded, measures: new Map([['rating', byGroup]]) },
			k,
			{ cost: respondentsCost, ...options }
		);
		for (const group of groups) {
			const reason = pattern.reason(group);
			if (reason && !reasons.has(serviceKey(group, provider)))
				reasons.set(serviceKey(group, provider), reason);
		}
	}
	const wholeRow = (group: string) =>
		facts.providers.every((p) => {
			const reason = reasons.get(serviceKey(group, p));
			return reason === undefined || reason === 'not_asked';
		});
	for (const group of [...groups]) {
		const total = serviceKey(group, ALL_PROVIDERS);
		if (!facts.stats.has(total) || !wholeRow(group)) {
			const changed = facts.providers.some(
				(p) => reasons.get(serviceKey(group, p)) === 'group_changed'
			);
			const reason = facts.stats.has(total) ? 'protects_smaller_group' : 'fewer_than_k';
			reasons.set(total, changed ? 'group_changed' : reason);
		}
	}
	const visible = (key: string) => facts.stats.has(key) && !reasons.has(key);
	const reason = (key: string): SuppressionReason | null =>
		visible(key) ? null : (reasons.get(key) ?? 'fewer_than_k');
	return {
		isShown: visible,
		reason,
		cell: (key, value) => {
			const stat = facts.stats.get(key);
			return stat !== undefined && visible(key)
				? { value: value(stat), n: facts.respondentsOf(stat) }
				: suppressedCell(reason(key)!);
		}
	};
}
