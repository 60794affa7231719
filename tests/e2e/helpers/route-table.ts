import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

const ROUTES = resolve(import.meta.dirname, '../../../src/routes');
const METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);

/** One way into the app: a page's load, one of its form actions, or an endpoint's method. */
export type RouteEntry = {
	/** The URL pattern with its groups removed, e.g. `/org/people/[id]`. */
	pattern: string;
	method: string;
	/** The form action's name (`default` for a default action), or null. */
	action: string | null;
};

function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? walk(path) : [path];
	});
}

function urlPattern(file: string): string {
	const parts = relative(ROUTES, file).split(sep).slice(0, -1);
	const path = parts.filter((p) => !/^\(.*\)$/.test(p)).join('/');
	return `/${path}`;
}

function exportedNames(source: string): { names: string[]; actions: string[] } {
	const file = ts.createSourceFile('route.ts', source, ts.ScriptTarget.Latest, true);
	const names: string[] = [];
	const actions: string[] = [];
	for (const statement of file.statements) {
		const exported = ts.canHaveModifiers(statement)
			? ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)
			: false;
		if (!exported) continue;
		if (ts.isFunctionDeclaration(statement) && statement.name) names.push(statement.name.text);
		if (!ts.isVariableStatement(statement)) continue;
		for (const declaration of statement.declarationList.declarations) {
			if (!ts.isIdentifier(declaration.name)) continue;
			names.push(declaration.name.text);
			const init = declaration.initializer;
			if (declaration.name.text === 'actions' && init && ts.isObjectLiteralExpression(init)) {
				for (const property of init.properties) {
					if (property.name && ts.isIdentifier(property.name)) actions.push(property.name.text);
				}
			}
		}
	}
	return { names, actions };
}

/** Every load, form action and endpoint method under src/routes. */
export function routeTable(): RouteEntry[] {
	const entries: RouteEntry[] = [];
	for (const file of walk(ROUTES)) {
		const base = file.split(sep).pop();
		if (base !== '+page.server.ts' && base !== '+server.ts') continue;
		const pattern = urlPattern(file);
		const { names, actions } = exportedNames(readFileSync(file, 'utf8'));
		if (base === '+page.server.ts') {
			entries.push({ pattern, method: 'GET', action: null });
			for (const action of actions) entries.push({ pattern, method: 'POST', action });
		} else {
			for (const name of names.filter((n) => METHODS.has(n))) {
				entries.push({ pattern, method: name, action: null });
			}
		}
	}
	return entries;
}
