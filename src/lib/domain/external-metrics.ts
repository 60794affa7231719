import { ENGLISH_SERVER_WORDS, type ServerWords } from '../i18n/server-words';
import { isCalendarDay } from './dates';

// External satisfaction figures as they arrive (a CSV row or an API item): the checks that need no
// database. Departments are resolved by the server; everything else is decided here.

export const EXTERNAL_METRICS = ['csat', 'nps', 'ces'] as const;
export type ExternalMetricName = (typeof EXTERNAL_METRICS)[number];

export const EXTERNAL_METRIC_LABELS: Record<ExternalMetricName, string> = {
	csat: 'CSAT',
	nps: 'NPS',
	ces: 'CES'
};

/** The fields of one figure, as text (CSV) or JSON values (API). */
export type RawMetricItem = {
	department?: unknown;
	metric?: unknown;
	month?: unknown;
	period_start?: unknown;
	period_end?: unknown;
	value?: unknown;
	scale?: unknown;
	sample_size?: unknown;
	source?: unknown;
};
export type MetricField = keyof RawMetricItem;
export const METRIC_FIELDS: readonly MetricField[] = [
	'department',
	'metric',
	'month',
	'period_start',
	'period_end',
	'value',
	'scale',
	'sample_size',
	'source'
];

export type MetricItem = {
	department: string;
	metric: ExternalMetricName;
	periodStart: string;
	periodEnd: string;
	value: number;
	scale: string | null;
	sampleSize: number | null;
	source: string;
};

export type FieldProblem = { field: MetricField | null; message: string };

/** The words of a figure's problems: the reader's on the upload's preview, English on the API. */
export type FigureWords = ServerWords['externalFigures'];
const ENGLISH: FigureWords = ENGLISH_SERVER_WORDS.externalFigures;

const MAX_SOURCE = 100;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const SCALE = /^(\d{1,3})-(\d{1,3})$/;

const text = (v: unknown) =>
	typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '';
const present = (v: unknown) => v !== undefined && v !== null && text(v) !== '';

function numberOf(v: unknown): number | null {
	if (typeof v === 'number') return Number.isFinite(v) ? v : null;
	if (typeof v !== 'string') return null;
	const t = v.trim().replace(/%$/, '').trim();
	// A decimal comma is common in spreadsheets saved with “;” between fields.
	if (!/^[-+]?(\d+([.,]\d*)?|[.,]\d+)$/.test(t)) return null;
	return Number(t.replace(',', '.'));
}

/** The calendar month's first and last day. */
export function monthPeriod(month: string): { start: string; end: string } {
	const [year, m] = month.split('-').map(Number);
	const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
	return { start: `${month}-01`, end: `${month}-${String(last).padStart(2, '0')}` };
}

/** The period: a month ('YYYY-MM'), or a first and last day. */
function periodOf(
	raw: RawMetricItem,
	problems: FieldProblem[],
	w: FigureWords
): { start: string; end: string } | null {
	const month = text(raw.month);
	const start = text(raw.period_start);
	const end = text(raw.period_end);
	if (month) {
		if (start || end) {
			problems.push({ field: 'month', message: w.monthAndPeriod });
			return null;
		}
		if (!MONTH.test(month)) {
			problems.push({ field: 'month', message: w.notMonth(month) });
			return null;
		}
		return monthPeriod(month);
	}
	if (!start && !end) {
		problems.push({ field: 'month', message: w.periodRequired });
		return null;
	}
	for (const [field, value] of [
		['period_start', start],
		['period_end', end]
	] as const) {
		if (!value) problems.push({ field, message: w.requiredWithPeriod });
		else if (!isCalendarDay(value)) problems.push({ field, message: w.notDay(value) });
	}
	if (problems.length > 0) return null;
	if (end < start) {
		problems.push({ field: 'period_end', message: w.endsBeforeStart });
		return null;
	}
	return { start, end };
}

/** The scale and the range it allows, or a problem. NPS has no scale; CSAT defaults to percent. */
function scaleOf(
	metric: ExternalMetricName,
	raw: unknown,
	problems: FieldProblem[],
	w: FigureWords
) {
	const given = text(raw).toLowerCase().replace(/\s+/g, '').replace('–', '-');
	if (metric === 'nps') {
		if (given) problems.push({ field: 'scale', message: w.npsNoScale });
		return { scale: null, min: -100, max: 100 };
	}
	if (!given && metric === 'csat') return { scale: 'percent', min: 0, max: 100 };
	if (given === 'percent' || given === '%') return { scale: 'percent', min: 0, max: 100 };
	const match = SCALE.exec(given);
	if (match && Number(match[1]) < Number(match[2])) {
		return {
			scale: `${Number(match[1])}-${Number(match[2])}`,
			min: Number(match[1]),
			max: Number(match[2])
		};
	}
	problems.push({ field: 'scale', message: given ? w.notScale(text(raw)) : w.cesScale });
	return null;
}

/** Checks one figure; department is only checked for presence (the server resolves it). */
export function validateMetricItem(
	raw: RawMetricItem,
	w: FigureWords = ENGLISH
): { item: MetricItem } | { problems: FieldProblem[] } {
	const problems: FieldProblem[] = [];
	const department = text(raw.department);
	if (!department) problems.push({ field: 'department', message: w.departmentRequired });
	const metricText = text(raw.metric).toLowerCase();
	const metric = EXTERNAL_METRICS.find((m) => m === metricText) ?? null;
	if (!metric) {
		problems.push({
			field: 'metric',
			message: metricText ? w.notMetric(text(raw.metric)) : w.metricRequired
		});
	}
	const period = periodOf(raw, problems, w);
	const scale = metric ? scaleOf(metric, raw.scale, problems, w) : null;
	const value = numberOf(raw.value);
	if (!present(raw.value)) problems.push({ field: 'value', message: w.valueRequired });
	else if (value === null) problems.push({ field: 'value', message: w.notNumber(text(raw.value)) });
	else if (scale && (value < scale.min || value > scale.max)) {
		problems.push({
			field: 'value',
			message: w.outside(scale.scale, scale.min, scale.max, value)
		});
	}
	let sampleSize: number | null = null;
	if (present(raw.sample_size)) {
		const n = numberOf(raw.sample_size);
		if (n === null || !Number.isInteger(n) || n < 1 || n > 100_000_000) {
			problems.push({ field: 'sample_size', message: w.notSampleSize(text(raw.sample_size)) });
		} else sampleSize = n;
	}
	const source = text(raw.source);
	if (!source) problems.push({ field: 'source', message: w.sourceRequired });
	else if (source.length > MAX_SOURCE)
		problems.push({ field: 'source', message: w.sourceTooLong(MAX_SOURCE) });
	if (problems.length > 0 || !metric || !period || !scale || value === null) {
		return { problems };
	}
	return {
		item: {
			department,
			metric,
			periodStart: period.start,
			periodEnd: period.end,
			value,
			scale: scale.scale,
			sampleSize,
			source
		}
	};
}

/** The natural key of a figure: sending the same key again replaces the figure. */
export function metricKey(departmentId: string, item: MetricItem): string {
	return [departmentId, item.metric, item.periodStart, item.periodEnd, item.source].join('|');
}
