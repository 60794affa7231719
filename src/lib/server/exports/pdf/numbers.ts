import type { ReportText } from './catalogue';

/** A number as the report's language writes it: 66.8 in English, 66,8 in Spanish. */
export function formatNumber(text: ReportText, value: number, digits = 1): string {
	return new Intl.NumberFormat(text.locale, {
		minimumFractionDigits: digits,
		maximumFractionDigits: digits,
		useGrouping: false
	}).format(value);
}

/** A share (0–1) as a whole percentage in the report's language: "42%" or "42 %". */
export function formatShare(text: ReportText, share: number): string {
	return new Intl.NumberFormat(text.locale, { style: 'percent', maximumFractionDigits: 0 }).format(
		share
	);
}

/** A statistic printed as computed (up to three decimals), in the report's language. */
export function formatStatistic(text: ReportText, value: number): string {
	return new Intl.NumberFormat(text.locale, {
		maximumFractionDigits: 3,
		useGrouping: false
	}).format(value);
}
