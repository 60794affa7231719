// Whether the browser is taking over elements the server made (hydrating) rather than making its
// own, and the parts of a page whose hydration waits until they are near the screen
// (LaterHydration).

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
	const putBackTyped = keepTypedText(document.body);
	queueMicrotask(() => {
		hydrating = false;
		putBackTyped();
		checkForPlaceholders(document.body);
	});
}

/**
 * What was typed into the text areas under `root` before the page's scripts took them over: Svelte
 * sets a text area's value from the page's data as it hydrates, which would drop it (inputs keep
 * theirs). Returns a function that puts it back, to call once hydrated.
 */
function keepTypedText(root: ParentNode): () => void {
	const typed = [...root.querySelectorAll('textarea')]
		.filter((area) => area.value !== area.defaultValue)
		.map((area) => [area, area.value] as const);
	return () => {
		for (const [area, value] of typed) area.value = value;
	};
}

function settle(): void {
	waiting--;
	if (waiting > 0) return;
	const callbacks = whenDone;
	whenDone = [];
	for (const callback of callbacks) callback();
}

/** How far beyond the screen a part starts hydrating, so that it is ready when scrolled to. */
const AHEAD = '300px 0px';

/** What a reader does to a part before using it: it is hydrated then, before the event goes on. */
const FIRST_TOUCHES = ['pointerdown', 'touchstart', 'focusin', 'keydown'] as const;

/**
 * Runs `hydrate` once `root` comes within reach of the screen, in a task of its own (at once
 * after the page's if it is there already), or as soon as the reader points at, touches or
 * tabs into it; what it makes from then on takes over the server's elements under `root` too.
 * A part nobody scrolls to is never hydrated: its links, forms and details work without it.
 * The page counts as hydrated (`afterHydration`) once the parts within reach as it loads are.
 * Returns a function that cancels it if it has not run.
 */
export function hydrateWhenNear(root: Element, hydrate: () => void): () => void {
	waiting++;
	let counted = true;
	const uncount = () => {
		if (!counted) return;
		counted = false;
		settle();
	};
	let done = false;
	const run = () => {
		if (done) return;
		done = true;
		stop();
		hydrating = true;
		const putBackTyped = keepTypedText(root);
		try {
			hydrate();
			putBackTyped();
		} finally {
			hydrating = false;
			checkForPlaceholders(root);
			uncount();
		}
	};
	const observer =
		typeof IntersectionObserver === 'undefined'
			? null
			: new IntersectionObserver(
					(entries) => {
						if (entries.some((entry) => entry.isIntersecting)) run();
						else uncount();
					},
					{ rootMargin: AHEAD }
				);
	const listening = { capture: true, passive: true };
	const stop = () => {
		observer?.disconnect();
		for (const type of FIRST_TOUCHES) root.removeEventListener(type, run, listening);
	};
	for (const type of FIRST_TOUCHES) root.addEventListener(type, run, listening);
	if (observer) observer.observe(root);
	else setTimeout(run);
	return () => {
		done = true;
		stop();
		uncount();
	};
}

/** Calls back once every part whose hydration waited has been hydrated (at once if none). */
export function afterHydration(callback: () => void): void {
	if (waiting === 0) callback();
	else whenDone.push(callback);
}
