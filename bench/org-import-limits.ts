// Time and peak memory of the import's preview at its row limit: refusing a 100,000-row file and
// previewing a 49,000-row one, each in a fresh process so that the peaks do not mix:
//   npx tsx bench/org-import-limits.ts [postgres://postgres@127.0.0.1:5432/postgres]
// It creates a throwaway database next to the one given and drops it afterwards.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase } from '../src/lib/server/db/connection';
import { migrateToLatest } from '../src/lib/server/db/migrate';
import { getImport, stageImport } from '../src/lib/server/org/import/imports';

const adminUrl =
	process.argv[2] ??
	process.env.BENCH_DATABASE_URL ??
	'postgres://postgres@127.0.0.1:5432/postgres';
const SCENARIOS = { refuse: 100_000, preview: 49_000 } as const;
type Scenario = keyof typeof SCENARIOS;

function csvOf(rows: number): Uint8Array {
	const lines = ['employee_id,email,name,department,head_of,locale,role'];
	for (let i = 0; i < rows; i++) {
		lines.push(`E${i},p${i}@b.test,Person ${i},Division ${i % 6}/Team ${i % 200},,en,employee`);
	}
	return new TextEncoder().encode(lines.join('\n') + '\n');
}

async function measure(scenario: Scenario, url: string): Promise<void> {
	const db = openDatabase({ kind: 'postgres', url, maxConnections: 2 });
	try {
		const hr = await db
			.insertInto('people')
			.values({ email: `hr.${scenario}@bench.test`, name: 'Bench HR', role: 'hr' })
			.returning('id')
			.executeTakeFirstOrThrow();
		const bytes = csvOf(SCENARIOS[scenario]);
		global.gc?.();
		const rssBefore = process.memoryUsage().rss;
		const started = performance.now();
		const id = await stageImport(db, { actorId: hr.id, fileName: 'bench.csv', bytes });
		const ms = Math.round(performance.now() - started);
		const peakMb = Math.round((process.resourceUsage().maxRSS * 1024 - rssBefore) / 1024 ** 2);
		const preview = (await getImport(db, id))!.preview;
		const outcome = `${preview.rowsRead} rows read, ${preview.problemCount} problems: ${preview.problems[0]?.message ?? 'none'}`;
		console.log(
			`${scenario} ${SCENARIOS[scenario]} rows (${(bytes.length / 1024 ** 2).toFixed(1)} MB): ${ms} ms, peak +${peakMb} MB RSS; ${outcome}`
		);
	} finally {
		await db.destroy();
	}
}

const [, , mode, scenarioUrl] = process.argv;
if (mode === '--scenario') {
	const [scenario, url] = scenarioUrl.split('@@') as [Scenario, string];
	await measure(scenario, url);
} else {
	const name = `rapport_bench_limits_${randomBytes(4).toString('hex')}`;
	const admin = new pg.Client({ connectionString: adminUrl });
	await admin.connect();
	await admin.query(`create database ${name}`);
	const url = new URL(adminUrl);
	url.pathname = `/${name}`;
	try {
		const db = openDatabase({ kind: 'postgres', url: url.toString(), maxConnections: 2 });
		await migrateToLatest(db);
		await db.destroy();
		for (const scenario of Object.keys(SCENARIOS)) {
			spawnSync(
				process.execPath,
				[...process.execArgv, process.argv[1], '--scenario', `${scenario}@@${url}`],
				{ stdio: 'inherit' }
			);
		}
	} finally {
		await admin.query(`drop database if exists ${name}`);
		await admin.end();
	}
}
