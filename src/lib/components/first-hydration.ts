// Whether the page the server sent is still being hydrated: the components made until then are
// taking over the server's elements, not making their own.

let hydrated = false;

/** True in the browser until the app's first hydration has finished; false on the server. */
export function isFirstHydration(): boolean {
	return typeof window !== 'undefined' && !hydrated;
}

/**
 * Called as the root layout starts hydrating. SvelteKit hydrates the whole page in one synchronous
 * call, so a microtask queued from within it runs once every component of the page is made.
 */
export function endFirstHydrationSoon(): void {
	if (typeof window !== 'undefined' && !hydrated) queueMicrotask(() => (hydrated = true));
}
