import { DAY_MS } from './dates';
import type { Cadence } from './questions';

export type ScheduleSettings = {
	/** First day of the programme, 'YYYY-MM-DD'; rounds open at 00:00 UTC of their day. */
	startsOn: string;
	cadence: Cadence;
	roundLengthDays: number;
};

/** Longest round a cadence allows, so that one round closes before the next one opens. */
export function maxRoundLengthDays(cadence: Cadence): number {
	return { weekly: 7, biweekly: 14, monthly: 28, once: 60 }[cadence];
}

function parseDay(day: string): Date {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
	if (!match) throw new Error(`not a date: ${day}`);
	return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

/** Start of period `index` (0 = the first round). Monthly keeps the day, clamped to short months. */
export function periodStart(settings: ScheduleSettings, index: number): Date | null {
	if (index < 0) return null;
	const start = parseDay(settings.startsOn);
	switch (settings.cadence) {
		case 'once':
			return index === 0 ? start : null;
		case 'weekly':
			return new Date(start.getTime() + index * 7 * DAY_MS);
		case 'biweekly':
			return new Date(start.getTime() + index * 14 * DAY_MS);
		case 'monthly': {
			const year = start.getUTCFullYear();
			const month = start.getUTCMonth() + index;
			const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
			return new Date(Date.UTC(year, month, Math.min(start.getUTCDate(), lastDay)));
		}
	}
}

export type RoundWindow = { periodIndex: number; opensAt: Date; closesAt: Date };

export function roundWindow(settings: ScheduleSettings, index: number): RoundWindow | null {
	const opensAt = periodStart(settings, index);
	if (!opensAt) return null;
	return {
		periodIndex: index,
		opensAt,
		closesAt: new Date(opensAt.getTime() + settings.roundLengthDays * DAY_MS)
	};
}

/** The latest period that has started by `now` (-1 before the programme starts). */
export function latestStartedPeriod(settings: ScheduleSettings, now: Date): number {
	const start = parseDay(settings.startsOn).getTime();
	if (now.getTime() < start) return -1;
	if (settings.cadence === 'once') return 0;
	if (settings.cadence !== 'monthly') {
		const days = settings.cadence === 'weekly' ? 7 : 14;
		return Math.floor((now.getTime() - start) / (days * DAY_MS));
	}
	let index = Math.floor((now.getTime() - start) / (31 * DAY_MS));
	while ((periodStart(settings, index + 1) as Date).getTime() <= now.getTime()) index += 1;
	return index;
}

/**
 * The round that should be open at `now`, if any: the latest started period whose window has not
 * ended. Periods missed while the service was down are skipped, never opened late in a burst.
 */
export function dueRound(settings: ScheduleSettings, now: Date): RoundWindow | null {
	const window = roundWindow(settings, latestStartedPeriod(settings, now));
	return window && window.closesAt.getTime() > now.getTime() ? window : null;
}

/** The first round window that opens after `now`, for "next round opens on". */
export function nextRoundAfter(settings: ScheduleSettings, now: Date): RoundWindow | null {
	return roundWindow(settings, latestStartedPeriod(settings, now) + 1);
}
