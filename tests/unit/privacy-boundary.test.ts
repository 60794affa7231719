import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Routes, exports and the API may show only what the privacy gate lets through. This test reads
// every module under src/routes (and src/lib/server/exports) and fails when one queries the
// answer tables itself, or imports a module that reads raw rows or ungated statistics. Within
// src/lib/server, only the modules listed below may query the answer tables or the rollups, and
// only publishing may take ungated statistics: everything else reads published cells.

const ROOT = process.cwd();
const SRC = join(ROOT, 'src');
const SCANNED = [join(SRC, 'routes'), join(SRC, 'lib/server/exports')];
const RAW_TABLES = ['answers', 'responses', 'service_ratings', 'comments', 'pending_submissions'];
const QUERY_METHODS = new Set([
	'selectFrom',
	'insertInto',
	'updateTable',
	'deleteFrom',
	'mergeInto',
	'replaceInto',
	'innerJoin',
	'leftJoin',
	'rightJoin',
	'fullJoin',
	'crossJoin',
	'table',
	'ref',
	'id',
	'raw'
]);
const queryText = (tables: readonly string[]) =>
	new RegExp(
		`\\b(from|join|into|update|table)\\s+(only\\s+)?("?\\w+"?\\.)?"?(${tables.join('|')})"?\\b`,
		'i'
	);
const RAW_SQL = queryText(RAW_TABLES);
/** Modules that hand out statistics before the gate: nothing outside the gate may import them. */
const UNGATED = ['lib/server/analytics/rollups', 'lib/server/analytics/round-data'];
/** Modules that query raw rows, and the names a route may take from them (writes, gated reads). */
const ALLOWED_NAMES: Record<string, string[]> = {
	'lib/server/surveys/responses': ['submitResponse', 'isBallotSpent'],
	'lib/server/gate/comment-gate': ['gatedComments', 'gatedServiceComments']
};

/** Every module of src/lib/server that may query the raw answer tables, and why. */
const RAW_READERS: Record<string, string> = {
	'lib/server/analytics/rollups': 'aggregates a round once, when it closes',
	'lib/server/conversations/comments': 'shows a comment to its writer, through the comment gate',
	'lib/server/gate/comment-gate': 'the comment gate',
	'lib/server/surveys/responses': 'stores a response',
	'lib/server/surveys/submission-batches': 'moves submissions into the answer tables'
};
const ROLLUP_TABLES = [
	'rollup_rounds',
	'rollup_departments',
	'rollup_participation',
	'rollup_group_changes',
	'rollup_drivers',
	'rollup_items',
	'rollup_service',
	'rollup_driver_impact'
];
/** Every module of src/lib/server that may query the rollups (statistics before the gate). */
const ROLLUP_READERS: Record<string, string> = {
	'lib/server/analytics/rollups': 'writes them',
	'lib/server/analytics/round-data': 'reads them for publishing and the round tree',
	'lib/server/analytics/group-changes': 'reads group changes for publishing',
	'lib/server/analytics/item-results': 'which rounds asked an item: ids, no figures',
	'lib/server/analytics/changes': 'which earlier round asked a driver: ids, no figures',
	'lib/server/surveys/tamper': 'compares stored responses with the count at close'
};
/** Ungated statistics and the one place in src/lib/server allowed to take each. */
const UNGATED_NAMES: Record<string, Record<string, string[]>> = {
	'lib/server/analytics/round-data': {
		'lib/server/gate/gated-round': [
			'loadImpact',
			'loadItems',
			'loadParticipation',
			'loadScores',
			'loadService'
		]
	},
	'lib/server/analytics/rollups': {
		'lib/server/analytics/publish': ['computeRollups'],
		'lib/server/surveys/rounds': ['computeRollups']
	}
};
const UNGATED_STATISTICS = new Set(
	Object.values(UNGATED_NAMES).flatMap((importers) => Object.values(importers).flat())
);

function walk(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? walk(path) : [path];
	});
}

