import type { Db } from '../db';
import { textFor } from '../../domain/questions';
import { companyItemResults, teamItemResults } from '../analytics/item-results';
import type { DriverValue } from '../analytics/cell-values';
import type { Cell } from '../gate/cells';
import type { ExportPlan } from './plan';

// How people answered each question of the latest round, read through the gated item results:
// the department's own cells in a department's report, the company's in the company's.

export type ItemDistribution = {
	key: string;
	driver: string;
	text: string;
	cell: Cell<DriverValue>;
};

export async function itemDistributions(
	db: Db,
	plan: ExportPlan,
	roundId: string
): Promise<ItemDistribution[]> {
	const items = plan.root
		? (await teamItemResults(db, plan.root.id, roundId))?.items
		: await companyItemResults(db, roundId);
	return (items ?? []).map((item) => ({
		key: item.key,
		driver: item.driver,
		text: textFor(item.texts, plan.request.language),
		cell: item.cell
	}));
}
