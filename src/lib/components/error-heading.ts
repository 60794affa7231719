import type { Messages } from '$lib/i18n';

/** The heading of an error page, by HTTP status: the same words inside and outside the app. */
export function errorHeading(status: number, t: Messages): string {
	if (status === 404) return t.errors.notFound;
	if (status === 403) return t.errors.forbidden;
	if (status === 503) return t.errors.unavailable;
	if (status >= 500) return t.errors.serverError;
	return t.errors.badRequest;
}
