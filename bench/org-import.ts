// Times the CSV import of a 10,000-person, 300-department organisation on a PostgreSQL server:
//   npx tsx bench/org-import.ts [postgres://postgres@127.0.0.1:5432/postgres]
// It creates a throwaway database next to the one given (BENCH_DATABASE_URL or the argument),
// runs preview and apply for a first import, the same file again, and a month's changes with a
// full import, prints the timings and drops the database.
import { mkdirSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase } from '../src/lib/server/db/connection';
import { migrateToLatest } from '../src/lib/server/db/migrate';
import { applyImport, getImport, stageImport } from '../src/lib/server/org/import/imports';

const adminUrl =
	process.argv[2] ??
	process.env.BENCH_DATABASE_URL ??
	'postgres://postgres@127.0.0.1:5432/postgres';
const PEOPLE = 10_000;
const DIVISIONS = 6;
const AREAS_PER_DIVISION = 7;
const TEAMS_PER_AREA = 6; // 6 + 42 + 252 = 300 departments

function organisation() {
	const departments: string[] = [];
	const teams: string[] = [];
	for (let d = 1; d <= DIVISIONS; d++) {
		const division = `Division ${d}`;
		departments.push(division);
		for (let a = 1; a <= AREAS_PER_DIVISION; a++) {
			const area = `${division}/Area ${d}.${a}`;
			departments.push(area);
			for (let t = 1; t <= TEAMS_PER_AREA; t++) {
				const team = `${area}/Team ${d}.${a}.${t}`;
				departments.push(team);
				teams.push(team);
			}
		}
	}
	return { departments, teams };
}

type Row = [string, string, string, string, string, string, string];

function peopleRows(teams: string[], departments: string[]): Row[] {
	const rows: Row[] = [];
	for (let i = 0; i < PEOPLE; i++) {
		const heads = i < departments.length ? departments[i] : '';
		rows.push([
			`E${100000 + i}`,
			`person.${i}@bench.test`,
			`Person ${i} Example`,
			teams[i % teams.length],
			heads,
			i % 5 === 0 ? 'es' : 'en',
			i % 997 === 0 ? 'hr' : 'employee'
		]);
	}
	return rows;
}

function toCsv(rows: Row[]): Uint8Array {
	const quote = (v: string) => (/[",;\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
	const lines = [
		'employee_id,email,name,department,head_of,locale,role',
		...rows.map((r) => r.map(quote).join(','))
	];
	return new TextEncoder().encode(lines.join('\r\n') + '\r\n');
}

/** A month later: moves, renames, new joiners, leavers, and a re-organised area. */
function monthLater(rows: Row[], teams: string[]): Row[] {
	const next = rows
		.filter((_, i) => i % 40 !== 7) // 250 leavers
		.map((r, i): Row => {
			const row = [...r] as Row;
			if (i % 20 === 3) row[3] = teams[(i * 7) % teams.length]; // ~500 move
			if (i % 25 === 4) row[2] = `${row[2]} Jr`; // ~400 renamed
			return row;
		});
	for (let i = 0; i < 200; i++) {
		next.push([
			`N${i}`,
			`joiner.${i}@bench.test`,
			`Joiner ${i}`,
			`Division 7/New Area/Team ${i % 10}`,
			'',
			'en',
			''
		]);
	}
	return next;
}

async function time<T>(
	label: string,
	fn: () => Promise<T>,
	results: Record<string, number>
): Promise<T> {
	const started = performance.now();
	const value = await fn();
	results[label] = Math.round(performance.now() - started);
	return value;
}

const name = `rapport_bench_org_${randomBytes(4).toString('hex')}`;
const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`create database ${name}`);
const url = new URL(adminUrl);
url.pathname = `/${name}`;
const db = openDatabase({ kind: 'postgres', url: url.toString(), maxConnections: 4 });
const results: Record<string, number> = {};
try {
	await migrateToLatest(db);
	const hr = await db
		.insertInto('people')
		.values({ email: 'hr@bench.test', name: 'Bench HR', role: 'hr' })
		.returning('id')
		.executeTakeFirstOrThrow();
	const { departments, teams } = organisation();
	const rows = peopleRows(teams, departments);
	const first = toCsv(rows);
	const later = toCsv(monthLater(rows, teams));

	const run = async (label: string, bytes: Uint8Array, deactivateMissing: boolean) => {
		const id = await time(
			`${label}: preview`,
			() => stageImport(db, { actorId: hr.id, fileName: `${label}.csv`, bytes }),
			results
		);
		const preview = (await getImport(db, id))!.preview;
		if (preview.problemCount > 0)
			throw new Error(`${label}: ${JSON.stringify(preview.problems.slice(0, 3))}`);
		const outcome = await time(
			`${label}: apply`,
			() => applyImport(db, { importId: id, actorId: hr.id, deactivateMissing }),
			results
		);
		if (outcome.status !== 'applied') throw new Error(`${label}: ${outcome.status}`);
		console.log(
			`${label}: ${(bytes.length / 1024).toFixed(0)} KB, ${preview.rowsRead} rows:`,
			JSON.stringify(outcome.result)
		);
	};

	await run('first import', first, false);
	await run('same file again', first, false);
	await run('a month later, full import', later, true);

	const counts = await db
		.selectFrom('people')
		.select((eb) => [eb.fn.countAll<string>().as('people')])
		.executeTakeFirstOrThrow();
	const depts = await db
		.selectFrom('departments')
		.select((eb) => eb.fn.countAll<string>().as('n'))
		.executeTakeFirstOrThrow();
	console.log(`\n${counts.people} people, ${depts.n} departments in ${name} on ${url.host}\n`);
	for (const [label, ms] of Object.entries(results))
		console.log(`${label.padEnd(38)} ${String(ms).padStart(6)} ms`);
	mkdirSync('bench/results', { recursive: true });
	writeFileSync(
		'bench/results/org-import.json',
		JSON.stringify(
			{
				at: new Date().toISOString(),
				server: url.host,
				people: PEOPLE,
				departments: departments.length,
				ms: results
			},
			null,
			2
		)
	);
} finally {
	await db.destroy();
	await admin.query(`drop database if exists ${name}`);
	await admin.end();
}
