import type { Cookies } from '@sveltejs/kit';
import { parse, serialize, type CookieSerializeOptions } from 'cookie';

// SvelteKit's `cookies` for a request served without it (surveys/direct.ts): the same reading,
// defaults and Set-Cookie lines as SvelteKit's own, so that the survey's code sets its cookies
// the one way whichever of the two serves it. Paths are always given in full here.

type SetCookie = {
	name: string;
	value: string;
	options: CookieSerializeOptions & { path: string };
};

export type CookieJar = Cookies & {
	/** The Set-Cookie lines of every cookie set or deleted, in the order first set. */
	setCookieLines(): string[];
};

const pathMatches = (pathname: string, path: string) =>
	path === '/' || pathname === path || pathname.startsWith(path.endsWith('/') ? path : `${path}/`);

export function cookieJar(header: string | undefined, url: URL): CookieJar {
	const sent = header ?? '';
	const changed = new Map<string, SetCookie>();
	const defaults: CookieSerializeOptions = {
		httpOnly: true,
		sameSite: 'lax',
		secure: !(url.hostname === 'localhost' && url.protocol === 'http:')
	};
	// The survey reads several cookies a request: the header is parsed once, for the default
	// decoding (a caller's own `decode` parses it again, as SvelteKit does).
	let parsed: Record<string, string> | null = null;
	const sentCookies = (decode?: (value: string) => string) =>
		decode ? parse(sent, { decode }) : (parsed ??= parse(sent));
	const jar: CookieJar = {
		get(name, options) {
			const newest = [...changed.values()]
				.filter((c) => c.name === name && pathMatches(url.pathname, c.options.path))
				.sort((a, b) => b.options.path.length - a.options.path.length)[0];
			if (newest) return newest.options.maxAge === 0 ? undefined : newest.value;
			return sentCookies(options?.decode)[name];
		},
		getAll(options) {
			const all = { ...sentCookies(options?.decode) };
			for (const c of changed.values()) {
				if (pathMatches(url.pathname, c.options.path)) all[c.name] = c.value;
			}
			return Object.entries(all).map(([name, value]) => ({ name, value }));
		},
		set(name, value, options) {
			changed.set(`${options.domain ?? ''}${options.path}?${encodeURIComponent(name)}`, {
				name,
				value,
				options: { ...defaults, ...options }
			});
		},
		delete(name, options) {
			jar.set(name, '', { ...options, maxAge: 0 });
		},
		serialize(name, value, options) {
			return serialize(name, value, { ...defaults, ...options });
		},
		setCookieLines() {
			return [...changed.values()].map((c) => serialize(c.name, c.value, c.options));
		}
	};
	return jar;
}
