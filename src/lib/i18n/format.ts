// How numbers, signs, percentages and dates are written, by Intl, for one language. The one home
// for display formats: pages reach it through `i18n(locale).f`. Dates are shown in UTC, so that
// the server and the browser render the same text.

export const MINUS = '\u2212';

/** A formatted number with a real minus sign rather than a hyphen. */
const withMinus = (text: string) => text.replaceAll('-', MINUS);

const asDate = (value: Date | string) =>
	typeof value === 'string'
		? new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value)
		: value;

export type RelativeUnit = 'day' | 'week' | 'month' | 'hour' | 'minute';

export type Formatter = ReturnType<typeof makeFormatter>;

// Intl is slow next to the rest of a page, and a large dashboard writes the same few hundred
// numbers and dates thousands of times (a heatmap's cells, every round in three pickers): each
// text is kept once written, per language, up to a bound.
const MAX_REMEMBERED = 20_000;

function rememberedTexts() {
	const texts = new Map<string, string>();
	return (key: string, write: () => string) => {
		let text = texts.get(key);
		if (text === undefined) {
			text = write();
			if (texts.size < MAX_REMEMBERED) texts.set(key, text);
		}
		return text;
	};
}

function once<T>(make: () => T): () => T {
	let made: T | undefined;
	return () => (made ??= make());
}

const dayKey = (value: Date | string) => (typeof value === 'string' ? value : value.getTime());

const DAY: Intl.DateTimeFormatOptions = {
	day: 'numeric',
	month: 'short',
	year: 'numeric',
	timeZone: 'UTC'
};

function makeFormatter(intlTag: string) {
	const remembered = rememberedTexts();
	const numbers = new Map<string, Intl.NumberFormat>();
	const numberFormat = (options: Intl.NumberFormatOptions) => {
		const key = JSON.stringify(options);
		let format = numbers.get(key);
		if (!format) numbers.set(key, (format = new Intl.NumberFormat(intlTag, options)));
		return format;
	};
	// Made when first used: each costs the browser milliseconds to build (its locale data), and
	// most pages write no relative time or list at all.
	const date = once(() => new Intl.DateTimeFormat(intlTag, DAY));
	const dateTime = once(
		() => new Intl.DateTimeFormat(intlTag, { ...DAY, hour: '2-digit', minute: '2-digit' })
	);
	const month = once(
		() => new Intl.DateTimeFormat(intlTag, { month: 'short', year: 'numeric', timeZone: 'UTC' })
	);
	const relative = once(() => new Intl.RelativeTimeFormat(intlTag, { numeric: 'auto' }));
	const list = once(() => new Intl.ListFormat(intlTag, { type: 'conjunction' }));

	return {
		intlTag,
		/** A count or measure: `1,234`; at most `digits` decimals. */
		number: (n: number, digits = 0) =>
			remembered(`n${digits} ${n}`, () =>
				withMinus(numberFormat({ maximumFractionDigits: digits }).format(n))
			),
		/** A decimal with exactly `digits` decimals: `3.20`, `3,20`. */
		decimal: (n: number, digits = 1) =>
			withMinus(
				numberFormat({ minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n)
			),
		/** A difference with its sign: `+3.2`, `−1.5`, `0`. */
		signed: (delta: number, digits = 1) =>
			withMinus(
				numberFormat({ maximumFractionDigits: digits, signDisplay: 'exceptZero' }).format(delta)
			),
		/** A share given as a fraction (0.42): `42%`, `42 %`. */
		percent: (fraction: number, digits = 0) =>
			withMinus(numberFormat({ style: 'percent', maximumFractionDigits: digits }).format(fraction)),
		/** Part of a whole as a percentage; a dash when the whole is empty. */
		percentOf: (part: number, whole: number) =>
			whole > 0
				? numberFormat({ style: 'percent', maximumFractionDigits: 0 }).format(part / whole)
				: '—',
		/** `2 Dec 2026`; a dash when there is no date. */
		date: (value: Date | string | null | undefined) =>
			value ? remembered(`d ${dayKey(value)}`, () => date().format(asDate(value))) : '—',
		/** `2 Dec 2026, 11:40 UTC`; a dash when there is no date. */
		dateTime: (value: Date | string | null | undefined) =>
			value
				? remembered(`t ${dayKey(value)}`, () => `${dateTime().format(asDate(value))} UTC`)
				: '—',
		/** `Dec 2026`: a month on a chart's axis. */
		month: (value: Date | string) => month().format(asDate(value)),
		/** `30 Oct – 6 Nov 2026`: two days, the shared month or year written once. */
		dateRange: (from: Date | string, to: Date | string) =>
			remembered(`r ${dayKey(from)} ${dayKey(to)}`, () =>
				date().formatRange(asDate(from), asDate(to)).replaceAll('\u2009', ' ')
			),
		/** `in 3 days`, `yesterday`. */
		relative: (value: number, unit: RelativeUnit) => relative().format(value, unit),
		/** `a, b and c`. */
		list: (items: readonly string[]) => list().format(items),
		/** `512 bytes`, `12 KB`, `1.5 MB`. */
		bytes: (bytes: number) => {
			const n = numberFormat({ maximumFractionDigits: 1 });
			if (bytes < 1024)
				return numberFormat({ style: 'unit', unit: 'byte', unitDisplay: 'long' }).format(bytes);
			if (bytes < 1024 * 1024) return `${n.format(Math.round(bytes / 1024))} KB`;
			return `${n.format(bytes / (1024 * 1024))} MB`;
		}
	};
}

const formatters = new Map<string, Formatter>();

/** The formatter for an Intl language tag (`en-GB`, `es`), made once. */
export function formatter(intlTag: string): Formatter {
	let f = formatters.get(intlTag);
	if (!f) formatters.set(intlTag, (f = makeFormatter(intlTag)));
	return f;
}
