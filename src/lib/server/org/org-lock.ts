import { sql, type Transaction } from 'kysely';
import type { Database, Db } from '../db';
import { inTransaction } from '../db/transaction';

// Edits from the pages take this lock shared, an import takes it exclusively: an import plans
// and writes against an organisation nobody changes under it, and edits never wait on each other.
const ORG_LOCK = sql`hashtext('rapport:org-structure')`;

async function lockOrgForEdit(trx: Transaction<Database>): Promise<void> {
	await sql`select pg_advisory_xact_lock_shared(${ORG_LOCK})`.execute(trx);
}

export async function lockOrgForImport(trx: Transaction<Database>): Promise<void> {
	await sql`select pg_advisory_xact_lock(${ORG_LOCK})`.execute(trx);
}

/** Runs an edit of the organisation in the caller's transaction (or a new one), under the edit lock. */
export function inOrgEdit<T>(db: Db, edit: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
	return inTransaction(db, async (trx) => {
		await lockOrgForEdit(trx);
		return edit(trx);
	});
}
