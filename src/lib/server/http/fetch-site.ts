/**
 * True when a browser says another site started the request (a link, an image, a script or a
 * form there). Browsers send the session cookie on such top-level GETs, so a GET that acts or
 * audits must not go ahead on one. Requests without the header come from scripts, which hold
 * their own credentials.
 */
export function isCrossSite(request: Request): boolean {
	const site = request.headers.get('sec-fetch-site');
	return site === 'cross-site' || site === 'same-site';
}
