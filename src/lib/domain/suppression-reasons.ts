// Why a figure is hidden. A hidden cell carries exactly one of these and nothing else, and every
// page, export and API response says the same reason in the same words.

export const SUPPRESSION_REASONS = [
	'fewer_than_k',
	'protects_smaller_group',
	'not_asked',
	'group_changed'
] as const;

export type SuppressionReason = (typeof SUPPRESSION_REASONS)[number];

export function isSuppressionReason(value: unknown): value is SuppressionReason {
	return (SUPPRESSION_REASONS as readonly unknown[]).includes(value);
}

/** The reason in a sentence's words, for pages, PDF and XLSX (k is the threshold in force). */
export function suppressionText(reason: SuppressionReason, k: number): string {
	switch (reason) {
		case 'fewer_than_k':
			return `fewer than ${k} responses`;
		case 'protects_smaller_group':
			return 'hidden so that a smaller group cannot be worked out';
		case 'not_asked':
			return 'not asked in this round';
		case 'group_changed':
			return 'group changed just before the round';
	}
}

/** A short form for tight cells (heatmaps, matrix), with the full text as its title. */
export function suppressionMark(reason: SuppressionReason, k: number): string {
	switch (reason) {
		case 'fewer_than_k':
			return `<${k}`;
		case 'protects_smaller_group':
			return 'hidden';
		case 'not_asked':
			return '–';
		case 'group_changed':
			return 'changed';
	}
}