function scriptOf(file: string, text: string): string {
	if (!file.endsWith('.svelte')) return text;
	return [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n');
}

/** The module an import names, as a path under src without extension, or null if outside. */
function moduleOf(specifier: string, fromFile: string): string | null {
	let path: string;
	if (specifier.startsWith('$lib/')) path = join(SRC, 'lib', specifier.slice(5));
	else if (specifier.startsWith('.')) path = resolve(dirname(fromFile), specifier);
	else return null;
	return relative(SRC, path)
		.split(sep)
		.join('/')
		.replace(/(\/index)?\.(ts|js)$/, '');
}

/** Raw answer tables (or the `tables` given) named in queries anywhere in `source`. */
function rawQueries(source: string, fileName: string, tables = RAW_TABLES): string[] {
	const pattern = tables === RAW_TABLES ? RAW_SQL : queryText(tables);
	const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
	const found: string[] = [];
	const visit = (node: ts.Node) => {
		if (ts.isStringLiteralLike(node) || ts.isTemplateMiddle(node) || ts.isTemplateHead(node)) {
			if (pattern.test(node.text)) found.push(`query text "${node.text.trim().slice(0, 60)}"`);
		}
		if (ts.isTemplateTail(node) && pattern.test(node.text)) found.push(`query text "${node.text}"`);
		if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
			const method = node.expression.name.text;
			const first = node.arguments[0];
			if (QUERY_METHODS.has(method) && first && ts.isStringLiteralLike(first)) {
				const table = first.text.trim().split(/[\s.]/)[0].replace(/"/g, '');
				if (tables.includes(table)) found.push(`${method}('${first.text}')`);
			}
		}
		ts.forEachChild(node, visit);
	};
	visit(file);
	return found;
}

/** Imports that reach raw rows or ungated statistics. */
function forbiddenImports(source: string, fileName: string, rawModules: Set<string>): string[] {
	const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
	const problems: string[] = [];
	const check = (specifier: string, names: string[] | 'all', typeOnly: boolean) => {
		const target = moduleOf(specifier, fileName);
		if (!target || typeOnly) return;
		if (UNGATED.includes(target)) problems.push(`imports ungated ${target}`);
		else if (rawModules.has(target) || target in ALLOWED_NAMES) {
			const allowed = ALLOWED_NAMES[target] ?? [];
			const bad = names === 'all' ? ['*'] : names.filter((n) => !allowed.includes(n));
			if (bad.length) problems.push(`imports ${bad.join(', ')} from raw-row module ${target}`);
		}
	};
	const visit = (node: ts.Node) => {
		if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
			const clause = node.importClause;
			const bindings = clause?.namedBindings;
			const names =
				clause?.name || (bindings && ts.isNamespaceImport(bindings))
					? 'all'
					: (bindings?.elements ?? [])
							.filter((e) => !e.isTypeOnly)
							.map((e) => (e.propertyName ?? e.name).text);
			check(node.moduleSpecifier.text, clause ? names : 'all', clause?.isTypeOnly ?? false);
		} else if (ts.isExportDeclaration(node) && node.moduleSpecifier) {
			const specifier = (node.moduleSpecifier as ts.StringLiteral).text;
			const names =
				node.exportClause && ts.isNamedExports(node.exportClause)
					? node.exportClause.elements.map((e) => (e.propertyName ?? e.name).text)
					: 'all';
			check(specifier, names, node.isTypeOnly);
		} else if (
			ts.isCallExpression(node) &&
			node.expression.kind === ts.SyntaxKind.ImportKeyword &&
			node.arguments[0] &&
			ts.isStringLiteralLike(node.arguments[0])
		) {
			check(node.arguments[0].text, 'all', false);
		}
		ts.forEachChild(node, visit);
	};
	visit(file);
	return problems;
}

const serverModules = () => walk(join(SRC, 'lib/server')).filter((f) => /\.(ts|js)$/.test(f));
const moduleName = (f: string) => moduleOf(`./${relative(dirname(f), f)}`, f) as string;

/** Modules under src/lib/server that query the answer tables (or the `tables` given). */
function rawRowModules(tables = RAW_TABLES): Set<string> {
	return new Set(
		serverModules()
			.filter((f) => rawQueries(readFileSync(f, 'utf8'), f, tables).length > 0)
			.map(moduleName)
	);
}

/** Names of ungated statistics a server module imports without being allowed to. */
function ungatedImports(file: string): string[] {
	const importer = moduleName(file);
	const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
	const problems: string[] = [];
	for (const node of source.statements) {
		if (!ts.isImportDeclaration(node) || !ts.isStringLiteral(node.moduleSpecifier)) continue;
		const target = moduleOf(node.moduleSpecifier.text, file);
		const importers = target ? UNGATED_NAMES[target] : undefined;
		if (!importers || node.importClause?.isTypeOnly) continue;
		const bindings = node.importClause?.namedBindings;
		const names =
			bindings && ts.isNamedImports(bindings)
				? bindings.elements.filter((e) => !e.isTypeOnly).map((e) => (e.propertyName ?? e.name).text)
				: ['*'];
		const allowed = importers[importer] ?? [];
		for (const name of names) {
			if ((name === '*' || UNGATED_STATISTICS.has(name)) && !allowed.includes(name)) {
				problems.push(`${importer} imports ${name} from ${target}`);
			}
		}
	}
	return problems;
}

