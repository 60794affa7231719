import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROUTES = join(process.cwd(), 'src/routes');
const GUARDS = new Set([
	'requireUser',
	'requireRole',
	'requireDepartment',
	'requireApiCaller',
	'requireScimCaller'
]);
const HTTP_METHODS = new Set([
	'GET',
	'POST',
	'PUT',
	'PATCH',
	'DELETE',
	'HEAD',
	'OPTIONS',
	'fallback'
]);
const SERVER_FILES = new Set(['+page.server.ts', '+layout.server.ts', '+server.ts']);
// Public on purpose, and holding no data: the API's own description.
const PUBLIC_ENDPOINTS = new Set([join('api', 'v1', 'openapi.json', '+server.ts')]);

function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? walk(path) : [path];
	});
}

function isProtected(file: string): boolean {
	const parts = relative(ROUTES, file).split(sep);
	return parts[0] === '(app)' || parts[0] === 'api' || parts[0] === 'scim';
}

function callsGuard(node: ts.Node): boolean {
	let found = false;
	const visit = (n: ts.Node) => {
		if (found) return;
		if (ts.isCallExpression(n) && ts.isIdentifier(n.expression) && GUARDS.has(n.expression.text)) {
			found = true;
			return;
		}
		ts.forEachChild(n, visit);
	};
	visit(node);
	return found;
}

function isFunctionLike(node: ts.Node | undefined): node is ts.FunctionLikeDeclaration {
	return !!node && (ts.isArrowFunction(node) || ts.isFunctionExpression(node));
}

/** Names of the exported handlers (load, each action, each HTTP verb) that never call a guard. */
export function unguardedHandlers(source: string, fileName = 'route.ts'): string[] {
	const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
	const missing: string[] = [];
	const check = (name: string, body: ts.Node | undefined) => {
		if (!body || !callsGuard(body)) missing.push(name);
	};
	for (const statement of file.statements) {
		const exported = ts.canHaveModifiers(statement)
			? ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)
			: false;
		if (!exported) continue;
		if (ts.isFunctionDeclaration(statement) && statement.name) {
			const name = statement.name.text;
			if (name === 'load' || HTTP_METHODS.has(name)) check(name, statement.body);
			continue;
		}
		if (!ts.isVariableStatement(statement)) continue;
		for (const declaration of statement.declarationList.declarations) {
			if (!ts.isIdentifier(declaration.name)) continue;
			const name = declaration.name.text;
			const init = declaration.initializer;
			if (name === 'load' || HTTP_METHODS.has(name)) {
				check(name, isFunctionLike(init) ? init.body : undefined);
			} else if (name === 'actions') {
				if (!init || !ts.isObjectLiteralExpression(init)) {
					missing.push('actions (not an object literal the test can read)');
					continue;
				}
				for (const property of init.properties) {
					const key = property.name && ts.isIdentifier(property.name) ? property.name.text : '?';
					if (ts.isMethodDeclaration(property)) check(`actions.${key}`, property.body);
					else if (ts.isPropertyAssignment(property) && isFunctionLike(property.initializer)) {
						check(`actions.${key}`, property.initializer.body);
					} else missing.push(`actions.${key} (not an inline function)`);
				}
			}
		}
	}
	return missing;
}

describe('route guards', () => {
	const files = walk(ROUTES).filter(isProtected);

	it('finds the protected routes', () => {
		expect(files.some((f) => f.endsWith('+server.ts'))).toBe(true);
		expect(files.some((f) => f.endsWith('+page.server.ts'))).toBe(true);
		expect(files.some((f) => relative(ROUTES, f).startsWith(`scim${sep}v2`))).toBe(true);
	});

	it('every load, action and endpoint under (app) and api/ calls a guard', () => {
		const problems = files
			.filter((f) => SERVER_FILES.has(f.split(sep).pop() as string))
			.filter((f) => !PUBLIC_ENDPOINTS.has(relative(ROUTES, f)))
			.flatMap((f) =>
				unguardedHandlers(readFileSync(f, 'utf8'), f).map((h) => `${relative(ROUTES, f)}: ${h}`)
			);
		expect(problems).toEqual([]);
	});

	it('every page under (app) has a server load that can guard it', () => {
		const pages = files.filter((f) => f.endsWith('+page.svelte'));
		expect(pages.length).toBeGreaterThan(0);
		const unguarded = pages
			.filter((f) => !existsSync(f.replace(/\+page\.svelte$/, '+page.server.ts')))
			.map((f) => relative(ROUTES, f));
		expect(unguarded).toEqual([]);
	});

	it('no client-side load files under (app) or api/, which would run without a server guard', () => {
		const universal = files.filter((f) => /\+(page|layout)\.ts$/.test(f));
		expect(universal.map((f) => relative(ROUTES, f))).toEqual([]);
	});

	it('flags a handler that forgets its guard', () => {
		const source = `
			import { requireRole } from '$lib/server/auth/guards';
			export const load = async () => { requireRole('hr'); return {}; };
			export const actions = {
				save: async () => { requireRole('hr'); },
				remove: async () => { return { ok: true }; }
			};
			export async function GET() { return new Response('x'); }
			export const POST = async () => { requireUser(); return new Response('y'); };
		`;
		expect(unguardedHandlers(source)).toEqual(['actions.remove', 'GET']);
	});
});
