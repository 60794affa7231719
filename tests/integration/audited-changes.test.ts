import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../helpers/db';
import { recordChange } from '../../src/lib/server/audit/changes';
import { listAuditEntries } from '../../src/lib/server/audit/log';

const ID = '00000000-0000-4000-8000-000000000001';

describe('an audited change', () => {
	const db = useTestDatabase();
	const change = (before: { name: string }, after: { name: string }) => ({
		actorId: null,
		action: 'department.updated',
		entityType: 'department' as const,
		entityId: ID,
		entityLabel: after.name,
		before,
		after
	});

	it('is logged with its before and after, and an edit that changed nothing is not', async () => {
		expect(await recordChange(db(), change({ name: 'Sales' }, { name: 'Sales' }))).toBe(false);
		expect(await listAuditEntries(db(), { entityId: ID })).toEqual([]);

		expect(await recordChange(db(), change({ name: 'Sales' }, { name: 'Field sales' }))).toBe(true);
		const entries = await listAuditEntries(db(), { entityId: ID });
		expect(entries).toHaveLength(1);
		expect(entries[0]).toMatchObject({
			action: 'department.updated',
			before: { name: 'Sales' },
			after: { name: 'Field sales' }
		});
	});
});
