import { isCalendarDay, isoDay } from '../../domain/dates';
import { z } from 'zod';
import { isUuid } from '../../domain/ids';
import { parsePeriod, type ReportPeriod } from '../../domain/periods';
import { REPORT_LANGUAGES } from './pdf/catalogue';
import { ENGLISH_SERVER_WORDS, type ServerWords } from '../../i18n/server-words';
import english from '../../i18n/locales/en';
import { isOneOf } from '../../domain/one-of';

// What someone asks to export, from the exports form or the API's query string.

export const EXPORT_FORMATS = ['csv', 'xlsx', 'pdf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_CONTENTS = [
	'drivers',
	'enps',
	'participation',
	'internal_service',
	'matrix',
	'service_chain',
	'comments'
] as const;
export type ExportContent = (typeof EXPORT_CONTENTS)[number];

/** The contents' English names (method sheets, the audit log): the English catalogue's. */
export const CONTENT_LABELS = english.exports.contentLabels as Record<ExportContent, string>;

/** What an export holds when nobody chose (the API's CSV): the trend figures. */
export const DEFAULT_CONTENTS: ExportContent[] = [
	'drivers',
	'enps',
	'participation',
	'internal_service'
];

/** What the exports form starts with ticked: everything but the comments. */
export const FORM_DEFAULT_CONTENTS: ExportContent[] = [
	...DEFAULT_CONTENTS,
	'matrix',
	'service_chain'
];

/** comma: comma-separated, decimal point; semicolon: semicolon-separated, decimal comma. */
export const CSV_DIALECTS = ['comma', 'semicolon'] as const;
export type CsvDialect = (typeof CSV_DIALECTS)[number];

export const PAPER_SIZES = ['a4', 'letter'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

/** The words of the request's problems: the reader's on the exports page, English on the API. */
export type ExportWords = ServerWords['exports'];

const optionalDay = (message: string) =>
	z
		.string()
		.trim()
		.optional()
		.transform((v) => (v ? v : undefined))
		.refine((v) => v === undefined || isCalendarDay(v), message);

function isContent(value: string): value is ExportContent {
	return isOneOf(EXPORT_CONTENTS, value);
}

export const exportRequestSchema = (w: ExportWords = ENGLISH_SERVER_WORDS.exports) =>
	z
		.object({
			format: z.enum(EXPORT_FORMATS, { error: w.chooseFormat }),
			from: optionalDay(w.fromDay),
			to: optionalDay(w.toDay),
			department: z
				.string()
				.trim()
				.optional()
				.transform((v) => (v ? v : null))
				.refine((v) => v === null || isUuid(v), w.chooseDepartment),
			contents: z
				.array(z.string())
				.optional()
				.transform((v) => (v && v.length ? v : DEFAULT_CONTENTS))
				.refine((v) => v.every(isContent), w.chooseContents)
				.transform((v) => EXPORT_CONTENTS.filter((c) => v.includes(c))),
			paper: z.enum(PAPER_SIZES, { error: w.choosePaper }).optional().default('a4'),
			period: z
				.string()
				.trim()
				.optional()
				.transform((v) => (v && v !== 'custom' ? v : undefined)),
			language: z.enum(REPORT_LANGUAGES, { error: w.chooseLanguage }).optional().default('en'),
			dialect: z.enum(CSV_DIALECTS, { error: w.chooseDialect }).optional().default('comma'),
			bom: z
				.string()
				.optional()
				.transform((v) => v === 'on' || v === '1' || v === 'true')
		})
		.refine((q) => !q.from || !q.to || q.from <= q.to, {
			message: w.fromAfterTo,
			path: ['to']
		});

/**
 * What was asked for, with a named period (a preset or 2026-Q3) resolved to its days; `from` and
 * `to` then hold the period's first and last day.
 */
export type ExportRequest = Omit<z.output<ReturnType<typeof exportRequestSchema>>, 'period'> & {
	period: ReportPeriod | null;
};

export function todayUtc(now = new Date()): string {
	return isoDay(now);
}

/** The form's or query string's fields as the schema reads them (contents may repeat). */
export function requestInput(params: URLSearchParams | FormData): Record<string, unknown> {
	const input: Record<string, unknown> = {};
	for (const key of [
		'format',
		'period',
		'from',
		'to',
		'department',
		'paper',
		'language',
		'dialect',
		'bom'
	]) {
		const value = params.get(key);
		if (typeof value === 'string') input[key] = value;
	}
	const contents = params.getAll('contents').filter((v): v is string => typeof v === 'string');
	// "a,b" in a query string is as good as a repeated parameter.
	input.contents = contents.flatMap((c) => c.split(',')).filter(Boolean);
	return input;
}

export type RequestParse =
	{ ok: true; request: ExportRequest } | { ok: false; errors: Record<string, string> };

export function parseExportRequest(
	params: URLSearchParams | FormData,
	today = todayUtc(),
	w: ExportWords = ENGLISH_SERVER_WORDS.exports
): RequestParse {
	const parsed = exportRequestSchema(w).safeParse(requestInput(params));
	const errors: Record<string, string> = {};
	if (!parsed.success) {
		for (const issue of parsed.error.issues)
			errors[String(issue.path[0] ?? 'form')] ??= issue.message;
	}
	const raw = params.get('period');
	const named = typeof raw === 'string' && raw.trim() !== 'custom' ? raw.trim() : '';
	const period = named ? parsePeriod(named, today) : null;
	if (named && !period) errors.period = w.periodHint;
	if (!parsed.success || Object.keys(errors).length) return { ok: false, errors };
	const request = { ...parsed.data, period };
	if (period) {
		request.from = period.from;
		request.to = period.to;
	}
	return { ok: true, request };
}

/** The request as a query string, for links and the redirect back to the form. */
export function requestQuery(request: Partial<ExportRequest>): string {
	const params = new URLSearchParams();
	if (request.format) params.set('format', request.format);
	if (request.period) params.set('period', request.period.key);
	else {
		if (request.from) params.set('from', request.from);
		if (request.to) params.set('to', request.to);
	}
	if (request.department) params.set('department', request.department);
	for (const c of request.contents ?? []) params.append('contents', c);
	if (request.paper) params.set('paper', request.paper);
	if (request.language && request.language !== 'en') params.set('language', request.language);
	if (request.dialect && request.dialect !== 'comma') params.set('dialect', request.dialect);
	if (request.bom) params.set('bom', 'on');
	return params.toString();
}
