import { describe, expect, it } from 'vitest';
import {
	dueRound,
	latestStartedPeriod,
	maxRoundLengthDays,
	nextRoundAfter,
	periodStart,
	type ScheduleSettings
} from '../../src/lib/domain/schedule';

const at = (iso: string) => new Date(iso);

describe('round schedule', () => {
	const weekly: ScheduleSettings = {
		startsOn: '2026-01-05',
		cadence: 'weekly',
		roundLengthDays: 3
	};

	it('opens weekly rounds at 00:00 UTC every seven days', () => {
		expect(periodStart(weekly, 0)?.toISOString()).toBe('2026-01-05T00:00:00.000Z');
		expect(periodStart(weekly, 2)?.toISOString()).toBe('2026-01-19T00:00:00.000Z');
	});

	it('keeps the day of the month, clamped to short months', () => {
		const monthly: ScheduleSettings = {
			startsOn: '2026-01-31',
			cadence: 'monthly',
			roundLengthDays: 5
		};
		expect(periodStart(monthly, 1)?.toISOString().slice(0, 10)).toBe('2026-02-28');
		expect(periodStart(monthly, 2)?.toISOString().slice(0, 10)).toBe('2026-03-31');
		expect(latestStartedPeriod(monthly, at('2026-03-30T12:00:00Z'))).toBe(1);
		expect(latestStartedPeriod(monthly, at('2026-03-31T00:00:00Z'))).toBe(2);
		expect(latestStartedPeriod(monthly, at('2027-02-28T00:00:00Z'))).toBe(13);
	});

	it('has a due round only inside a window, and skips windows that were missed', () => {
		expect(dueRound(weekly, at('2026-01-04T23:59:59Z'))).toBeNull();
		expect(dueRound(weekly, at('2026-01-05T00:00:00Z'))?.periodIndex).toBe(0);
		expect(dueRound(weekly, at('2026-01-07T23:59:59Z'))?.periodIndex).toBe(0);
		expect(dueRound(weekly, at('2026-01-08T00:00:00Z'))).toBeNull();
		expect(dueRound(weekly, at('2026-03-03T10:00:00Z'))?.periodIndex).toBe(8);
		expect(nextRoundAfter(weekly, at('2026-01-06T00:00:00Z'))?.opensAt.toISOString()).toBe(
			'2026-01-12T00:00:00.000Z'
		);
	});

	it('runs a one-off programme once', () => {
		const once: ScheduleSettings = { startsOn: '2026-05-01', cadence: 'once', roundLengthDays: 10 };
		expect(dueRound(once, at('2026-05-03T00:00:00Z'))?.periodIndex).toBe(0);
		expect(dueRound(once, at('2026-06-03T00:00:00Z'))).toBeNull();
		expect(nextRoundAfter(once, at('2026-05-03T00:00:00Z'))).toBeNull();
	});

	it('keeps a round shorter than its cadence', () => {
		expect(maxRoundLengthDays('weekly')).toBe(7);
		expect(maxRoundLengthDays('monthly')).toBe(28);
	});
});