/** The gate's modules that read the database; the rest of the gate is pure rules. */
const GATE_DATABASE_READERS = [
	'lib/server/gate/comment-gate',
	'lib/server/gate/gated-round',
	'lib/server/gate/round-tables'
];
/** What a pure gate module may import: domain logic, the pure gate, and how a shown cell reads. */
const PURE_IMPORT = /^lib\/(domain\/|server\/gate\/|server\/analytics\/cell-values$)/;

/** Every module a file imports, as a path under src (or the package name when outside). */
function importTargets(file: string): string[] {
	const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
	return source.statements
		.filter((node) => ts.isImportDeclaration(node) || ts.isExportDeclaration(node))
		.flatMap((node) =>
			node.moduleSpecifier ? [(node.moduleSpecifier as ts.StringLiteral).text] : []
		)
		.map((specifier) => moduleOf(specifier, file) ?? specifier);
}

function problemsIn(file: string, rawModules: Set<string>): string[] {
	const source = scriptOf(file, readFileSync(file, 'utf8'));
	return [...rawQueries(source, file), ...forbiddenImports(source, file, rawModules)];
}

describe('the privacy boundary', () => {
	const rawModules = rawRowModules();
	const files = SCANNED.flatMap(walk).filter((f) => /\.(ts|js|svelte)$/.test(f));

	it('knows which modules read raw rows', () => {
		expect([...rawModules]).toEqual(
			expect.arrayContaining([
				'lib/server/analytics/rollups',
				'lib/server/surveys/responses',
				'lib/server/gate/comment-gate'
			])
		);
		expect(files.length).toBeGreaterThan(20);
	});

	it('no route, export or API module queries answers or imports raw rows or ungated figures', () => {
		const problems = files.flatMap((f) =>
			problemsIn(f, rawModules).map((p) => `${relative(ROOT, f)}: ${p}`)
		);
		expect(problems).toEqual([]);
	});

	it('lets only the listed server modules query the answer tables or the rollups', () => {
		expect([...rawModules].sort()).toEqual(Object.keys(RAW_READERS).sort());
		expect([...rawRowModules(ROLLUP_TABLES)].sort()).toEqual(Object.keys(ROLLUP_READERS).sort());
	});

	it('lets only publishing take ungated statistics: every other server module reads published cells', () => {
		expect(serverModules().flatMap(ungatedImports)).toEqual([]);
	});

	it('keeps the gate pure: only its listed modules reach the database', () => {
		const gate = walk(join(SRC, 'lib/server/gate')).filter((f) => f.endsWith('.ts'));
		const problems = gate
			.filter((f) => !GATE_DATABASE_READERS.includes(moduleName(f)))
			.flatMap((f) =>
				importTargets(f)
					.filter((target) => !PURE_IMPORT.test(target))
					.map((target) => `${moduleName(f)} imports ${target}`)
			);
		expect(gate.length).toBeGreaterThan(5);
		expect(problems).toEqual([]);
	});

	const rawModulesForTest = new Set(['lib/server/surveys/responses']);

	it('flags a route that reaches around the gate', () => {
		const file = join(SRC, 'routes/api/v1/example/+server.ts');
		const source = `
			import { sql } from 'kysely';
			import { submitResponse } from '$lib/server/surveys/responses';
			import { computeRollups } from '$lib/server/analytics/rollups';
			import * as data from '../../../../lib/server/analytics/round-data';
			import type { ClosedRound } from '$lib/server/analytics/round-data';
			export async function GET() {
				const { loadScores } = await import('$lib/server/analytics/round-data');
				await db.selectFrom('answers as a').selectAll().execute();
				await db.selectFrom('departments').innerJoin('responses', 'x', 'y').execute();
				await sql\`select body from comments where round_id = \${id}\`.execute(db);
				await sql\`select count(*) from public."service_ratings"\`.execute(db);
				return new Response('ok');
			}`;
		const problems = [
			...rawQueries(source, file),
			...forbiddenImports(source, file, new Set(['lib/server/surveys/responses']))
		];
		expect(problems).toEqual([
			"selectFrom('answers as a')",
			"innerJoin('responses')",
			'query text "select body from comments where round_id ="',
			'query text "select count(*) from public."service_ratings""',
			'imports ungated lib/server/analytics/rollups',
			'imports ungated lib/server/analytics/round-data',
			'imports ungated lib/server/analytics/round-data'
		]);
		// The write path and gated reads are fine.
		const allowed = `
			import { isBallotSpent, submitResponse } from '$lib/server/surveys/responses';
			import { departmentHealth } from '$lib/server/analytics/health';
			const label = 'Comments from your team';`;
		expect(rawQueries(allowed, file)).toEqual([]);
		expect(forbiddenImports(allowed, file, rawModulesForTest)).toEqual([]);
	});
});
