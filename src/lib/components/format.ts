export { formatDate, formatDateTime } from '../domain/dates';

export const CADENCE_LABELS: Record<string, string> = {
	weekly: 'Every week',
	biweekly: 'Every two weeks',
	monthly: 'Every month',
	once: 'Once'
};

export const STATUS_LABELS: Record<string, string> = {
	active: 'Active',
	paused: 'Paused',
	ended: 'Ended',
	open: 'Open',
	closed: 'Closed'
};

export function percent(part: number, whole: number): string {
	return whole > 0 ? `${Math.round((100 * part) / whole)}%` : '—';
}
