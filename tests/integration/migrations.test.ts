import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestDatabase } from '../helpers/db';
import { migrateAllDown, migrateToLatest } from '../../src/lib/server/db/migrate';
import { migrations } from '../../migrations/index';

describe('migrations', () => {
	it('run up, all the way down, and up again', async () => {
		const { db, destroy } = await createTestDatabase();
		try {
			const tables = async () =>
				(
					await sql<{ table_name: string }>`
						select table_name from information_schema.tables
						where table_schema = current_schema() and table_name not like 'kysely_%'
						order by table_name`.execute(db)
				).rows.map((r) => r.table_name);
			expect(await tables()).toContain('people');
			const down = await migrateAllDown(db);
			expect(down).toHaveLength(Object.keys(migrations).length);
			expect(await tables()).toEqual([]);
			await migrateToLatest(db);
			expect(await tables()).toContain('department_closure');
		} finally {
			await destroy();
		}
	});
});
