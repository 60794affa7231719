import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadRapportSecret, SECRET_FILE_NAME } from '../../src/lib/server/surveys/secret';

const root = resolve(import.meta.dirname, '../..');
const SERVER_URL = 'postgres://rapport@127.0.0.1:1/rapport';
const GOOD = 'c'.repeat(64);
const folders: string[] = [];

function dataDir(): string {
	const dir = mkdtempSync(join(tmpdir(), 'rapport-secret-'));
	folders.push(dir);
	return dir;
}

afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** `npm start` as an operator runs it, with `env` instead of this process's secret settings. */
function start(env: Record<string, string>) {
	const base = { ...process.env };
	delete base.RAPPORT_SECRET;
	delete base.DATABASE_URL;
	return spawnSync(process.execPath, ['scripts/start.js'], {
		cwd: root,
		env: { ...base, PORT: '1', ...env },
		encoding: 'utf8',
		timeout: 20_000
	});
}

describe('npm start and RAPPORT_SECRET', () => {
	it('refuses to start on a PostgreSQL server without RAPPORT_SECRET, saying how to make one', () => {
		const run = start({ DATABASE_URL: SERVER_URL });
		expect(run.status).not.toBe(0);
		expect(run.stderr).toContain('RAPPORT_SECRET is not');
		expect(run.stderr).toContain('openssl rand -hex 32');
		expect(run.stderr).not.toMatch(/^\s+at /m);
		expect(run.stdout).toBe('');
	});

	it('refuses a secret shorter than 32 characters', () => {
		const run = start({ DATABASE_URL: SERVER_URL, RAPPORT_SECRET: 'x'.repeat(31) });
		expect(run.status).not.toBe(0);
		expect(run.stderr).toContain('RAPPORT_SECRET has 31 characters; it needs at least 32');
		expect(run.stderr).not.toMatch(/^\s+at /m);
	});
});

describe('the secret ballot keys derive from', () => {
	it('is RAPPORT_SECRET when set', () => {
		expect(loadRapportSecret({ DATABASE_URL: SERVER_URL, RAPPORT_SECRET: GOOD })).toBe(GOOD);
		expect(loadRapportSecret({ DATA_DIR: dataDir(), RAPPORT_SECRET: GOOD })).toBe(GOOD);
	});

	it('is required with a PostgreSQL server, and must be 32 characters or more', () => {
		expect(() => loadRapportSecret({ DATABASE_URL: SERVER_URL })).toThrow(/RAPPORT_SECRET/);
		expect(() => loadRapportSecret({ DATA_DIR: dataDir(), RAPPORT_SECRET: 'short' })).toThrow(
			/at least 32/
		);
	});

	it('on the embedded database, is generated once into a file only its owner can read', () => {
		const dir = dataDir();
		const first = loadRapportSecret({ DATA_DIR: dir });
		expect(first).toMatch(/^[0-9a-f]{64}$/);
		expect(statSync(join(dir, SECRET_FILE_NAME)).mode & 0o777).toBe(0o600);
		expect(loadRapportSecret({ DATA_DIR: dir })).toBe(first);
		expect(loadRapportSecret({ DATA_DIR: dataDir() })).not.toBe(first);
	});

	it('refuses a file holding too short a secret', () => {
		const dir = dataDir();
		writeFileSync(join(dir, SECRET_FILE_NAME), 'abc\n', { mode: 0o600 });
		expect(() => loadRapportSecret({ DATA_DIR: dir })).toThrow(/at least 32/);
	});
});
