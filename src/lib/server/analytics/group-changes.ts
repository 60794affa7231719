import type { Db } from '../db';
import { COMPANY, subtreeKey, type TreeGroups } from '../../domain/reporting-groups';
import { isChangedGroup } from '../../domain/group-changes';
import { thresholds } from '../gate/gated-table';
import type { ClosedRound } from './round-data';

/**
 * The groups of a closed round padded with newcomers just before it (domain/group-changes.ts),
 * as group keys: `company`, `subtree:<id>`, `direct:<id>` (a leaf's own members are its
 * subtree). Judged from the composition frozen at close against the round's k for scores, or
 * against `k` when given (the larger k for comments).
 */
export async function loadChangedGroups(
	db: Db,
	round: ClosedRound,
	tree: TreeGroups,
	k = thresholds(round.kScores, round.kComments).kScores
): Promise<Set<string>> {
	const rows = await db
		.selectFrom('rollup_group_changes')
		.select(['scope', 'department_id', 'newcomers', 'responded'])
		.where('round_id', '=', round.id)
		.execute();
	const changed = new Set<string>();
	for (const row of rows) {
		if (!isChangedGroup(row, k)) continue;
		if (row.scope === 'company' || row.department_id === null) changed.add(COMPANY);
		else if (row.scope === 'subtree') changed.add(subtreeKey(row.department_id));
		else changed.add(tree.ownMembers(row.department_id));
	}
	return changed;
}
