import { formatter } from '../i18n/format';
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

/** @deprecated English only: pages take `i18n(locale).f.percentOf`. */
export function percent(part: number, whole: number): string {
	return formatter('en-GB').percentOf(part, whole);
}
