import type { Db } from '../db';
import type { JsonValue } from '../db/schema';
import { recordAudit, type AuditEntry } from './log';

/** An edit as the audit log shows it: what the entity read like before and after. */
export type AuditedChange = AuditEntry & { before: JsonValue; after: JsonValue };

/** Whether two audited views read the same, field by field (they are built in one order). */
export function sameAudited(before: JsonValue, after: JsonValue): boolean {
	return JSON.stringify(before) === JSON.stringify(after);
}

/**
 * Logs an edit, inside the transaction that made it, unless it changed nothing the log shows:
 * saving a form unchanged leaves no entry. Returns whether an entry was written.
 */
export async function recordChange(db: Db, change: AuditedChange): Promise<boolean> {
	if (sameAudited(change.before, change.after)) return false;
	await recordAudit(db, change);
	return true;
}
