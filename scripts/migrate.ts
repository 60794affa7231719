// npm run db:migrate            -> apply every pending migration
// npm run db:migrate -- down    -> undo the latest one
import {
	databaseConfigFromEnv,
	describeDatabase,
	openDatabase
} from '../src/lib/server/db/connection';
import { migrateDown, migrateToLatest } from '../src/lib/server/db/migrate';

const direction = process.argv[2] ?? 'up';
if (direction !== 'up' && direction !== 'down') {
	console.error('usage: npm run db:migrate [-- up|down]');
	process.exit(2);
}
const config = databaseConfigFromEnv();
const db = openDatabase(config);
try {
	const done = direction === 'up' ? await migrateToLatest(db) : await migrateDown(db);
	console.log(
		`${describeDatabase(config)}: ${done.length ? done.join(', ') : 'nothing to do, schema up to date'}`
	);
} catch (err) {
	console.error(err instanceof Error ? err.message : err);
	process.exitCode = 1;
} finally {
	await db.destroy();
}
