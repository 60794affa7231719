import { describe, expect, it } from 'vitest';
import { databaseConfigFromEnv } from '../../src/lib/server/db/connection';

describe('the database configuration', () => {
	it('is the embedded database without DATABASE_URL', () => {
		expect(databaseConfigFromEnv({ DATA_DIR: '/srv/rapport' })).toEqual({
			kind: 'pglite',
			dataDir: '/srv/rapport'
		});
	});

	it('prepares the hot statements on a server unless DATABASE_PREPARED_STATEMENTS is off', () => {
		const url = 'postgres://rapport@db.internal/rapport';
		expect(databaseConfigFromEnv({ DATABASE_URL: url })).toEqual({
			kind: 'postgres',
			url,
			maxConnections: 10,
			preparedStatements: true
		});
		expect(
			databaseConfigFromEnv({
				DATABASE_URL: url,
				DATABASE_POOL_SIZE: '4',
				DATABASE_PREPARED_STATEMENTS: 'off'
			})
		).toMatchObject({ maxConnections: 4, preparedStatements: false });
	});
});
