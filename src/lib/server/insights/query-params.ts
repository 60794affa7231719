import { z } from 'zod';
import { EXTERNAL_METRICS } from '../../domain/external-metrics';
import { reportingDay } from '../analytics/params';
import { INTERNAL_MEASURES } from './internal-series';
import { LAGS, type Lag } from './service-chain';

// Query parameters of the insights API and page, checked before anything is read.

export const serviceChainQuery = z
	.object({
		metric: z
			.enum(EXTERNAL_METRICS, { error: `metric must be one of ${EXTERNAL_METRICS.join(', ')}.` })
			.default('csat'),
		internal: z
			.enum(INTERNAL_MEASURES, {
				error: `internal must be one of ${INTERNAL_MEASURES.join(', ')}.`
			})
			.default('support'),
		from: reportingDay('from').optional(),
		to: reportingDay('to').optional(),
		lag: z
			.string()
			.refine((v) => (LAGS as readonly number[]).includes(Number(v)) && /^\d$/.test(v), {
				message: `lag must be one of ${LAGS.join(', ')} (months).`
			})
			.transform((v) => Number(v) as Lag)
			.default(0)
	})
	.refine((q) => !q.from || !q.to || q.from <= q.to, 'from must not be after to.');

export type ServiceChainQuery = z.infer<typeof serviceChainQuery>;
