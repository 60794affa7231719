import { Migrator, sql, type Kysely, type MigrationResultSet } from 'kysely';
import { migrations } from '../../../../migrations/index';
import type { Database } from './schema';

// The migration tables live in the connection's own schema, named explicitly: left unnamed, the
// migrator takes a lock table it sees in any schema of the database for its own.
async function migratorFor(db: Kysely<Database>): Promise<Migrator> {
	const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
	return new Migrator({
		db,
		provider: { getMigrations: async () => migrations },
		migrationTableSchema: rows[0]?.schema ?? 'public'
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
	return unwrap(await (await migratorFor(db)).migrateToLatest());
}

export async function migrateDown(db: Kysely<Database>): Promise<string[]> {
	return unwrap(await (await migratorFor(db)).migrateDown());
}

export async function migrateAllDown(db: Kysely<Database>): Promise<string[]> {
	const { NO_MIGRATIONS } = await import('kysely');
	return unwrap(await (await migratorFor(db)).migrateTo(NO_MIGRATIONS));
}

/** Migrates up or down to the named migration (it stays applied). */
export async function migrateTo(db: Kysely<Database>, name: string): Promise<string[]> {
	return unwrap(await (await migratorFor(db)).migrateTo(name));
}
