import { DRIVER_LABELS, type Driver } from './questions';
import { isOneOf } from './one-of';

/** Focus areas and actions: what a department does about a round's results. */

export const ACTION_STATUSES = ['planned', 'in_progress', 'done', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
	planned: 'Planned',
	in_progress: 'In progress',
	done: 'Done',
	dropped: 'Dropped'
};

/** A department picks at most this many focus areas per round, so that each gets real work. */
export const MAX_FOCUS_AREAS = 3;

export function isActionStatus(value: unknown): value is ActionStatus {
	return isOneOf(ACTION_STATUSES, value);
}

/** Still open (planned or in progress) and due before `today` ('YYYY-MM-DD'). */
export function isOverdue(action: { status: ActionStatus; dueOn: string }, today: string): boolean {
	return (action.status === 'planned' || action.status === 'in_progress') && action.dueOn < today;
}

/** What a focus area is about: a driver, or one of its items by its wording. */
export function focusSubjectLabel(
	focus: { driver: string; itemText: string | null },
	driverLabel: (driver: string) => string = (d) => DRIVER_LABELS[d as Driver] ?? d
): string {
	const driver = driverLabel(focus.driver);
	return focus.itemText ? `${driver}: “${focus.itemText}”` : driver;
}
