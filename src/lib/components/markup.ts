// Markup written by code rather than by a component, for the dashboards' large read-only tables.
// When a page hydrates, Svelte walks every element of a component's markup to attach it, and on
// the company page that walk was most of the main thread's longest task; an {@html} block's
// elements are taken over as the server sent them, without a walk (docs/performance.md). A table
// is made here once, the same string on the server and in the browser.

/** A piece of HTML whose every interpolated text was escaped. */
export class Markup {
	constructor(readonly html: string) {}

	toString(): string {
		return this.html;
	}
}

/** What may be interpolated: text and numbers are escaped, markup is kept, nothing is dropped. */
export type Content = Markup | string | number | null | undefined | false | readonly Content[];

const ENTITIES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;'
};

/** Text made safe for an element's content and a quoted attribute's value (pages and mails). */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

function render(content: Content): string {
	if (content === null || content === undefined || content === false) return '';
	if (content instanceof Markup) return content.html;
	if (Array.isArray(content)) return content.map(render).join('');
	return escapeHtml(String(content));
}

/**
 * markup`<td title="${title}">${text}</td>`: the template's own text is kept as written, every
 * value is escaped unless it is Markup; arrays are joined, and null, undefined and false write
 * nothing (for `${cond && markup`…`}`). Not named `html`: formatters would rewrite its
 * text as HTML, with line breaks and indents of their own inside the cells.
 */
export function markup(strings: TemplateStringsArray, ...values: Content[]): Markup {
	let out = strings[0];
	for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1];
	return new Markup(out);
}
