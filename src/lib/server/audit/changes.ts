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
 * Logs edits, inside the transaction that made them, leaving out each that changed nothing the
 * log shows: saving a form unchanged leaves no entry. Returns how many entries were written.
 */
export async function recordChanges(db: Db, changes: readonly AuditedChange[]): Promise<number> {
	const changed = changes.filter((c) => !sameAudited(c.before, c.after));
	if (changed.length > 0) await recordAudit(db, changed);
	return changed.length;
}

/** Logs one edit as recordChanges does; returns whether an entry was written. */
export async function recordChange(db: Db, change: AuditedChange): Promise<boolean> {
	return (await recordChanges(db, [change])) === 1;
}
