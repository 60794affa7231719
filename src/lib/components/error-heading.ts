/** The heading of an error page, by HTTP status: the same words inside and outside the app. */
export function errorHeading(status: number): string {
	if (status === 404) return 'Page not found';
	if (status === 403) return 'Not allowed';
	if (status === 503) return 'Try again in a moment';
	if (status >= 500) return 'Something went wrong';
	return 'Request not accepted';
}
