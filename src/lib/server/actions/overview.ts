import { ACTION_STATUSES, isActionStatus, type ActionStatus } from '../../domain/action-plans';
import type { Db } from '../db';
import { latestPerDepartment, listFocusAreas, type FocusAreaView } from './focus-areas';

// HR's view of every department's current focus areas and how their actions stand.

export type OverviewFilter = { status: ActionStatus | null; overdue: boolean };

export function parseOverviewFilter(url: URL): OverviewFilter {
	const status = url.searchParams.get('actionStatus');
	return {
		status: isActionStatus(status) ? status : null,
		overdue: url.searchParams.get('overdue') === '1'
	};
}

export type ActionOverview = {
	filter: OverviewFilter;
	/** Focus areas with only the actions the filter keeps; areas left without any are dropped. */
	areas: FocusAreaView[];
	/** Across every department's current focus areas, unfiltered. */
	totals: Record<ActionStatus, number> & { overdue: number; departments: number };
};

/** `locale` picks the wording of focus areas that are single items. */
export async function actionOverview(
	db: Db,
	filter: OverviewFilter,
	locale?: string
): Promise<ActionOverview> {
	const current = latestPerDepartment(await listFocusAreas(db, { locale }));
	const all = current.flatMap((a) => a.actions);
	const totals = {
		...(Object.fromEntries(
			ACTION_STATUSES.map((s) => [s, all.filter((a) => a.status === s).length])
		) as Record<ActionStatus, number>),
		overdue: all.filter((a) => a.overdue).length,
		departments: new Set(current.map((a) => a.departmentId)).size
	};
	const filtering = filter.status !== null || filter.overdue;
	const areas = current
		.map((area) => ({
			...area,
			actions: area.actions.filter(
				(a) => (!filter.status || a.status === filter.status) && (!filter.overdue || a.overdue)
			)
		}))
		.filter((area) => !filtering || area.actions.length > 0);
	return { filter, areas, totals };
}
