import type { ActionStatus } from '$lib/domain/action-plans';

/** An action as the focus-area components show it: what, who, by when, how it stands. */
export type ListedAction = {
	id: string;
	title: string;
	owner: { name: string } | null;
	dueOn: string;
	status: ActionStatus;
	overdue: boolean;
	notes: string;
};
