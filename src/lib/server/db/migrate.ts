import {
	Migrator,
	sql,
	type DatabaseIntrospector,
	type Kysely,
	type MigrationResultSet
} from 'kysely';
import { migrations } from '../../../../migrations/index';
import type { Database } from './schema';

// The migration tables live in the connection's own schema, named explicitly: left unnamed, the
// migrator takes a lock table it sees in any schema of the database for its own.
async function migratorFor(db: Kysely<Database>): Promise<Migrator> {
	const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
	const schema = rows[0]?.schema ?? 'public';
	return new Migrator({
		db: withSchemaIntrospection(db, schema),
		provider: { getMigrations: async () => migrations },
		migrationTableSchema: schema
	});
}

/**
 * The database as the migrator sees it, its introspection limited to one schema. Kysely's own
 * lists the tables of every schema and looks each one up by name, so it fails when a table of
 * another schema is dropped while it looks (several apps or test runs sharing one server).
 */
function withSchemaIntrospection(db: Kysely<Database>, schema: string): Kysely<Database> {
	const tables = async () => {
		const { rows } = await sql<{ name: string }>`
			select tablename as name from pg_catalog.pg_tables where schemaname = ${schema}`.execute(db);
		return rows.map((r) => ({ name: r.name, schema, isView: false, columns: [] }));
	};
	const introspection: DatabaseIntrospector = {
		getSchemas: async () => {
			const { rows } = await sql<{ name: string }>`
				select nspname as name from pg_catalog.pg_namespace where nspname = ${schema}`.execute(db);
			return rows;
		},
		getTables: tables,
		getMetadata: async () => ({ tables: await tables() })
	};
	return new Proxy(db, {
		get(target, property) {
			if (property === 'introspection') return introspection;
			const value: unknown = Reflect.get(target, property, target);
			return typeof value === 'function' ? value.bind(target) : value;
		}
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
