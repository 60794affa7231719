import { sql, type Transaction } from 'kysely';
import type { Database, Db } from '../db';
import { inTransaction } from '../db/transaction';
import type { FieldErrors } from '../http/forms';

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

/**
 * An edit of the organisation from a form: refused with the fields' `problems` before anything
 * is read, run as inOrgEdit, and with the database's refusals (a code already taken, say) turned
 * into field errors by `explain`, which rethrows anything else.
 */
export async function formOrgEdit<T>(
	db: Db,
	problems: FieldErrors,
	explain: (err: unknown) => FieldErrors,
	edit: (trx: Transaction<Database>) => Promise<T>
): Promise<T | { ok: false; errors: FieldErrors }> {
	if (Object.keys(problems).length > 0) return { ok: false, errors: problems };
	try {
		return await inOrgEdit(db, edit);
	} catch (err) {
		return { ok: false, errors: explain(err) };
	}
}
