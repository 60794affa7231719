import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// The general route-guard test proves every handler under (app) calls some guard. The org pages,
// the import and the audit log are for HR alone: every handler there must call requireRole('hr').
const ORG = join(process.cwd(), 'src/routes/(app)/org');
const SERVER_FILES = /\+(page\.server|layout\.server|server)\.ts$/;
const HANDLERS = new Set(['load', 'GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'fallback']);

function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? walk(path) : [path];
	});
}

function requiresHr(node: ts.Node): boolean {
	let found = false;
	const visit = (n: ts.Node) => {
		if (found) return;
		if (
			ts.isCallExpression(n) &&
			ts.isIdentifier(n.expression) &&
			n.expression.text === 'requireRole' &&
			n.arguments.length === 1 &&
			ts.isStringLiteral(n.arguments[0]) &&
			n.arguments[0].text === 'hr'
		) {
			found = true;
			return;
		}
		ts.forEachChild(n, visit);
	};
	visit(node);
	return found;
}

/** Handlers (load, each action, each HTTP verb) whose body does not call requireRole('hr'). */
function handlersWithoutHr(source: string, fileName: string): string[] {
	const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
	const missing: string[] = [];
	const found: string[] = [];
	const check = (name: string, body: ts.Node | undefined) => {
		found.push(name);
		if (!body || !requiresHr(body)) missing.push(name);
	};
	for (const statement of file.statements) {
		if (!ts.canHaveModifiers(statement)) continue;
		if (!ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) continue;
		if (
			ts.isFunctionDeclaration(statement) &&
			statement.name &&
			HANDLERS.has(statement.name.text)
		) {
			check(statement.name.text, statement.body);
		}
		if (!ts.isVariableStatement(statement)) continue;
		for (const d of statement.declarationList.declarations) {
			if (!ts.isIdentifier(d.name)) continue;
			const init = d.initializer;
			if (HANDLERS.has(d.name.text)) {
				check(
					d.name.text,
					init && (ts.isArrowFunction(init) || ts.isFunctionExpression(init))
						? init.body
						: undefined
				);
			} else if (d.name.text === 'actions' && init && ts.isObjectLiteralExpression(init)) {
				for (const p of init.properties) {
					const key = p.name && ts.isIdentifier(p.name) ? p.name.text : '?';
					const fn = ts.isPropertyAssignment(p)
						? p.initializer
						: ts.isMethodDeclaration(p)
							? p
							: undefined;
					check(
						`actions.${key}`,
						fn &&
							(ts.isArrowFunction(fn) || ts.isFunctionExpression(fn) || ts.isMethodDeclaration(fn))
							? fn.body
							: undefined
					);
				}
			}
		}
	}
	if (found.length === 0) missing.push('(no handlers found)');
	return missing;
}

describe('org administration is for HR only', () => {
	const files = walk(ORG).filter((f) => SERVER_FILES.test(f));

	it('covers the pages, the import, its downloads and the audit log', () => {
		const routes = files.map((f) => relative(ORG, f)).sort();
		expect(routes).toEqual(
			expect.arrayContaining([
				'audit/+page.server.ts',
				'departments/+page.server.ts',
				'departments/[id]/+page.server.ts',
				'departments/new/+page.server.ts',
				'import/+page.server.ts',
				'import/[id]/+page.server.ts',
				'import/[id]/mapping/+page.server.ts',
				'import/current.csv/+server.ts',
				'import/template.csv/+server.ts',
				'people/+page.server.ts',
				'people/[id]/+page.server.ts',
				'people/new/+page.server.ts'
			])
		);
	});

	it("every load, action and endpoint calls requireRole('hr') itself", () => {
		const problems = files.flatMap((f) =>
			handlersWithoutHr(readFileSync(f, 'utf8'), f).map((h) => `${relative(ORG, f)}: ${h}`)
		);
		expect(problems).toEqual([]);
	});

	it('notices a handler that only calls requireUser, or requireRole for another role', () => {
		const source = `
			export const load = async () => { requireUser(); };
			export const actions = {
				ok: async () => { requireRole('hr'); },
				other: async () => { requireRole('employee'); }
			};
			export function GET() { requireRole('hr'); }
		`;
		expect(handlersWithoutHr(source, 'x.ts')).toEqual(['load', 'actions.other']);
	});
});
