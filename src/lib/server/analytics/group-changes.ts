import type { Db } from '../db';
import type { TreeGroups } from '../../domain/group-systems';
import type { ClosedRound } from './round-data';

/**
 * The groups whose membership changed just before the round, to be hidden for it. A stub: no
 * group counts as changed until membership history is kept.
 */
export async function loadChangedGroups(
	_db: Db,
	_round: ClosedRound,
	_tree: TreeGroups
): Promise<Set<string>> {
	return new Set();
}
