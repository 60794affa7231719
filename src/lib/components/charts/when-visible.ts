// Charts are drawn when they come near the screen, not all at once on load: a dashboard holds
// a dozen of them, and drawing those below the fold first keeps a phone busy for seconds.

/** How far below the screen a chart starts drawing, so that it is ready when scrolled to. */
const AHEAD = '300px 0px';

/** Calls `draw` once `element` is within reach of the viewport; returns a function that stops watching. */
export function whenVisible(element: Element, draw: () => void): () => void {
	if (typeof IntersectionObserver === 'undefined') {
		draw();
		return () => {};
	}
	const observer = new IntersectionObserver(
		(entries) => {
			if (!entries.some((e) => e.isIntersecting)) return;
			observer.disconnect();
			draw();
		},
		{ rootMargin: AHEAD }
	);
	observer.observe(element);
	return () => observer.disconnect();
}
