import { sql, type Transaction } from 'kysely';
import type { Database } from '../db';

// Edits from the pages take this lock shared, an import takes it exclusively: an import plans
// and writes against an organisation nobody changes under it, and edits never wait on each other.
const ORG_LOCK = sql`hashtext('rapport:org-structure')`;

export async function lockOrgForEdit(trx: Transaction<Database>): Promise<void> {
	await sql`select pg_advisory_xact_lock_shared(${ORG_LOCK})`.execute(trx);
}

export async function lockOrgForImport(trx: Transaction<Database>): Promise<void> {
	await sql`select pg_advisory_xact_lock(${ORG_LOCK})`.execute(trx);
}
