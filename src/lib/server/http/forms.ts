import type { z } from 'zod';

export type FieldErrors = Record<string, string>;

export type FormParse<T> =
	{ ok: true; data: T } | { ok: false; errors: FieldErrors; values: Record<string, string> };

/** Reads a form into plain strings; repeated or file fields are refused by the schema. */
export function formValues(form: FormData): Record<string, string> {
	const values: Record<string, string> = {};
	for (const [key, value] of form) {
		if (typeof value === 'string' && !(key in values)) values[key] = value;
	}
	return values;
}

/**
 * Validates a form against a zod schema. Fields named in `lists` are read as every value given
 * (checkbox groups); every other field as its first string value.
 */
export function parseForm<S extends z.ZodType>(
	schema: S,
	form: FormData,
	lists: readonly string[] = []
): FormParse<z.output<S>> {
	const values = formValues(form);
	const input: Record<string, string | string[]> = { ...values };
	for (const name of lists) {
		input[name] = form.getAll(name).filter((v): v is string => typeof v === 'string');
	}
	const result = schema.safeParse(input);
	if (result.success) return { ok: true, data: result.data };
	const errors: FieldErrors = {};
	for (const issue of result.error.issues) {
		const field = String(issue.path[0] ?? 'form');
		errors[field] ??= issue.message;
	}
	return { ok: false, errors, values };
}

// A host that never resolves: only a `next` that stays on it is a path of ours.
const NEXT_BASE = 'http://next.invalid';
const NEXT_MAX_LENGTH = 2000;

/**
 * A same-site path to return to after sign-in; anything else falls back to the home page. The
 * value is judged as a browser would read it (the URL parser drops tabs and line breaks, reads
 * a backslash as `/`), and what is returned is the parser's own serialisation: percent-encoded ASCII,
 * safe in a Location header, never starting with `//`.
 */
export function safeNextPath(next: string | null | undefined): string {
	if (!next || next.length > NEXT_MAX_LENGTH || !next.startsWith('/')) return '/';
	let url: URL;
	try {
		url = new URL(next, NEXT_BASE);
	} catch {
		return '/';
	}
	if (url.origin !== NEXT_BASE) return '/';
	const path = url.pathname + url.search + url.hash;
	return path.startsWith('/') && !path.startsWith('//') ? path : '/';
}

/** A page number from a query string: a whole number from 1 up to a sane limit, else 1. */
export function pageNumber(value: string | null, max = 100_000): number {
	const requested = Number(value ?? '1');
	return Number.isSafeInteger(requested) && requested > 0 ? Math.min(requested, max) : 1;
}
