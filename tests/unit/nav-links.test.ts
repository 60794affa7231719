import { describe, expect, it } from 'vitest';
import { isCurrentLink, navList } from '../../src/routes/(app)/nav-links';

// The frame's links are markup written by code (docs/performance.md). Their labels are the app's
// own words, in any language; they still reach the page as text.

describe("the frame's links", () => {
	const links = [
		{ href: '/', label: 'Home' },
		{ href: '/team', label: 'My team' },
		{ href: '/org/people', label: 'People' }
	];

	it('marks the link of the page, and of the pages under it, as current', () => {
		expect(isCurrentLink('/', '/')).toBe(true);
		expect(isCurrentLink('/', '/team')).toBe(false);
		expect(isCurrentLink('/team', '/team/abc/actions')).toBe(true);
		expect(isCurrentLink('/org/people', '/org/departments')).toBe(false);
		const html = navList(links, '/team/abc').html;
		expect(html).toBe(
			'<ul><li><a href="/">Home</a></li><li><a href="/team" aria-current="page">My team</a></li>' +
				'<li><a href="/org/people">People</a></li></ul>'
		);
	});

	it('writes labels and addresses as text', () => {
		const html = navList([{ href: '/x?a="b"', label: `<img src=x onerror="alert(1)">` }], '/').html;
		expect(html).toBe(
			'<ul><li><a href="/x?a=&quot;b&quot;">&lt;img src=x onerror=&quot;alert(1)&quot;&gt;</a></li></ul>'
		);
	});
});
