import type { Kysely, Transaction } from 'kysely';
import type { Database, Db } from './index';
/** Runs `fn` in the caller's transaction when there is one, otherwise in a new one. */
export function inTransaction<T>(
	db: Db,
	fn: (trx: Transaction<Database>) => Promise<T>
): Promise<T> {
	if (db.isTransaction) return fn(db as Transaction<Database>);
	return (db as Kysely<Database>).transaction().execute(fn);
}

/** The array in pieces of at most `size`, for multi-row statements within parameter limits. */
export function chunked<T>(items: readonly T[], size = 1000): T[][] {
	const out: T[][] = [];
	for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
	return out;
}

/** The PostgreSQL error's SQLSTATE and constraint, when `err` is one. */
export function pgError(err: unknown): { code: string; constraint?: string } | null {
	if (typeof err !== 'object' || err === null || !('code' in err)) return null;
	const { code, constraint } = err as { code: unknown; constraint?: unknown };
	if (typeof code !== 'string' || !/^[0-9A-Z]{5}$/.test(code)) return null;
	return { code, constraint: typeof constraint === 'string' ? constraint : undefined };
}
