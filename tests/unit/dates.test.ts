import { describe, expect, it } from 'vitest';
import {
	DAY_MS,
	formatDate,
	formatDateTime,
	isCalendarDay,
	isoDay
} from '../../src/lib/domain/dates';

describe('calendar days', () => {
	it('accepts real days written YYYY-MM-DD and nothing else', () => {
		for (const day of ['2026-12-02', '2024-02-29', '1900-01-01', '2999-12-31']) {
			expect(isCalendarDay(day), day).toBe(true);
		}
		for (const day of ['2026-02-29', '2026-02-30', '2026-13-01', '2026-12-2', '02/12/2026', '']) {
			expect(isCalendarDay(day), day).toBe(false);
		}
	});

	it('takes the UTC day of an instant', () => {
		expect(isoDay(new Date('2026-12-02T23:59:59Z'))).toBe('2026-12-02');
		expect(isoDay(new Date(Date.UTC(2026, 11, 2) + DAY_MS))).toBe('2026-12-03');
	});
});

describe('one way of showing dates', () => {
	it('shows days and instants in UTC, and a dash for none', () => {
		expect(formatDate('2026-03-01T00:00:00Z')).toBe('1 Mar 2026');
		expect(formatDateTime(new Date('2026-03-01T09:05:00Z'))).toBe('1 Mar 2026, 09:05 UTC');
		expect(formatDate(null)).toBe('—');
		expect(formatDateTime(undefined)).toBe('—');
	});
});
