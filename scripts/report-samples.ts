// Writes sample exports of the demo organisation into a folder, to look at: the company's
// quarterly PDF and the head of Customer Support's PDF, in English and Spanish, on A4 and Letter,
// and the company workbook. With poppler's pdftoppm on the PATH, every page also becomes a PNG.
//
//   DATA_DIR=.data/samples npx tsx scripts/report-samples.ts out/samples [period]
//
// The period defaults to the last quarter that has closed rounds (2026-Q3 style keys or presets).
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { databaseConfigFromEnv, openDatabase } from '../src/lib/server/db/connection';
import { migrateToLatest } from '../src/lib/server/db/migrate';
import { listRoundEntries } from '../src/lib/server/analytics/department-and-round-lists';
import { periodContaining } from '../src/lib/domain/periods';
import { planExport, type Exporter } from '../src/lib/server/exports/plan';
import { parseExportRequest } from '../src/lib/server/exports/request';
import { buildPdf } from '../src/lib/server/exports/pdf/report';
import { buildWorkbook } from '../src/lib/server/exports/xlsx/workbook';
import { seedDemoOrg } from './seed/demo-org';
import { seedDemoPulse } from './seed/demo-pulses';
import { seedDemoActions } from './seed/demo-actions';
import { seedDemoStories } from './seed/demo-conversations';

const out = process.argv[2] ?? 'samples';
mkdirSync(out, { recursive: true });
const db = openDatabase(databaseConfigFromEnv());

async function exporter(email: string): Promise<Exporter> {
	const person = await db
		.selectFrom('people')
		.select(['id', 'name', 'role'])
		.where('email', '=', email)
		.executeTakeFirstOrThrow();
	const heads = await db
		.selectFrom('department_heads')
		.select('department_id')
		.where('person_id', '=', person.id)
		.execute();
	return { ...person, headOf: heads.map((h) => h.department_id) } as Exporter;
}

try {
	await migrateToLatest(db);
	if (!(await db.selectFrom('people').select('id').limit(1).executeTakeFirst())) {
		await seedDemoOrg(db);
		await seedDemoPulse(db);
		await seedDemoActions(db);
		await seedDemoStories(db);
	}
	const latest = (await listRoundEntries(db, 'closed'))[0];
	const period = process.argv[3] ?? periodContaining('quarter', latest.opensOn).key;
	const hr = await exporter('hr@demo.test');
	const head = await exporter('head.support@demo.test');
	const jobs = [
		{ name: 'company', who: hr, department: '', contents: 'all' },
		{ name: 'support', who: head, department: head.headOf[0], contents: 'all' }
	];
	const contents = 'drivers,enps,participation,internal_service,matrix,service_chain,comments';
	for (const job of jobs) {
		for (const language of ['en', 'es']) {
			for (const paper of ['a4', 'letter']) {
				const params = new URLSearchParams({ format: 'pdf', period, paper, language, contents });
				if (job.department) params.set('department', job.department);
				const parsed = parseExportRequest(params);
				if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
				const planned = await planExport(db, job.who, parsed.request);
				if (!planned.ok) throw new Error(`${job.name}: ${planned.reason}`);
				const base = join(out, `${job.name}-${period}-${language}-${paper}`);
				writeFileSync(`${base}.pdf`, await buildPdf(db, planned.plan));
				const png = spawnSync('pdftoppm', ['-r', '50', '-png', `${base}.pdf`, base]);
				console.log(`${base}.pdf${png.status === 0 ? ' (+ PNG pages)' : ''}`);
			}
		}
	}
	const params = new URLSearchParams({ format: 'xlsx', period, contents });
	const parsed = parseExportRequest(params);
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
	const planned = await planExport(db, hr, parsed.request);
	if (!planned.ok) throw new Error(planned.reason);
	const workbook = join(out, `company-${period}.xlsx`);
	writeFileSync(workbook, await buildWorkbook(db, planned.plan));
	console.log(`${workbook} (soffice --headless --convert-to pdf renders it for a look)`);
} finally {
	await db.destroy();
}
