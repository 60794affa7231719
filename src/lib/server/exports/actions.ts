import { ACTION_STATUS_LABELS, focusSubjectLabel } from '../../domain/action-plans';
import type { Db } from '../db';
import { listFocusAreas } from '../actions/focus-areas';
import type { ExportPlan } from './plan';
import { isoDay } from '../../domain/dates';

// The focus areas and actions of the exported departments, chosen after the exported rounds: one
// row per action (a focus area without actions still gets a row). Plans, not figures: no gate.

export type ActionExportRow = {
	department: string;
	round: string;
	focus: string;
	action: string;
	owner: string;
	due: string;
	status: string;
	overdue: boolean;
	notes: string;
};

export const ACTION_EXPORT_COLUMNS: { key: keyof ActionExportRow; label: string; width: number }[] =
	[
		{ key: 'department', label: 'Department', width: 24 },
		{ key: 'round', label: 'After the round of', width: 14 },
		{ key: 'focus', label: 'Focus area', width: 40 },
		{ key: 'action', label: 'Action', width: 44 },
		{ key: 'owner', label: 'Owner', width: 20 },
		{ key: 'due', label: 'Due', width: 12 },
		{ key: 'status', label: 'Status', width: 12 },
		{ key: 'overdue', label: 'Overdue', width: 9 },
		{ key: 'notes', label: 'Notes', width: 50 }
	];

export async function actionExportRows(db: Db, plan: ExportPlan): Promise<ActionExportRow[]> {
	const rounds = new Set(plan.rounds.map((r) => r.id));
	const areas = await listFocusAreas(db, {
		departmentIds: plan.scope.kind === 'all' ? undefined : [...plan.scope.departmentIds],
		today: isoDay(plan.createdAt)
	});
	return areas
		.filter((area) => rounds.has(area.round.id))
		.flatMap((area) => {
			const base = {
				department: plan.paths.get(area.departmentId) ?? area.departmentName,
				round: area.round.opensOn,
				focus: focusSubjectLabel(area)
			};
			if (area.actions.length === 0) {
				return [{ ...base, action: '', owner: '', due: '', status: '', overdue: false, notes: '' }];
			}
			return area.actions.map((a) => ({
				...base,
				action: a.title,
				owner: a.owner?.name ?? '',
				due: a.dueOn,
				status: ACTION_STATUS_LABELS[a.status],
				overdue: a.overdue,
				notes: a.notes
			}));
		});
}
