// How pulse rounds and external figures meet in time. Both are put on calendar months: a round
// counts for the month it opened in; an external figure for the months its period stands for.

import { DAY_MS, isCalendarDay, isoDay } from './dates';
import { isOneOf } from './one-of';

/** Months since January of year 0: consecutive months differ by one. */
export function monthIndex(day: string): number {
	const year = Number(day.slice(0, 4));
	const month = Number(day.slice(5, 7));
	return year * 12 + month - 1;
}

/** The month's first day, 'YYYY-MM-01'. */
export function monthStart(index: number): string {
	const year = Math.floor(index / 12);
	const month = (index % 12) + 1;
	return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`;
}

/** 'YYYY-MM', how a month is shown in tables and charts. */
export function monthLabel(index: number): string {
	return monthStart(index).slice(0, 7);
}

/**
 * The months an external figure counts for: each month whose 15th lies within its period (a
 * calendar month's figure is that month; a quarter's, its three months), or, for a period too
 * short to contain a 15th, the month of its middle day.
 */
export function monthsOfPeriod(start: string, end: string): number[] {
	const months: number[] = [];
	for (let m = monthIndex(start); m <= monthIndex(end); m++) {
		const fifteenth = monthStart(m).slice(0, 8) + '15';
		if (fifteenth >= start && fifteenth <= end) months.push(m);
	}
	if (months.length > 0) return months;
	const from = Date.parse(`${start}T00:00:00Z`);
	const to = Date.parse(`${end}T00:00:00Z`);
	return [monthIndex(isoDay(new Date(from + (to - from) / 2)))];
}

/** The rule, as the insights page and the API documentation state it. */
export const ALIGNMENT_RULE =
	'Rounds and external figures meet by calendar month. A round counts for the month in which it ' +
	'opened. An external figure counts for each month whose 15th falls within its period (a ' +
	'monthly figure for its month, a quarterly one for each of its three months; a shorter period ' +
	'for the month of its middle day). Several figures for one department and month (several ' +
	'sources, overlapping periods) are averaged, weighted by sample size. With a lag of L months, ' +
	'internal figures of month m meet external figures of month m + L; the reverse view pairs ' +
	'external figures of month m with internal figures of month m + L.';

/**
 * The days a reporting range may name. Far wider than any real range, and narrow enough that a
 * month or a year on from either end is still a date (a month after 9999-12-31 is not one).
 */
export const EARLIEST_DAY = '1900-01-01';
export const LATEST_DAY = '2999-12-31';
/** A real calendar day, `YYYY-MM-DD`, between `EARLIEST_DAY` and `LATEST_DAY`. */
export function isReportingDay(value: string): boolean {
	return isCalendarDay(value) && value >= EARLIEST_DAY && value <= LATEST_DAY;
}

// Reporting periods: a calendar month, quarter, half-year or year, named as 2026-07, 2026-Q3,
// 2026-H1 or 2026, or by a preset relative to today ("last quarter"). A report covers the rounds
// that opened within its period.

export const PERIOD_KINDS = ['month', 'quarter', 'half', 'year'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

const MONTHS_IN: Record<PeriodKind, number> = { month: 1, quarter: 3, half: 6, year: 12 };

export const PERIOD_PRESETS = [
	'last_month',
	'this_quarter',
	'last_quarter',
	'this_half',
	'last_half',
	'this_year',
	'last_year'
] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

export type ReportPeriod = {
	kind: PeriodKind;
	/** '2026-07', '2026-Q3', '2026-H1' or '2026'. */
	key: string;
	from: string;
	to: string;
};

function dayBefore(day: string): string {
	return isoDay(new Date(Date.parse(`${day}T00:00:00Z`) - DAY_MS));
}

/** The period of `kind` numbered `index` (months, quarters, … since year 0). */
export function periodAt(kind: PeriodKind, index: number): ReportPeriod {
	const size = MONTHS_IN[kind];
	const first = index * size;
	const year = Math.floor(first / 12);
	const part = (first % 12) / size + 1;
	const key =
		kind === 'month'
			? monthLabel(first)
			: kind === 'quarter'
				? `${year}-Q${part}`
				: kind === 'half'
					? `${year}-H${part}`
					: String(year);
	return { kind, key, from: monthStart(first), to: dayBefore(monthStart(first + size)) };
}

/** The index of the period of `kind` that contains `day`. */
export function periodIndex(kind: PeriodKind, day: string): number {
	return Math.floor(monthIndex(day) / MONTHS_IN[kind]);
}

/** The period of `kind` containing `day`. */
export function periodContaining(kind: PeriodKind, day: string): ReportPeriod {
	return periodAt(kind, periodIndex(kind, day));
}

/** The latest period of `kind` that has ended before `day`. */
export function lastCompletePeriod(kind: PeriodKind, day: string): ReportPeriod {
	return periodAt(kind, periodIndex(kind, day) - 1);
}

export function presetPeriod(preset: PeriodPreset, today: string): ReportPeriod {
	const [when, unit] = preset.split('_') as [
		'this' | 'last',
		'month' | 'quarter' | 'half' | 'year'
	];
	return when === 'this' ? periodContaining(unit, today) : lastCompletePeriod(unit, today);
}

const NAMED = /^(\d{4})(?:-(?:(\d{2})|Q([1-4])|H([12])))?$/;

/**
 * A period from a preset name or a key (2026-07, 2026-Q3, 2026-H1, 2026); null when it is
 * neither, or lies outside the days a report may name.
 */
export function parsePeriod(value: string, today: string): ReportPeriod | null {
	if (isOneOf(PERIOD_PRESETS, value)) return presetPeriod(value, today);
	const match = NAMED.exec(value.trim().toUpperCase());
	if (!match) return null;
	const year = Number(match[1]);
	let period: ReportPeriod;
	if (match[2]) {
		const month = Number(match[2]);
		if (month < 1 || month > 12) return null;
		period = periodAt('month', year * 12 + month - 1);
	} else if (match[3]) period = periodAt('quarter', year * 4 + Number(match[3]) - 1);
	else if (match[4]) period = periodAt('half', year * 2 + Number(match[4]) - 1);
	else period = periodAt('year', year);
	return period.from >= EARLIEST_DAY && period.to <= LATEST_DAY ? period : null;
}
