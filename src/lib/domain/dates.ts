// Calendar days and instants: one home for the day length, the `YYYY-MM-DD` check and the way
// dates are shown. Shown in UTC, so that the server and the browser render the same text.

export const SECOND_MS = 1000;
export const MINUTE_MS = 60 * SECOND_MS;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day written `YYYY-MM-DD` (so not `2026-02-30`). */
export function isCalendarDay(value: string): boolean {
	if (!DAY_PATTERN.test(value)) return false;
	const date = new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && isoDay(date) === value;
}

/** The UTC calendar day of an instant, `YYYY-MM-DD`. */
export function isoDay(date: Date): string {
	return date.toISOString().slice(0, 10);
}

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
	timeZone: 'UTC'
});

const asDate = (value: Date | string) => (typeof value === 'string' ? new Date(value) : value);

/** `2 Dec 2026`; a dash when there is no date. */
export function formatDate(value: Date | string | null | undefined): string {
	return value ? dateFormat.format(asDate(value)) : '—';
}

/** `2 Dec 2026, 11:40 UTC`; a dash when there is no date. */
export function formatDateTime(value: Date | string | null | undefined): string {
	return value ? `${dateTimeFormat.format(asDate(value))} UTC` : '—';
}
