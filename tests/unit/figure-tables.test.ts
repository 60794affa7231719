import { describe, expect, it } from 'vitest';
import { escapeHtml, markup, Markup } from '../../src/lib/components/markup';
import {
	heatmapTable,
	heatTable,
	hiddenFigure,
	seriesTable
} from '../../src/lib/components/charts/tables';
import { i18n } from '../../src/lib/i18n';

// The dashboards' large tables are markup written by code (it hydrates without a walk of its
// cells). Names come from HR's import, so every one must reach the page as text, never as markup.

const words = i18n('en');
const hostile = `<img src=x onerror="alert('x')">&amp;`;

/** The text of some markup as a browser would read it: tags dropped, entities decoded. */
const textOf = (markup: Markup) =>
	markup.html
		.replace(/<[^>]*>/g, '')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&amp;/g, '&');

describe('markup written by code', () => {
	it('escapes every value, in text and in attributes', () => {
		expect(escapeHtml(hostile)).toBe(
			'&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;&amp;amp;'
		);
		const made = markup`<td title="${hostile}">${hostile}</td>`;
		expect(made.html).not.toContain('<img');
		expect(made.html).toBe(`<td title="${escapeHtml(hostile)}">${escapeHtml(hostile)}</td>`);
	});

	it('keeps markup, joins arrays and writes nothing for null, undefined and false', () => {
		const inner = markup`<b>${'a<b'}</b>`;
		expect(markup`<p>${inner}</p>`.html).toBe('<p><b>a&lt;b</b></p>');
		expect(markup`<ul>${[1, 2].map((n) => markup`<li>${n}</li>`)}</ul>`.html).toBe(
			'<ul><li>1</li><li>2</li></ul>'
		);
		expect(markup`<p>${null}${undefined}${false}${0}</p>`.html).toBe('<p>0</p>');
	});

	it('a string that looks like markup is still text', () => {
		expect(markup`${'<b>x</b>'}`.html).toBe('&lt;b&gt;x&lt;/b&gt;');
	});
});

describe('the tables under the charts', () => {
	it('a heatmap names its rows as text and each hidden cell by its reason', () => {
		const table = heatmapTable(
			{
				rows: [hostile, 'Support'],
				columns: [
					{ label: 'Empowerment', unit: '%' },
					{ label: 'Morale', unit: '%' }
				],
				values: [
					[61.5, { suppressed: 'fewer_than_k' }],
					[{ suppressed: 'protects_smaller_group' }, { suppressed: 'protects_smaller_group' }]
				],
				rowHeading: 'Department',
				rowLinks: ['/team/1?x=1&y=2', undefined],
				k: 5
			},
			words
		);
		expect(table.html).not.toContain('<img');
		expect(table.html).toContain('href="/team/1?x=1&amp;y=2"');
		expect(textOf(table)).toContain(hostile);
		expect(table.html).toContain('61.5%');
		// A hidden cell: its mark for the eye, its reason as its title and for screen readers.
		expect(table.html).toContain(
			'<span class="suppressed" title="fewer than 5 responses" data-reason="fewer_than_k"><span aria-hidden="true">'
		);
		expect(table.html).toContain('<span class="visually-hidden">fewer than 5 responses</span>');
		// A row hidden throughout for one reason says so once.
		expect(table.html).toContain('<td colspan="2"><span class="suppressed"');
		expect(table.html.match(/data-reason="protects_smaller_group"/g)).toHaveLength(1);
	});

	it('a series table writes hidden figures in words, or as the chart asks', () => {
		const args = {
			labels: ['Q1', hostile],
			series: [{ label: 'eNPS', values: [12, { suppressed: 'fewer_than_k' as const }] }],
			heading: 'Round',
			unit: '',
			k: 5
		};
		const plain = seriesTable(args, words);
		expect(plain.html).toContain('<td class="suppressed">fewer than 5 responses</td>');
		expect(textOf(plain)).toContain(hostile);
		const marked = seriesTable(
			{ ...args, hidden: (value) => hiddenFigure(value.suppressed, 5, words, true) },
			words
		);
		expect(marked.html).toContain('<td class="suppressed"><span class="suppressed" title=');
	});

	it('a heat table colours shown cells, stripes hidden ones and marks empty ones', () => {
		const table = heatTable(
			{
				rowHeading: 'Rated by',
				columns: [
					{ key: 'a', label: 'SUP', title: hostile },
					{ key: 'b', label: 'OPS' },
					{ key: 'c', label: 'FIN' }
				],
				rows: [{ key: 'r', label: hostile, href: '/team/r', depth: 1, note: 'everyone' }],
				cells: [
					[
						{ value: 40, scale: 'nps' },
						{ value: { suppressed: 'not_asked' }, scale: 'nps' },
						{ value: null, scale: 'nps' }
					]
				],
				k: 5
			},
			words
		);
		expect(table.html).not.toContain('<img');
		expect(table.html).toContain('<abbr title="&lt;img');
		expect(table.html).toContain('style="padding-left: 1.75rem;"');
		expect(table.html).toMatch(/<td class="num heat-\d">40<\/td>/);
		expect(table.html).toContain('<td class="num heat-not-asked">');
		expect(table.html).toContain('<span class="visually-hidden">no figure</span>');
	});
});
