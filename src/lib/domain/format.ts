import { formatter } from '../i18n/format';

// @deprecated English only, kept for the pages not yet translated: display formats live in
// i18n/format.ts, reached through `i18n(locale).f`.

export function formatBytes(bytes: number): string {
	return formatter('en-GB').bytes(bytes);
}

export function plural(n: number, one: string, many = `${one}s`): string {
	return `${formatter('en-GB').number(n)} ${n === 1 ? one : many}`;
}
