import { formatter } from '../i18n/format';

// Calendar days and instants: one home for the day length and the `YYYY-MM-DD` check. How dates
// are shown lives with the other display formats, in i18n/format.ts.

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

/** @deprecated English only: pages write dates with `i18n(locale).f.date`. */
export function formatDate(value: Date | string | null | undefined): string {
	return formatter('en-GB').date(value);
}

/** @deprecated English only: pages write instants with `i18n(locale).f.dateTime`. */
export function formatDateTime(value: Date | string | null | undefined): string {
	return formatter('en-GB').dateTime(value);
}
