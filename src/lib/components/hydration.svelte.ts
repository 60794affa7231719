// Whether the browser is taking over elements the server made (hydrating) rather than making its
// own, and the parts of a page whose hydration waits for a task of their own (LaterHydration).

let hydrating = typeof window !== 'undefined';
let waiting = 0;
let whenDone: (() => void)[] = [];

/**
 * What a component writes instead of markup it would make again while hydrating: {@html} then
 * keeps the server's elements without reading it (EscapedHtml, LaterHydration).
 */
export const KEPT_FROM_SERVER = '<!--kept-from-server-->';
const KEPT_COMMENT = 'kept-from-server';

// Set when the placeholder was written into the page after all: Svelte could not take the
// server's elements over (they were changed, say by a browser extension) and made the page anew.
let placeholderWritten = $state(false);

/** True once a placeholder stands in the page: the markup it stood for must be made after all. */
export function keptMarkupLost(): boolean {
	return placeholderWritten;
}

function checkForPlaceholders(root: Node): void {
	if (placeholderWritten) return;
	const comments = document.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
	while (comments.nextNode()) {
		if ((comments.currentNode as Comment).data === KEPT_COMMENT) {
			placeholderWritten = true;
			return;
		}
	}
}

/** True in the browser while a page's server-made elements are being taken over. */
export function isHydrating(): boolean {
	return hydrating;
}

/**
 * Called as the root layout starts hydrating. SvelteKit hydrates the whole page in one synchronous
 * call, so a microtask queued from within it runs once every component of the page is made.
 */
export function endFirstHydrationSoon(): void {
	if (!hydrating) return;
	queueMicrotask(() => {
		hydrating = false;
		checkForPlaceholders(document.body);
	});
}

function settle(): void {
	waiting--;
	if (waiting > 0) return;
	const callbacks = whenDone;
	whenDone = [];
	for (const callback of callbacks) callback();
}

/**
 * Runs `hydrate` in a task of its own, soon after the page's; what it makes from then on takes
 * over the server's elements under `root` too. Returns a function that cancels it if it has not
 * run.
 */
export function hydrateLater(root: Node, hydrate: () => void): () => void {
	waiting++;
	let done = false;
	const finish = () => {
		if (done) return;
		done = true;
		settle();
	};
	const timer = setTimeout(() => {
		hydrating = true;
		try {
			hydrate();
		} finally {
			hydrating = false;
			checkForPlaceholders(root);
			finish();
		}
	});
	return () => {
		clearTimeout(timer);
		finish();
	};
}

/** Calls back once every part whose hydration waited has been hydrated (at once if none). */
export function afterHydration(callback: () => void): void {
	if (waiting === 0) callback();
	else whenDone.push(callback);
}
