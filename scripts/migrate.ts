// npm run db:migrate            -> apply every pending migration
// npm run db:migrate -- down    -> undo the latest one
// npm run db:migrate -- republish -> publish every closed round's gated cells again
// Going up also rolls up and publishes closed rounds that lack either (docs/anonymity.md).
import {
	databaseConfigFromEnv,
	describeDatabase,
	openDatabase
} from '../src/lib/server/db/connection';
import { migrateDown, migrateToLatest } from '../src/lib/server/db/migrate';
import { publishPendingRounds, republishRounds } from '../src/lib/server/analytics/publish';

const direction = process.argv[2] ?? 'up';
if (direction !== 'up' && direction !== 'down' && direction !== 'republish') {
	console.error('usage: npm run db:migrate [-- up|down|republish]');
	process.exit(2);
}
const config = databaseConfigFromEnv();
const db = openDatabase(config);
try {
	const done =
		direction === 'down'
			? await migrateDown(db)
			: [
					...(await migrateToLatest(db)),
					...(await publishPendingRounds(db)).map((id) => `published round ${id}`),
					...(direction === 'republish' ? [`republished ${await republishRounds(db)} rounds`] : [])
				];
	console.log(
		`${describeDatabase(config)}: ${done.length ? done.join(', ') : 'nothing to do, schema up to date'}`
	);
} catch (err) {
	console.error(err instanceof Error ? err.message : err);
	process.exitCode = 1;
} finally {
	await db.destroy();
}
