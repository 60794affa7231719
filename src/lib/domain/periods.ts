// How pulse rounds and external figures meet in time. Both are put on calendar months: a round
// counts for the month it opened in; an external figure for the months its period stands for.

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
	return [monthIndex(new Date(from + (to - from) / 2).toISOString().slice(0, 10))];
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
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day, `YYYY-MM-DD`, between `EARLIEST_DAY` and `LATEST_DAY`. */
export function isReportingDay(value: string): boolean {
	if (!DAY.test(value) || value < EARLIEST_DAY || value > LATEST_DAY) return false;
	const date = new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
