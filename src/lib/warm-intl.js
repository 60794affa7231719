// The inline script the signed-in pages start with (src/routes/(app)/+layout.svelte). The first
// number or date a page writes makes the browser load its Intl locale data, 25 to 50 ms of the
// main thread at hydration on a two-core machine; a worker started here loads it in another thread
// while the page's scripts download (static/warm-intl.js, docs/performance.md). Plain
// JavaScript: svelte.config.js reads it too, to allow it by its hash in the Content Security
// Policy.
export const WARM_INTL_SCRIPT =
	"window.Worker&&new Worker('/warm-intl.js',{name:document.documentElement.lang});";

/** The script as the element the page's head carries. */
export const WARM_INTL_ELEMENT = `<script>${WARM_INTL_SCRIPT}</script>`;
