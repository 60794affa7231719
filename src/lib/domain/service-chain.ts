import { isOneOf } from './one-of';

// The measures the service-chain analyses compare (the catalogues name them).

export const INTERNAL_MEASURES = [
	'support',
	'internal_nps',
	'morale',
	'empowerment',
	'enps'
] as const;
export type InternalMeasure = (typeof INTERNAL_MEASURES)[number];

export function isInternalMeasure(value: unknown): value is InternalMeasure {
	return isOneOf(INTERNAL_MEASURES, value);
}
