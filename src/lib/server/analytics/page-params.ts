import { error } from '@sveltejs/kit';
import { isUuid } from '../../domain/ids';
import { EARLIEST_DAY, isReportingDay, LATEST_DAY } from '../../domain/periods';
import { CONSUMER_LEVELS, type ConsumerLevel } from './matrix';
import { readerWords } from '../http/reader-words';
import { i18n } from '../../i18n';
import type { Db } from '../db';
import type { Viewer } from './access';
import { dashboardChoices } from './dashboards';

// The query parameters the dashboard pages share: which closed round, which range of rounds.

/** How many rounds a trend shows by default. */
export const TREND_ROUNDS = 12;

type RoundChoice = { id: string; programmeId: string; opensOn: string; closesOn: string };

/** The round asked for by `?round=`, else the latest closed round; 404 for one not on the list. */
export function pickRound<R extends RoundChoice>(rounds: R[], url: URL): R | null {
	const asked = url.searchParams.get('round');
	if (!asked) return rounds[0] ?? null;
	const round = isUuid(asked) ? rounds.find((r) => r.id === asked) : undefined;
	if (!round) {
		error(404, { code: 'not_found', message: readerWords().access.noClosedRound });
	}
	return round;
}

/**
 * What a team page shows a choice of: the department (404 unless the reader may see it), the
 * closed rounds, and the round picked from them by `?round=`.
 */
export async function pickTeamRound(
	db: Db,
	viewer: Viewer,
	{ params, url, locals }: { params: { department: string }; url: URL; locals: App.Locals }
) {
	const choices = await dashboardChoices(db, viewer);
	const department = choices.departments.find((d) => d.id === params.department);
	if (!department) {
		error(404, { code: 'not_found', message: i18n(locals.locale).t.team.noSuchDepartment });
	}
	return { choices, department, round: pickRound(choices.rounds, url) };
}

/** `?from=` and `?to=` as calendar days (empty means unset); 400 for anything else. */
export function pickRange(url: URL): { from: string | null; to: string | null } {
	const read = (name: string) => {
		const value = url.searchParams.get(name) ?? '';
		if (value === '') return null;
		if (!isReportingDay(value)) {
			error(400, {
				code: 'bad_request',
				message: readerWords().access.badDay(name, EARLIEST_DAY, LATEST_DAY)
			});
		}
		return value;
	};
	const range = { from: read('from'), to: read('to') };
	if (range.from && range.to && range.from > range.to) {
		error(400, { code: 'bad_request', message: readerWords().access.rangeBackwards });
	}
	return range;
}

/** `?department=`: a department id, or null for none; 404 for anything that is not one. */
export function pickDepartment<D extends { id: string }>(departments: D[], url: URL): D | null {
	const asked = url.searchParams.get('department') ?? '';
	if (asked === '') return null;
	const found = isUuid(asked) ? departments.find((d) => d.id === asked) : undefined;
	if (!found) error(404, { code: 'not_found', message: readerWords().access.noSuchDepartment });
	return found;
}

/** `?consumers=`: the matrix's rows, departments or divisions; null for the default; 400 else. */
export function pickConsumerLevel(url: URL): ConsumerLevel | null {
	const asked = url.searchParams.get('consumers') ?? '';
	if (asked === '') return null;
	const level = CONSUMER_LEVELS.find((l) => l === asked);
	if (!level) {
		error(400, { code: 'bad_request', message: readerWords().access.consumers });
	}
	return level;
}
