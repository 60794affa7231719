// Seeds the demo organisation into the configured database (DATABASE_URL, or PGlite under DATA_DIR).
import {
	databaseConfigFromEnv,
	describeDatabase,
	openDatabase
} from '../src/lib/server/db/connection';
import { migrateToLatest } from '../src/lib/server/db/migrate';
import { DEMO_PASSWORD, seedDemoOrg } from './seed/demo-org';
import { seedDemoPulse } from './seed/demo-pulses';
import { seedDemoActions } from './seed/demo-actions';
import { seedDemoConversations, seedDemoStories } from './seed/demo-conversations';
import { recordDemoSetUp } from './seed/demo-audit';

const config = databaseConfigFromEnv();
const db = openDatabase(config);
try {
	await migrateToLatest(db);
	const existing = await db.selectFrom('people').select('id').limit(1).executeTakeFirst();
	if (existing) {
		console.log(`seed: ${describeDatabase(config)} already has people; nothing seeded.`);
	} else {
		const started = Date.now();
		const org = await seedDemoOrg(db);
		const auditEntries = await recordDemoSetUp(db);
		const pulse = await seedDemoPulse(db);
		const plans = await seedDemoActions(db);
		const conversation = await seedDemoConversations(db);
		const stories = await seedDemoStories(db);
		console.log(
			`seed: ${org.people} people in ${org.departments.size} departments, a monthly pulse with ` +
				`${pulse.rounds} closed rounds (${pulse.responses} responses) and ${pulse.openedRounds} ` +
				`open round, ${pulse.externalFigures} monthly customer satisfaction figures, ` +
				`${plans.focusAreas} focus areas with ${plans.actions} actions, ${auditEntries} audit entries, into ${describeDatabase(config)} in ` +
				`${Date.now() - started} ms (password ${DEMO_PASSWORD}).`
		);
		console.log(
			`seed: ${stories} service stories; a demo writer's private link to their conversations: ` +
				`${conversation?.link ?? '(none)'}`
		);
	}
} finally {
	await db.destroy();
}
