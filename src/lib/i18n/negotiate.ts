// Which language a request is answered in. Pure: the caller hands in what it knows.

/** The supported language that best serves a tag: itself, else its base language (`es-MX` → `es`). */
export function matchLocale(
	tag: string | null | undefined,
	supported: readonly string[]
): string | null {
	if (!tag) return null;
	const wanted = tag.trim().toLowerCase().replaceAll('_', '-');
	if (!wanted) return null;
	const exact = supported.find((s) => s.toLowerCase() === wanted);
	if (exact) return exact;
	const base = wanted.split('-')[0];
	return supported.find((s) => s.toLowerCase() === base) ?? null;
}

/** The languages of an `Accept-Language` header, most wanted first (q=0 left out). */
export function acceptedLanguages(header: string | null | undefined): string[] {
	if (!header) return [];
	return header
		.split(',')
		.map((part, index) => {
			const [tag, ...params] = part.trim().split(';');
			const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
			return { tag: tag.trim(), q: q === undefined ? 1 : Number(q), index };
		})
		.filter((l) => l.tag && l.tag !== '*' && Number.isFinite(l.q) && l.q > 0)
		.sort((a, b) => b.q - a.q || a.index - b.index)
		.map((l) => l.tag);
}

export type LanguageHints = {
	/** `?lang=` on this request: the language switch on the public pages. */
	asked?: string | null;
	/** The signed-in person's setting. */
	person?: string | null;
	/** The cookie the language switch left. */
	cookie?: string | null;
	acceptLanguage?: string | null;
};

/**
 * The language from what the request says, in this order: the switch just used, the person's
 * setting, the switch used before, the browser's languages. Null when none is supported: the
 * organisation's default applies then.
 */
export function chooseLocale(hints: LanguageHints, supported: readonly string[]): string | null {
	for (const tag of [hints.asked, hints.person, hints.cookie]) {
		const match = matchLocale(tag, supported);
		if (match) return match;
	}
	for (const tag of acceptedLanguages(hints.acceptLanguage)) {
		const match = matchLocale(tag, supported);
		if (match) return match;
	}
	return null;
}
