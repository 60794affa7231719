import type { Db } from '../db';
import { textFor } from '../../domain/questions';
import { teamItemResults } from '../analytics/item-results';
import type { DriverValue } from '../analytics/cell-values';
import type { Cell } from '../gate/cells';
import type { ExportPlan } from './plan';

// How people answered each question of the latest round, read through the gated item results:
// the department's own cell in a department's report, the company's cell in the company's.

export type ItemDistribution = {
	key: string;
	driver: string;
	text: string;
	cell: Cell<DriverValue>;
};

/** Departments of the round's org chart to read the company's item cells through, top level first. */
async function anyDepartments(db: Db): Promise<string[]> {
	const rows = await db
		.selectFrom('departments')
		.select('id')
		.orderBy('parent_id', 'desc')
		.orderBy('created_at')
		.limit(5)
		.execute();
	return rows.map((r) => r.id);
}

export async function itemDistributions(
	db: Db,
	plan: ExportPlan,
	roundId: string
): Promise<ItemDistribution[]> {
	const language = plan.request.language;
	const candidates = plan.root ? [plan.root.id] : await anyDepartments(db);
	for (const departmentId of candidates) {
		const results = await teamItemResults(db, departmentId, roundId);
		if (!results) continue;
		return results.items.map((item) => ({
			key: item.key,
			driver: item.driver,
			text: textFor(item.texts, language),
			cell: plan.root ? item.cell : item.company
		}));
	}
	return [];
}
