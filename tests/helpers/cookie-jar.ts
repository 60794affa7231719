import type { Cookies } from '@sveltejs/kit';

/** Request cookies for calling a form action or load directly: reads these values, keeps no writes. */
export function cookieJar(values: Record<string, string>): Cookies {
	return {
		get: (name: string) => values[name],
		getAll: () => Object.entries(values).map(([name, value]) => ({ name, value })),
		set: () => {},
		delete: () => {},
		serialize: () => ''
	} as unknown as Cookies;
}
