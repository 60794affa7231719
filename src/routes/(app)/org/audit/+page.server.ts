import { isBigintId, isUuid } from '$lib/domain/ids';
import { listAuditEntries, type AuditEntityType } from '$lib/server/audit/log';
import { requireRole } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import type { PageServerLoad } from './$types';

const PAGE_SIZE = 50;
const TYPES: AuditEntityType[] = [
	'department',
	'person',
	'import',
	'api_key',
	'external_metrics',
	'export',
	'identity',
	'programme',
	'report_schedule',
	'focus_area',
	'action',
	'conversation',
	'story'
];

export const load: PageServerLoad = async ({ url }) => {
	requireRole('hr');
	const type = TYPES.find((t) => t === url.searchParams.get('type')) ?? null;
	const entity = url.searchParams.get('entity') ?? '';
	const importId = url.searchParams.get('import') ?? '';
	const before = url.searchParams.get('before') ?? '';
	const filter = {
		entityType: type ?? undefined,
		entityId: isUuid(entity) ? entity : undefined,
		importId: isUuid(importId) ? importId : undefined
	};
	const rows = await listAuditEntries(getDb(), {
		...filter,
		beforeId: isBigintId(before) ? before : undefined,
		limit: PAGE_SIZE
	});
	const entries = rows.slice(0, PAGE_SIZE);
	return {
		entries,
		type,
		entity: filter.entityId ?? null,
		importId: filter.importId ?? null,
		paged: before !== '',
		olderThan: rows.length > PAGE_SIZE ? entries[entries.length - 1].id : null
	};
};
