import { z } from 'zod';
import { isUuid } from '../../domain/ids';
import { EARLIEST_DAY, isReportingDay, LATEST_DAY } from '../../domain/periods';
import { apiError } from '../http/api-errors';
import { CONSUMER_LEVELS } from './matrix';
import { isTrendMeasure, TREND_MEASURES } from './trend';

// Query parameters of the analytics API, checked before anything is read.

const uuid = (name: string) =>
	z.string({ error: `${name} is required.` }).refine(isUuid, `${name} must be a UUID.`);

/** A query parameter holding a calendar day a report may name. */
export const reportingDay = (name: string) =>
	z
		.string()
		.refine(
			isReportingDay,
			`${name} must be a calendar day, YYYY-MM-DD, from ${EARLIEST_DAY} to ${LATEST_DAY}.`
		);

export const roundQuery = z.object({ round: uuid('round') });

export const matrixQuery = roundQuery.extend({
	consumers: z
		.enum(CONSUMER_LEVELS, { error: `consumers must be one of ${CONSUMER_LEVELS.join(', ')}.` })
		.optional()
});

export const roundsQuery = z.object({
	status: z.enum(['open', 'closed'], { error: 'status must be open or closed.' }).optional()
});

export const trendQuery = z
	.object({
		driver: z
			.string({ error: 'driver is required.' })
			.refine(isTrendMeasure, `driver must be one of ${TREND_MEASURES.join(', ')}.`),
		from: reportingDay('from').optional(),
		to: reportingDay('to').optional(),
		programme: uuid('programme').optional()
	})
	.refine((q) => !q.from || !q.to || q.from <= q.to, 'from must not be after to.');

export type ParsedQuery<T> = { ok: true; data: T } | { ok: false; response: Response };

/** The query's parameters checked against `schema`, or a 400 answer naming what is wrong. */
export function parseQuery<T>(url: URL, schema: z.ZodType<T>): ParsedQuery<T> {
	const raw: Record<string, string> = {};
	for (const key of new Set(url.searchParams.keys())) raw[key] = url.searchParams.get(key) ?? '';
	const parsed = schema.safeParse(raw);
	if (parsed.success) return { ok: true, data: parsed.data };
	const message = parsed.error.issues.map((issue) => issue.message).join(' ');
	return { ok: false, response: apiError(400, message, 'bad_request') };
}
