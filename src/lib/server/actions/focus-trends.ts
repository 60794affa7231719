import type { Db } from '../db';
import { departmentTrend } from '../analytics/trend';
import { mapCell, type Cell } from '../gate/cells';
import { latestPerDepartment, listFocusAreas, type FocusAreaView } from './focus-areas';

// Each focus driver's % favourable from the round it was chosen after to now, every point gated:
// has the work moved it? An item focus follows its driver, the figure the gate publishes.

export type FocusTrendPoint = { opensOn: string; cell: Cell<number | null> };

export async function focusTrends(
	db: Db,
	areas: readonly FocusAreaView[]
): Promise<Record<string, FocusTrendPoint[]>> {
	const trends: Record<string, FocusTrendPoint[]> = {};
	for (const area of areas) {
		const trend = await departmentTrend(db, area.departmentId, area.driver, {
			from: area.round.opensOn
		});
		trends[area.id] = trend.ok
			? trend.data.points.map((p) => ({
					opensOn: p.round.opensOn,
					cell: mapCell(p.cell, (v) => ('favourable' in v ? v.favourable : null))
				}))
			: [];
	}
	return trends;
}

/** A department's latest focus areas with their actions and trends: the team page's plans. */
export async function teamPlans(db: Db, departmentId: string, locale: string) {
	const areas = latestPerDepartment(
		await listFocusAreas(db, { departmentIds: [departmentId], locale })
	);
	return { areas, trends: await focusTrends(db, areas) };
}
