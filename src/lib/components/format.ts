const dateFormat = new Intl.DateTimeFormat('en-GB', {
	day: 'numeric',
	month: 'short',
	year: 'numeric',
	timeZone: 'UTC'
});
const dateTimeFormat = new Intl.DateTimeFormat('en-GB', {
	day: 'numeric',
	month: 'short',
	year: 'numeric',
	hour: '2-digit',
	minute: '2-digit',
	timeZone: 'UTC',
	timeZoneName: 'short'
});

export function formatDate(value: Date | string | null | undefined): string {
	if (!value) return '—';
	return dateFormat.format(typeof value === 'string' ? new Date(value) : value);
}

export function formatDateTime(value: Date | string | null | undefined): string {
	if (!value) return '—';
	return dateTimeFormat.format(typeof value === 'string' ? new Date(value) : value);
}

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
