import { sql } from 'kysely';
import type { Db } from '../db';
import type { JsonValue } from '../db/schema';
import { chunked } from '../db/transaction';
import type { AuditAction } from '../../domain/audit';
import { isBigintId } from '../../domain/ids';

export type AuditEntityType =
	| 'department'
	| 'person'
	| 'import'
	| 'api_key'
	| 'external_metrics'
	| 'export'
	| 'focus_area'
	| 'action'
	| 'identity'
	| 'conversation'
	| 'story'
	| 'programme'
	| 'report_schedule';

export type AuditEntry = {
	actorId: string | null;
	action: AuditAction;
	entityType: AuditEntityType;
	entityId: string | null;
	entityLabel: string;
	before?: JsonValue;
	after?: JsonValue;
	importId?: string | null;
};

const json = (value: JsonValue | undefined) => (value === undefined ? null : JSON.stringify(value));

/** Appends entries to the audit log; call it inside the transaction that made the change. */
export async function recordAudit(db: Db, entries: AuditEntry | readonly AuditEntry[]) {
	const list = Array.isArray(entries) ? entries : [entries as AuditEntry];
	for (const chunk of chunked(list, 1000)) {
		await db
			.insertInto('audit_log')
			.values(
				chunk.map((e) => ({
					actor_id: e.actorId,
					action: e.action,
					entity_type: e.entityType,
					entity_id: e.entityId,
					entity_label: e.entityLabel.slice(0, 500),
					before: json(e.before),
					after: json(e.after),
					import_id: e.importId ?? null
				}))
			)
			.execute();
	}
}

export type AuditLogItem = {
	id: string;
	at: Date;
	actorId: string | null;
	actorName: string | null;
	action: string;
	entityType: string;
	entityId: string | null;
	entityLabel: string;
	before: JsonValue | null;
	after: JsonValue | null;
	importId: string | null;
};

export type AuditFilter = {
	entityType?: AuditEntityType;
	entityId?: string;
	actorId?: string;
	importId?: string;
	/** Only entries older than this id: the next page of a newest-first listing. */
	beforeId?: string;
	limit?: number;
};

/** Newest first, a page at a time; returns one entry more than `limit` when there are more. */
export async function listAuditEntries(db: Db, filter: AuditFilter = {}): Promise<AuditLogItem[]> {
	let query = db
		.selectFrom('audit_log')
		.leftJoin('people', 'people.id', 'audit_log.actor_id')
		.select([
			sql<string>`audit_log.id::text`.as('id'),
			'audit_log.at',
			'audit_log.actor_id as actorId',
			'people.name as actorName',
			'audit_log.action',
			'audit_log.entity_type as entityType',
			'audit_log.entity_id as entityId',
			'audit_log.entity_label as entityLabel',
			'audit_log.before',
			'audit_log.after',
			'audit_log.import_id as importId'
		])
		.orderBy('audit_log.id', 'desc')
		.limit((filter.limit ?? 50) + 1);
	if (filter.entityType) query = query.where('audit_log.entity_type', '=', filter.entityType);
	if (filter.entityId) query = query.where('audit_log.entity_id', '=', filter.entityId);
	if (filter.actorId) query = query.where('audit_log.actor_id', '=', filter.actorId);
	if (filter.importId) query = query.where('audit_log.import_id', '=', filter.importId);
	if (isBigintId(filter.beforeId)) {
		query = query.where(sql<boolean>`audit_log.id < ${filter.beforeId}::bigint`);
	}
	return query.execute();
}
