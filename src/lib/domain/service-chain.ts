// The measures the service-chain analyses compare, as both sides name and show them.

export const INTERNAL_MEASURES = [
	'support',
	'internal_nps',
	'morale',
	'empowerment',
	'enps'
] as const;
export type InternalMeasure = (typeof INTERNAL_MEASURES)[number];

export function isInternalMeasure(value: unknown): value is InternalMeasure {
	return typeof value === 'string' && (INTERNAL_MEASURES as readonly string[]).includes(value);
}

export const INTERNAL_MEASURE_LABELS: Record<InternalMeasure, string> = {
	support: 'Internal support received',
	internal_nps: 'Internal NPS given to providers',
	morale: 'Morale',
	empowerment: 'Empowerment',
	enps: 'eNPS'
};

/** What a measure's figure is, to label axes and tables. */
export const INTERNAL_MEASURE_UNITS: Record<InternalMeasure, string> = {
	support: '% favourable',
	internal_nps: 'internal NPS',
	morale: '% favourable',
	empowerment: '% favourable',
	enps: 'eNPS'
};

/** How an external figure reads, by its scale. */
export function externalUnit(metric: string, scale: string | null): string {
	if (metric === 'nps') return 'NPS';
	if (scale === 'percent') return '% satisfied';
	return scale ? `mean on ${scale}` : '';
}
