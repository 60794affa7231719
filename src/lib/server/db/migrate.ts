import { Migrator, type Kysely, type MigrationResultSet } from 'kysely';
import { migrations } from '../../../../migrations/index';
import type { Database } from './schema';

function migratorFor(db: Kysely<Database>): Migrator {
	return new Migrator({
		db,
		provider: { getMigrations: async () => migrations }
	});
}

function unwrap(result: MigrationResultSet): string[] {
	if (result.error) {
		const failed = result.results?.find((r) => r.status === 'Error');
		throw new Error(
			`migration ${failed?.migrationName ?? '(unknown)'} failed: ${String(
				result.error instanceof Error ? result.error.message : result.error
			)}`,
			{ cause: result.error }
		);
	}
	return (result.results ?? []).map((r) => `${r.direction.toLowerCase()} ${r.migrationName}`);
}

export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
	return unwrap(await migratorFor(db).migrateToLatest());
}

export async function migrateDown(db: Kysely<Database>): Promise<string[]> {
	return unwrap(await migratorFor(db).migrateDown());
}

export async function migrateAllDown(db: Kysely<Database>): Promise<string[]> {
	const { NO_MIGRATIONS } = await import('kysely');
	return unwrap(await migratorFor(db).migrateTo(NO_MIGRATIONS));
}
