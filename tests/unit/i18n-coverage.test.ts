import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse } from 'svelte/compiler';
import { describe, expect, it } from 'vitest';
import en from '../../src/lib/i18n/locales/en';
import { i18n, LOCALES } from '../../src/lib/i18n';

// Every word a page shows comes from the catalogues (src/lib/i18n/locales), so that a page is
// entirely in the reader's language. Text written into a .svelte file (a text node, a visible
// attribute, a quoted string shown by an expression) fails here, unless the file is listed below
// as not yet converted.

const root = resolve(import.meta.dirname, '../..');
const FOLDERS = ['src/routes', 'src/lib/components'];

/** Names, not words: the same in every language. */
const PROPER_NAMES = /\b(Rapport|eNPS|NPS|CSV|PDF|XLSX|API|SCIM|OpenID|UTC|HR|ID)\b/g;

/** Attributes (and component props) whose text a person sees or hears. */
const VISIBLE_ATTRIBUTES = new Set([
	'title',
	'aria-label',
	'aria-description',
	'aria-roledescription',
	'aria-valuetext',
	'placeholder',
	'alt',
	'label',
	'hint',
	'heading',
	'caption',
	'summary',
	'description',
	'confirmLabel',
	'message'
]);

function svelteFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return svelteFiles(path);
		return name.endsWith('.svelte') ? [path] : [];
	});
}

const hasWords = (text: string) => /\p{L}/u.test(text.replace(PROPER_NAMES, ''));

type Node = { type: string; [key: string]: unknown };

/** Quoted strings an expression may show as they are: `a ? 'Yes' : 'No'`, `` `${n} people` ``. */
function shownLiterals(expression: Node | null | undefined): string[] {
	if (!expression) return [];
	switch (expression.type) {
		case 'Literal':
			return typeof expression.value === 'string' ? [expression.value] : [];
		case 'TemplateLiteral':
			return [
				...(expression.quasis as { value: { cooked: string } }[]).map((q) => q.value.cooked),
				...(expression.expressions as Node[]).flatMap(shownLiterals)
			];
		case 'ConditionalExpression':
			return [
				...shownLiterals(expression.consequent as Node),
				...shownLiterals(expression.alternate as Node)
			];
		case 'LogicalExpression':
			return [
				...shownLiterals(expression.left as Node),
				...shownLiterals(expression.right as Node)
			];
		case 'BinaryExpression':
			return expression.operator === '+'
				? [...shownLiterals(expression.left as Node), ...shownLiterals(expression.right as Node)]
				: [];
		default:
			return [];
	}
}

/** The written-in text of one component: each with where it stands. */
export function writtenText(source: string): string[] {
	const ast = parse(source, { modern: true });
	const found: string[] = [];
	const visit = (node: unknown, parent: string) => {
		if (!node || typeof node !== 'object') return;
		if (Array.isArray(node)) return node.forEach((n) => visit(n, parent));
		const n = node as Node;
		if (n.type === 'Text' && parent !== 'attribute' && hasWords(String(n.data))) {
			found.push(String(n.data).trim());
		}
		if (n.type === 'ExpressionTag' && parent !== 'attribute') {
			found.push(...shownLiterals(n.expression as Node).filter(hasWords));
		}
		if (n.type === 'Attribute') {
			if (VISIBLE_ATTRIBUTES.has(String(n.name)) && Array.isArray(n.value)) {
				for (const part of n.value as Node[]) {
					if (part.type === 'Text' && hasWords(String(part.data))) {
						found.push(`${n.name}="${String(part.data).trim()}"`);
					}
					if (part.type === 'ExpressionTag') {
						const literals = shownLiterals(part.expression as Node).filter(hasWords);
						found.push(...literals.map((l) => `${n.name}={'${l}'}`));
					}
				}
			} else if (n.value && typeof n.value === 'object' && !Array.isArray(n.value)) {
				const expression = (n.value as Node).expression as Node;
				if (VISIBLE_ATTRIBUTES.has(String(n.name))) {
					const literals = shownLiterals(expression).filter(hasWords);
					found.push(...literals.map((l) => `${n.name}={'${l}'}`));
				}
			}
			return;
		}
		// Styles, scripts and the contents of <style>/<script> elements are not shown.
		if (n.type === 'RegularElement' && (n.name === 'style' || n.name === 'script')) return;
		if (String(n.type).endsWith('Directive')) return;
		for (const [key, value] of Object.entries(n)) {
			if (key === 'expression' || key === 'metadata') continue;
			visit(value, key === 'attributes' ? 'attributes' : n.type);
		}
	};
	visit(ast.fragment, 'root');
	return found;
}

const files = FOLDERS.flatMap((folder) => svelteFiles(join(root, folder))).map((file) =>
	relative(root, file)
);

describe('every visible string comes from the catalogue', () => {
	it('leaves no written-in text in pages and components', () => {
		const offenders = files.flatMap((file) =>
			writtenText(readFileSync(join(root, file), 'utf8')).map((text) => `${file}: ${text}`)
		);
		expect(offenders).toEqual([]);
	});

	it('finds written-in text wherever it hides', () => {
		expect(
			writtenText(
				'<script>let a = "not shown";</script><p>Hello</p><p title="Tip">{x ? "Yes" : y}</p>' +
					'<Field label={`Name of ${x}`} /><p>{t.ok} · Rapport</p><style>p::after { content: "x"; }</style>'
			)
		).toEqual(['Hello', 'title="Tip"', 'Yes', "label={'Name of '}"]);
	});
});

describe('every language has every string', () => {
	/** English text left in another language, long enough not to be the same word by chance. */
	function untranslated(english: unknown, other: unknown, path: string): string[] {
		if (typeof english === 'string') {
			return english.length > 12 && english === other && !/^[\d\s\p{P}]*$/u.test(english)
				? [path]
				: [];
		}
		if (typeof english === 'function' && typeof other === 'function') {
			const args = [2, 3, 4, 5].slice(0, english.length);
			return untranslated(String(english(...args)), String(other(...args)), `${path}()`);
		}
		if (english && typeof english === 'object' && other && typeof other === 'object') {
			return Object.entries(english).flatMap(([key, value]) =>
				untranslated(value, (other as Record<string, unknown>)[key], `${path}.${key}`)
			);
		}
		return [];
	}

	for (const locale of LOCALES.filter((l) => l !== 'en')) {
		it(`${locale}: nothing is left in English`, () => {
			expect(untranslated(en, i18n(locale).t, locale)).toEqual([]);
		});
	}
});
