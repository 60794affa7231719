import { isOneOf } from './one-of';

export type Cadence = 'weekly' | 'biweekly' | 'monthly' | 'once';
export type QuestionKind = 'likert' | 'scale_0_10' | 'comment' | 'internal_service';

/** Drivers whose items rotate from round to round, in the order the rotation visits them. */
export const LIKERT_DRIVERS = [
	'empowerment',
	'internal_support',
	'morale',
	'recognition',
	'workload',
	'manager_support'
] as const;
export type LikertDriver = (typeof LIKERT_DRIVERS)[number];
export type Driver = LikertDriver | 'enps' | 'internal_service' | 'comment';

export const DRIVER_LABELS: Record<Driver, string> = {
	empowerment: 'Empowerment',
	internal_support: 'Internal support received',
	morale: 'Morale',
	recognition: 'Recognition',
	workload: 'Workload',
	manager_support: 'Manager support',
	enps: 'eNPS',
	internal_service: 'Internal service rating',
	comment: 'Open comment'
};

export const KIND_FOR_DRIVER: Record<Driver, QuestionKind> = {
	empowerment: 'likert',
	internal_support: 'likert',
	morale: 'likert',
	recognition: 'likert',
	workload: 'likert',
	manager_support: 'likert',
	enps: 'scale_0_10',
	internal_service: 'internal_service',
	comment: 'comment'
};

export const SUPPORTED_LOCALES = ['en', 'es'] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];

export const DEFAULT_CORE_KEYS = ['enps.recommend', 'internal_service.rating'];

export const INTERNAL_SERVICE_REASONS = [
	'responsive',
	'reliable',
	'knowledgeable',
	'empathetic',
	'easy_to_reach'
] as const;

export function isLikertDriver(driver: string): driver is LikertDriver {
	return isOneOf(LIKERT_DRIVERS, driver);
}

/** The wording in the asked locale, else English, else any; `{organisation}` filled in if given. */
export function textFor(
	texts: Record<string, string>,
	locale: string,
	organisation?: string
): string {
	const text = texts[locale] ?? texts.en ?? Object.values(texts)[0] ?? '';
	return organisation ? text.replaceAll('{organisation}', organisation) : text;
}

export function isLocale(value: unknown): value is Locale {
	return isOneOf(SUPPORTED_LOCALES, value);
}
