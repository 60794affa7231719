// What a dashboard page sends to the browser is serialised into the page for hydration, and on
// the company view at 200 departments the distributions behind each figure (answers per scale
// point, promoters and detractors, reasons, means) were a quarter of it. The pages draw the
// figures, not their distributions, so these keys are left out of what they send.

const DISTRIBUTION_KEYS = new Set([
	'histogram',
	'promoters',
	'passives',
	'detractors',
	'reasons',
	'mean'
]);
type DistributionKey = 'histogram' | 'promoters' | 'passives' | 'detractors' | 'reasons' | 'mean';

export type WithoutDistributions<T> = T extends Date
	? T
	: T extends readonly (infer U)[]
		? WithoutDistributions<U>[]
		: T extends object
			? { [K in keyof T as K extends DistributionKey ? never : K]: WithoutDistributions<T[K]> }
			: T;

/** A copy of figures without the distributions behind them. */
export function withoutDistributions<T>(value: T): WithoutDistributions<T> {
	if (Array.isArray(value)) return value.map(withoutDistributions) as WithoutDistributions<T>;
	if (value === null || typeof value !== 'object' || value instanceof Date) {
		return value as WithoutDistributions<T>;
	}
	const copy: Record<string, unknown> = {};
	for (const [key, item] of Object.entries(value)) {
		if (!DISTRIBUTION_KEYS.has(key)) copy[key] = withoutDistributions(item);
	}
	return copy as WithoutDistributions<T>;
}
