import { markup, type Markup } from '$lib/components/markup';

export type NavLink = { href: string; label: string };

/** Whether a link of the frame leads to the page at `pathname` or to a page under it. */
export function isCurrentLink(href: string, pathname: string): boolean {
	return href === '/' ? pathname === '/' : pathname.startsWith(href);
}

/**
 * The frame's links as a list, written by code rather than by the layout's template: the frame
 * has them twice (a row on wide screens, a menu on phones), and hydrating those list items was
 * a part of every signed-in page's longest task on a phone (docs/performance.md). SvelteKit
 * follows the links itself, so they need no script of their own.
 */
export function navList(links: readonly NavLink[], pathname: string): Markup {
	return markup`<ul>${links.map(
		(link) =>
			markup`<li><a href="${link.href}"${isCurrentLink(link.href, pathname) && markup` aria-current="page"`}>${link.label}</a></li>`
	)}</ul>`;
}
