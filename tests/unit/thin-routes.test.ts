import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// Routes validate input, check access and call modules; queries and transactions live in
// src/lib/server. A query builder in a route file fails here, whatever it queries.
const routes = resolve(import.meta.dirname, '../../src/routes');
const QUERY_BUILDING = [
	/\.(selectFrom|insertInto|updateTable|deleteFrom|replaceInto|mergeInto|with)\(/,
	/\.transaction\(\)/,
	/\bsql`/,
	/from 'kysely'/
];

function sourceFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return sourceFiles(path);
		return /\.(ts|js|svelte)$/.test(name) ? [path] : [];
	});
}

describe('thin routes', () => {
	it('no route file builds a query or opens a transaction', () => {
		const offenders = sourceFiles(routes).flatMap((file) =>
			readFileSync(file, 'utf8')
				.split('\n')
				.flatMap((line, i) =>
					QUERY_BUILDING.some((pattern) => pattern.test(line))
						? [`${relative(routes, file)}:${i + 1}: ${line.trim()}`]
						: []
				)
		);
		expect(offenders).toEqual([]);
	});

	it('tests use only public framework APIs', () => {
		const tests = resolve(import.meta.dirname, '..');
		const private_ = sourceFiles(tests).filter((file) =>
			/from '@sveltejs\/kit\/internal/.test(readFileSync(file, 'utf8'))
		);
		expect(private_.map((f) => relative(tests, f))).toEqual([]);
	});
});
