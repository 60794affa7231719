// The inline script the signed-in pages start with (src/routes/(app)/+layout.svelte). It does two
// things a page's hydration would otherwise wait for, while the page's scripts download:
// - The first number or date a page writes makes the browser load its Intl locale data, 25 to
//   50 ms of the main thread at hydration on a two-core machine; a worker started here loads it
//   in another thread (static/warm-intl.js, docs/performance.md).
// - SvelteKit reads its scroll positions from sessionStorage as it starts, and the first reach
//   for sessionStorage waits for the browser to open it (2 to 12 ms here); reaching for it here
//   opens it early.
// Plain JavaScript: svelte.config.js reads it too, to allow it by its hash in the Content
// Security Policy.
export const WARM_UP_SCRIPT =
	"window.Worker&&new Worker('/warm-intl.js',{name:document.documentElement.lang});try{sessionStorage.length}catch(e){}";

/** The script as the element the page's head carries. */
export const WARM_UP_ELEMENT = `<script>${WARM_UP_SCRIPT}</script>`;
